#pragma once

#include "core/journal/journalexport.h"
#include "core/reconciliation/dayreport.h"
#include "ui/managercontext.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kassa::ui {

// The Swedish day reports in the manager's tools: the X report (any time,
// changes nothing), the Z report (closes the day under its running number;
// the end of day takes it with the SEQR reconciliation), each on screen, as
// a PDF and on the till's receipt printer; and the journal export for an inspector (CSV or JSON, a
// SHA-256 beside it). Core computes every figure; this widget shows them.
class DayReportWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayReportWidget)

public:
    explicit DayReportWidget(ManagerContext context, QWidget *parent = nullptr);

    Status takeX();
    Status takeZ();
    const std::optional<DayReport> &report() const { return m_report; }
    QString reportText() const;
    QString statusText() const;
    Status writePdf(const QString &path) const;
    // The report on the till's receipt printer (as `kassa-cli report --print`);
    // statusText() says when it printed or what the printer reported.
    Status printReport();
    Result<journal::ExportedJournal> exportJournal(const QDate &from, const QDate &to,
                                                   journal::ExportFormat format,
                                                   const QString &path);
    // The header of this till's reports (the shop, the register's designation).
    static DayReportHeader header(const ManagerContext &context);

private:
    // takeXReport or takeZReport.
    using TakeReport = Result<DayReport> (*)(journal::Journal &, const DayReportHeader &,
                                             const Currency &);
    Status take(TakeReport takeReport);
    void show(const Result<DayReport> &report);
    void onSavePdf();
    void onExport(journal::ExportFormat format);

    ManagerContext m_context;
    std::optional<DayReport> m_report;
    QLabel *m_status;
    QPlainTextEdit *m_text;
    QPushButton *m_pdf;
    QPushButton *m_print;
    int m_printJob = 0;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace kassa::ui
