#pragma once

#include "core/reconciliation/dayreport.h"
#include "core/reconciliation/reconciler.h"
#include "core/reconciliation/zreport.h"
#include "ui/managercontext.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QWidget>

#include <optional>

class QMessageBox;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace kassa::ui {

class HourChartWidget;

// "Close & reconcile": closes the SEQR transaction period (the shop's or this
// till's), fetches SEQR's report with retries and a visible progress, shows
// the reconciliation (differences highlighted) and the Z report — period,
// till and time range, sales, totals per tender, VAT per rate, refunds, the
// total net of refunds, SEQR's total against the journal's, sales per hour —
// to print, save as PDF (an A4 page filled by the text and the chart) or
// export as CSV. The close is confirmed first, saying what it covers.
class EndOfDayWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndOfDayWidget)

public:
    explicit EndOfDayWidget(ManagerContext context, ReconcilerTiming timing = {},
                            QWidget *parent = nullptr);

    // Asks for a confirmation that says what the close covers (whose period,
    // since when, the journal's sales and refunds in it); closes when the
    // manager confirms.
    void closeAndReconcile(bool perTerminal);
    QMessageBox *confirmation() const;
    bool isBusy() const { return m_reconciler != nullptr; }
    QString progressText() const { return m_progress->text(); }
    QTableWidget *linesTable() const { return m_lines; }
    QString zReportText() const { return m_zText->toPlainText(); }
    const std::optional<ZReport> &zReport() const { return m_z; }
    // The till's Swedish Z report, taken with the reconciliation.
    const std::optional<DayReport> &dayZReport() const { return m_dayZ; }
    QString dayZReportText() const { return m_dayZText->toPlainText(); }
    Status writeZReportPdf(const QString &path) const;
    Status writeZReportCsv(const QString &path) const;

Q_SIGNALS:
    void finished();

private:
    void showDay(const Reconciliation &closed, const std::optional<ReconciliationReport> &report);
    void showReconciliation(const Reconciliation &r);
    // "Period 7 closed. SEQR and the journal agree: …" or its differences.
    static QString reconciliationSummary(const Reconciliation &r);
    // "Matched", "Only at SEQR", … with " (refund)" for a refund's line.
    static QString lineKind(const ReconciliationLine &line);
    void showLine(int i, const ReconciliationLine &line);
    void startClose(bool perTerminal);
    void takeDayZReport();
    QString tillName() const;
    void saveAs(bool pdf);
    void print();

    ManagerContext m_context;
    ReconcilerTiming m_timing;
    QPointer<Reconciler> m_reconciler;
    QPointer<QMessageBox> m_confirmation;
    std::optional<ZReport> m_z;
    std::optional<DayReport> m_dayZ;
    QRadioButton *m_shop;
    QRadioButton *m_till;
    QPushButton *m_close;
    QLabel *m_progress;
    QTableWidget *m_lines;
    QPlainTextEdit *m_zText;
    QPlainTextEdit *m_dayZText;
    HourChartWidget *m_chart;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QPushButton *m_print;
};

} // namespace kassa::ui
