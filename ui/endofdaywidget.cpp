#include "ui/endofdaywidget.h"

#include "ui/confirmation.h"
#include "ui/dayreportwidget.h"
#include "ui/outcometext.h"

#include "core/receipt/receiptsettings.h"
#include "core/shopdb/dayclose.h"
#include "core/terminal/errortext.h"
#include "ui/hourchartwidget.h"
#include "ui/plainlabel.h"
#include "ui/tableheaders.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

// Paints the Z report on an A4 page: the text in a monospaced font sized so
// that its widest line spans the page (within limits, so a long report still
// fits), then the chart in all the height that is left.
void paintZReport(QPrinter *printer, const QString &text, const HourChartWidget *chart)
{
    QPainter painter(printer);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const QStringList lines = text.split(QLatin1Char('\n'));
    int columns = 1;
    for (const QString &line : lines)
        columns = qMax(columns, int(line.size()));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(10);
    {
        // Scale the font so the widest line is the page's width, and the
        // text takes at most 60 % of the page's height.
        const QFontMetricsF probe(font, printer);
        const qreal byWidth = page.width() / (probe.horizontalAdvance(QString(columns, u'M')));
        const qreal byHeight = page.height() * 0.6 / (probe.height() * lines.size());
        font.setPointSizeF(qBound(7.0, 10 * qMin(byWidth, byHeight), 24.0));
    }
    painter.setFont(font);
    const QFontMetricsF metrics(font, printer);
    qreal y = 0;
    for (const QString &line : lines) {
        if (y + metrics.height() > page.height()) {
            printer->newPage();
            y = 0;
        }
        painter.drawText(QPointF(0, y + metrics.ascent()), line);
        y += metrics.height();
    }
    y += metrics.height();
    qreal chartHeight = page.height() - y;
    if (chartHeight < page.height() / 4) {
        printer->newPage();
        y = 0;
        chartHeight = page.height() / 2;
    }
    QFont chartFont = font;
    chartFont.setPointSizeF(qMin(font.pointSizeF(), 12.0));
    painter.setFont(chartFont);
    chart->paintChart(&painter, QRectF(0, y, page.width(), chartHeight));
}

} // namespace

EndOfDayWidget::EndOfDayWidget(ManagerContext context, ReconcilerTiming timing, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_timing(timing)
    , m_shop(new QRadioButton(tr("The whole shop"), this))
    , m_till(new QRadioButton(tr("This till only"), this))
    , m_close(new QPushButton(tr("Close && reconcile"), this))
    , m_progress(new PlainLabel(this))
    , m_lines(new QTableWidget(0, 4, this))
    , m_zText(new QPlainTextEdit(this))
    , m_dayZText(new QPlainTextEdit(this))
    , m_chart(new HourChartWidget(this))
    , m_pdf(new QPushButton(tr("Save as PDF…"), this))
    , m_csv(new QPushButton(tr("Export CSV…"), this))
    , m_print(new QPushButton(tr("Print…"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_shop->setChecked(true);
    top->addWidget(m_shop);
    top->addWidget(m_till);
    top->addStretch();
    m_close->setMinimumHeight(44);
    top->addWidget(m_close);
    layout->addLayout(top);
    m_progress->setWordWrap(true);
    layout->addWidget(m_progress);
    m_lines->setHorizontalHeaderLabels(
        {tr("Result"), tr("SEQR reference"), tr("At SEQR"), tr("In Kassa")});
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    keepHeadersWhole(m_lines);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_lines, 2);
    auto *bottom = new QHBoxLayout;
    m_zText->setReadOnly(true);
    m_zText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    bottom->addWidget(m_zText, 3);
    // The till's Z-dagrapport, taken in the same step.
    m_dayZText->setReadOnly(true);
    m_dayZText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    bottom->addWidget(m_dayZText, 3);
    bottom->addWidget(m_chart, 2);
    m_chart->setLocale(m_context.locale); // the axis's numbers in the manager's language
    layout->addLayout(bottom, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton *b : {m_print, m_pdf, m_csv}) {
        b->setEnabled(false);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);

    connect(m_close, &QPushButton::clicked, this,
            [this] { closeAndReconcile(m_till->isChecked()); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { saveAs(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { saveAs(false); });
    connect(m_print, &QPushButton::clicked, this, &EndOfDayWidget::print);
}

void EndOfDayWidget::closeAndReconcile(bool perTerminal)
{
    if (m_reconciler || m_confirmation)
        return;
    const QLocale &l = m_context.locale;
    const auto from = Reconciler::periodStart(*m_context.journal);
    const auto currency = Currency::fromCode(m_context.till->currency);
    const auto preview =
        from ? makeZReport(*m_context.journal, *from, QDateTime::currentDateTimeUtc(),
                           currency ? *currency : Currency::sek())
             : Result<ZReport>(from.error());
    if (!preview) {
        // Nothing is closed at SEQR on a period the journal cannot tell.
        m_progress->setText(tr("The journal could not be read, so nothing was closed: %1")
                                .arg(describe(preview.error(), false)));
        return;
    }
    QString text = perTerminal ? tr("Close SEQR's period for this till only (%1)?").arg(tillName())
                               : tr("Close SEQR's period for the whole shop (every till)?");
    text += QStringLiteral("\n\n") +
            (from->isValid()
                 ? tr("It covers everything since the last close, %1.")
                       .arg(from->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                 : tr("It covers everything since the journal began.")) +
            QLatin1Char(' ') +
            tr("In this till's journal: %n sale(s) of %1 (SEQR %2).", nullptr, preview->salesCount)
                .arg(preview->total.toLocalizedString(l), preview->seqr.toLocalizedString(l)) +
            QLatin1Char(' ') +
            tr("%n refund(s) of %1 in all.", nullptr, preview->refundsCount)
                .arg(preview->refunds.toLocalizedString(l));
    text += QStringLiteral("\n\n") +
            tr("Kassa then fetches SEQR's report and matches it with the journal. A closed period "
               "cannot be opened again.");
    // A window title shows "&&" as it is (no mnemonics there).
    m_confirmation = askToConfirm(this, tr("Close and reconcile"), text, tr("Close the period"),
                                  [this, perTerminal](bool yes) {
                                      m_confirmation = nullptr; // closed now, deleted later
                                      if (yes)
                                          startClose(perTerminal);
                                      else
                                          m_progress->setText(tr("Nothing was closed."));
                                  });
}

QString EndOfDayWidget::tillName() const
{
    const TillConfig &till = *m_context.till;
    if (till.name.isEmpty())
        return till.terminalId;
    return till.terminalId.isEmpty() ? till.name : tr("%1, %2").arg(till.name, till.terminalId);
}

void EndOfDayWidget::startClose(bool perTerminal)
{
    if (m_reconciler)
        return;
    const auto currency = Currency::fromCode(m_context.till->currency);
    m_reconciler = new Reconciler(m_context.client, m_context.journal,
                                  currency ? *currency : Currency::sek(), m_timing, this);
    m_reconciler->setShopTills(m_context.shopTills);
    m_close->setEnabled(false);
    m_progress->setText(tr("Closing the period at SEQR…"));
    connect(m_reconciler, &Reconciler::progress, this, [this](int attempt, int of) {
        m_progress->setText(
            tr("Waiting for SEQR's report (attempt %1 of %2)…").arg(attempt).arg(of));
    });
    connect(m_reconciler, &Reconciler::finished, this, [this] {
        Reconciler *reconciler = m_reconciler;
        m_reconciler = nullptr;
        reconciler->deleteLater();
        m_close->setEnabled(true);
        const auto &result = reconciler->result();
        if (!result) {
            showOutcome(m_progress,
                        tr("The day could not be closed: %1").arg(describe(result.error(), false)),
                        true);
            Q_EMIT finished();
            return;
        }
        showDay(*result, reconciler->report());
        Q_EMIT finished();
    });
    m_reconciler->run(perTerminal);
}

void EndOfDayWidget::showDay(const Reconciliation &closed,
                             const std::optional<ReconciliationReport> &report)
{
    // Core decides whose close it was and what its Z report holds.
    const auto currency = Currency::fromCode(m_context.till->currency);
    QList<const journal::Journal *> localTills;
    for (const Reconciler::ShopTill &till : m_context.shopTills)
        if (till.journal)
            localTills.append(till.journal);
    const auto day = shopdb::closeDay({m_context.journal, currency ? *currency : Currency::sek(),
                                       tillName(), m_context.till->shopDatabase, localTills},
                                      closed, report);
    if (!day) {
        showReconciliation(closed);
        m_z.reset();
        m_zText->setPlainText(tr("The journal could not be read, so there is no Z report: %1")
                                  .arg(describe(day.error(), false)));
        return;
    }
    showReconciliation(day->reconciliation);
    m_z = day->z;
    m_zText->setPlainText(m_z->toText(ReceiptSettings::forTill(*m_context.till, m_context.locale)));
    takeDayZReport();
    m_chart->setReport(*m_z);
    for (QPushButton *b : {m_print, m_pdf, m_csv})
        b->setEnabled(true);
    if (day->shopProblem)
        m_progress->setText(
            m_progress->text() + QLatin1Char(' ') +
            tr("The shop database could not be read (%1): only this till's payments were matched.")
                .arg(describe(*day->shopProblem, false)));
    if (!day->notFinal.isEmpty())
        m_progress->setText(m_progress->text() + QLatin1Char(' ') +
                            tr("Not final: %1 had not sent everything to the shop database yet.")
                                .arg(day->notFinal.join(QStringLiteral(", "))));
}

void EndOfDayWidget::showReconciliation(const Reconciliation &r)
{
    showOutcome(m_progress, reconciliationSummary(r), !r.isClean());
    m_lines->setRowCount(int(r.lines.size()));
    for (int i = 0; i < r.lines.size(); ++i)
        showLine(i, r.lines[i]);
}

QString EndOfDayWidget::reconciliationSummary(const Reconciliation &r)
{
    return (r.isClean()
                ? tr("Period %1 closed. SEQR and the journal agree: %n payment(s) match.", nullptr,
                     int(r.count(ReconciliationLine::Kind::Matched)))
                      .arg(r.transactionPeriodId)
                : tr("Period %1 closed. DIFFERENCES: %2 only at SEQR, %3 only in Kassa, %4 with "
                     "different amounts.")
                      .arg(r.transactionPeriodId)
                      .arg(r.count(ReconciliationLine::Kind::OnlyAtSeqr))
                      .arg(r.count(ReconciliationLine::Kind::OnlyInKassa))
                      .arg(r.count(ReconciliationLine::Kind::AmountDiffers))) +
           (r.otherTillsCount > 0
                ? tr(" (%n row(s) belong to the shop's other tills.)", nullptr, r.otherTillsCount)
                : QString()) +
           (r.closedEarlierCount > 0
                ? tr(" (%n payment(s) in SEQR's report were already reconciled by an earlier "
                     "close.)",
                     nullptr, r.closedEarlierCount)
                : QString());
}

QString EndOfDayWidget::lineKind(const ReconciliationLine &line)
{
    const QString refund = line.isRefund ? tr(" (refund)") : QString();
    switch (line.kind) {
    case ReconciliationLine::Kind::Matched:
        return tr("Matched") + refund;
    case ReconciliationLine::Kind::OnlyAtSeqr:
        return tr("Only at SEQR") + refund;
    case ReconciliationLine::Kind::OnlyInKassa:
        return tr("Only in Kassa") + refund;
    case ReconciliationLine::Kind::AmountDiffers:
        break;
    }
    return tr("Amount differs") + refund;
}

void EndOfDayWidget::showLine(int i, const ReconciliationLine &line)
{
    const QLocale &l = m_context.locale;
    const QStringList cells{
        lineKind(line), line.ersReference,
        line.seqrAmount ? line.seqrAmount->toLocalizedString(l) : QStringLiteral("—"),
        line.kassaAmount ? line.kassaAmount->toLocalizedString(l) : QStringLiteral("—")};
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        // A line that does not match stands out.
        if (line.kind != ReconciliationLine::Kind::Matched) {
            item->setBackground(QColor(0xff, 0xe0, 0xe0));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        m_lines->setItem(i, c, item);
    }
}

Status EndOfDayWidget::writeZReportPdf(const QString &path) const
{
    if (!m_z)
        return makeError(ErrorCode::NotFound, QStringLiteral("no Z report yet"));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::StorageFailed, QStringLiteral("cannot create the folder"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(QStringLiteral("Z report"));
    paintZReport(&printer, m_zText->toPlainText(), m_chart);
    if (QFileInfo(path).size() == 0)
        return makeError(ErrorCode::StorageFailed, QStringLiteral("cannot write ") + path);
    return Ok{};
}

Status EndOfDayWidget::writeZReportCsv(const QString &path) const
{
    if (!m_z)
        return makeError(ErrorCode::NotFound, QStringLiteral("no Z report yet"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::StorageFailed, file.errorString());
    file.write(m_z->toCsv());
    if (!file.commit())
        return makeError(ErrorCode::StorageFailed, file.errorString());
    return Ok{};
}

void EndOfDayWidget::saveAs(bool pdf)
{
    const QString name = QStringLiteral("z-report-%1.%2")
                             .arg(QDate::currentDate().toString(Qt::ISODate),
                                  pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    auto *dialog = new QFileDialog(
        this, pdf ? tr("Save the Z report as PDF") : tr("Export the Z report as CSV"),
        QDir(m_context.receiptFolder).filePath(name));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, pdf](const QString &path) {
        const Status saved = pdf ? writeZReportPdf(path) : writeZReportCsv(path);
        m_progress->setText(saved ? tr("Saved: %1").arg(path)
                                  : tr("Not saved: %1").arg(saved.error().detail));
    });
    dialog->open();
}

void EndOfDayWidget::print()
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *preview = new QPrintPreviewDialog(printer, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { paintZReport(p, m_zText->toPlainText(), m_chart); });
    connect(preview, &QObject::destroyed, this, [printer] { delete printer; });
    preview->open();
}

void EndOfDayWidget::takeDayZReport()
{
    // The end of day closes the till's Swedish day too, in the same step:
    // the Z report (Z-dagrapport) with its running number, under SEQR's.
    const auto currency = Currency::fromCode(m_context.till->currency);
    auto z = takeZReport(*m_context.journal, DayReportWidget::header(m_context),
                         currency ? *currency : Currency::sek());
    if (!z) {
        m_dayZText->setPlainText(
            tr("The Z report of the day could not be taken: %1").arg(describe(z.error(), true)));
        return;
    }
    m_dayZ = std::move(z).value();
    m_dayZText->setPlainText(m_dayZ->toText());
}

QMessageBox *EndOfDayWidget::confirmation() const
{
    return m_confirmation;
}

} // namespace kassa::ui
