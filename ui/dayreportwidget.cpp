#include "ui/dayreportwidget.h"

#include "core/controlunit/receiptsigner.h"
#include "core/controlunit/unitcall.h"
#include "core/printing/tillprinter.h"
#include "core/terminal/errortext.h"
#include "core/terminal/tillhost.h"
#include "ui/plainlabel.h"
#include "ui/print/reportsheet.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

DayReportWidget::DayReportWidget(ManagerContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_status(new PlainLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_pdf(new QPushButton(tr("Save as PDF…"), this))
    , m_print(new QPushButton(tr("Print on the receipt printer"), this))
    , m_from(new QDateEdit(QDate::currentDate(), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *reports = new QHBoxLayout;
    auto *x = new QPushButton(tr("X report (changes nothing)"), this);
    auto *z = new QPushButton(tr("Z report (closes the day)"), this);
    x->setObjectName(QStringLiteral("xReport"));
    z->setObjectName(QStringLiteral("zReport"));
    m_pdf->setEnabled(false);
    m_print->setObjectName(QStringLiteral("printReport"));
    m_print->setEnabled(false);
    m_print->setVisible(m_context.printer != nullptr);
    for (QPushButton *b : {x, z, m_pdf, m_print})
        reports->addWidget(b);
    reports->addStretch();
    layout->addLayout(reports);
    layout->addWidget(m_status);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_text, 1);
    auto *exports = new QHBoxLayout;
    auto *csv = new QPushButton(tr("Export the journal as CSV…"), this);
    auto *json = new QPushButton(tr("Export the journal as JSON…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    json->setObjectName(QStringLiteral("exportJson"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    exports->addWidget(new PlainLabel(tr("Journal from"), this));
    exports->addWidget(m_from);
    exports->addWidget(new PlainLabel(tr("to"), this));
    exports->addWidget(m_to);
    exports->addWidget(csv);
    exports->addWidget(json);
    exports->addStretch();
    layout->addLayout(exports);
    connect(x, &QPushButton::clicked, this, [this] { (void)takeX(); });
    connect(z, &QPushButton::clicked, this, [this] { (void)takeZ(); });
    connect(m_pdf, &QPushButton::clicked, this, &DayReportWidget::onSavePdf);
    connect(m_print, &QPushButton::clicked, this, [this] { (void)printReport(); });
    if (m_context.printer)
        connect(
            m_context.printer->queue(), &printing::PrintQueue::jobFinished, this,
            [this](const printing::PrintOutcome &outcome) {
                if (outcome.job.id != m_printJob)
                    return;
                m_print->setEnabled(m_report.has_value());
                m_status->setText(
                    outcome.printed
                        ? tr("%1 printed.").arg(outcome.job.title)
                        : tr("%1 was not printed: %2. Print it again when the printer is "
                             "ready.")
                              .arg(outcome.job.title, printing::describeProblem(outcome.problem)));
            });
    connect(csv, &QPushButton::clicked, this, [this] { onExport(journal::ExportFormat::Csv); });
    connect(json, &QPushButton::clicked, this, [this] { onExport(journal::ExportFormat::Json); });
}

DayReportHeader DayReportWidget::header(const ManagerContext &context)
{
    return DayReportHeader{ReceiptSettings::forTill(*context.till, context.locale),
                           TillHost::signerSettings(*context.till).tillId};
}

Status DayReportWidget::takeX()
{
    return take(&takeXReport);
}

Status DayReportWidget::takeZ()
{
    return take(&takeZReport);
}

Status DayReportWidget::take(TakeReport takeReport)
{
    const auto currency = Currency::fromCode(m_context.till->currency);
    const auto report =
        takeReport(*m_context.journal, header(m_context), currency ? *currency : Currency::sek());
    show(report);
    return report ? Status(Ok{}) : Status(report.error());
}

void DayReportWidget::show(const Result<DayReport> &report)
{
    if (!report) {
        m_status->setText(tr("The report cannot be made: %1").arg(describe(report.error(), true)));
        return;
    }
    m_report = *report;
    m_text->setPlainText(m_report->toText());
    m_status->setText(m_report->kind == DayReport::Kind::Z
                          ? tr("Z report %1 taken: the day is closed.").arg(m_report->zNumber)
                          : tr("X report taken: nothing was changed."));
    m_pdf->setEnabled(true);
    m_print->setEnabled(m_context.printer != nullptr);
}

Status DayReportWidget::printReport()
{
    if (!m_report)
        return makeError(ErrorCode::InvalidArgument, tr("Take a report first."));
    if (!m_context.printer)
        return makeError(ErrorCode::InvalidArgument, tr("The till has no receipt printer."));
    const QString title = m_report->kind == DayReport::Kind::Z
                              ? tr("Z report %1").arg(m_report->zNumber)
                              : tr("X report");
    m_printJob = m_context.printer->printReceipt(m_report->content(), title);
    m_print->setEnabled(false);
    m_status->setText(tr("Printing %1…").arg(title));
    return Ok{};
}

QString DayReportWidget::reportText() const
{
    return m_text->toPlainText();
}

QString DayReportWidget::statusText() const
{
    return m_status->text();
}

Status DayReportWidget::writePdf(const QString &path) const
{
    if (!m_report)
        return makeError(ErrorCode::InvalidArgument, tr("Take a report first."));
    return print::ReportSheet::writePdf(m_report->content(), path);
}

Result<journal::ExportedJournal> DayReportWidget::exportJournal(const QDate &from, const QDate &to,
                                                                journal::ExportFormat format,
                                                                const QString &path)
{
    auto done = journal::exportJournal(*m_context.journal, from, to, format, path);
    m_status->setText(
        done ? tr("%n record(s) exported to %1; SHA-256 %2", nullptr, done->records)
                   .arg(path, done->sha256)
             : tr("The journal was not exported: %1").arg(describe(done.error(), true)));
    return done;
}

void DayReportWidget::onSavePdf()
{
    const QString name = QStringLiteral("%1-report-%2.pdf")
                             .arg(m_report && m_report->kind == DayReport::Kind::Z
                                      ? QStringLiteral("z%1").arg(m_report->zNumber)
                                      : QStringLiteral("x"),
                                  QDate::currentDate().toString(Qt::ISODate));
    auto *dialog = new QFileDialog(this, tr("Save the report as PDF"),
                                   QDir(m_context.receiptFolder).filePath(name));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const Status saved = writePdf(path);
        m_status->setText(saved ? tr("Saved: %1").arg(path)
                                : tr("Not saved: %1").arg(saved.error().detail));
    });
    dialog->open();
}

void DayReportWidget::onExport(journal::ExportFormat format)
{
    const bool csv = format == journal::ExportFormat::Csv;
    const QString name =
        QStringLiteral("journal-%1-%2.%3")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate),
                 csv ? QStringLiteral("csv") : QStringLiteral("json"));
    auto *dialog = new QFileDialog(this, tr("Export the journal"),
                                   QDir(m_context.receiptFolder).filePath(name));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) {
        (void)exportJournal(m_from->date(), m_to->date(), format, path);
    });
    dialog->open();
}

} // namespace kassa::ui
