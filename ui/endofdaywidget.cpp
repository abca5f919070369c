#include "ui/endofdaywidget.h"

#include "core/common/errortext.h"
#include "ui/hourchartwidget.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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

// Paints the Z report's text and chart on A4 pages.
void paintZReport(QPrinter *printer, const QString &text, const HourChartWidget *chart)
{
    QPainter painter(printer);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(9);
    painter.setFont(font);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const QFontMetricsF metrics(font, printer);
    qreal y = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (y + metrics.height() > page.height()) {
            printer->newPage();
            y = 0;
        }
        painter.drawText(QPointF(0, y + metrics.ascent()), line);
        y += metrics.height();
    }
    const qreal chartHeight = page.height() / 4;
    if (y + chartHeight > page.height()) {
        printer->newPage();
        y = 0;
    }
    chart->paintChart(&painter, QRectF(0, y + metrics.height(), page.width(), chartHeight));
}

} // namespace

EndOfDayWidget::EndOfDayWidget(ManagerContext context, ReconcilerTiming timing, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_timing(timing)
    , m_shop(new QRadioButton(tr("The whole shop"), this))
    , m_till(new QRadioButton(tr("This till only"), this))
    , m_close(new QPushButton(tr("Close && reconcile"), this))
    , m_progress(new QLabel(this))
    , m_lines(new QTableWidget(0, 4, this))
    , m_zText(new QPlainTextEdit(this))
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
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_lines, 2);
    auto *bottom = new QHBoxLayout;
    m_zText->setReadOnly(true);
    m_zText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    bottom->addWidget(m_zText, 3);
    bottom->addWidget(m_chart, 2);
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

QString EndOfDayWidget::progressText() const
{
    return m_progress->text();
}

QString EndOfDayWidget::zReportText() const
{
    return m_zText->toPlainText();
}

void EndOfDayWidget::closeAndReconcile(bool perTerminal)
{
    if (m_reconciler)
        return;
    const auto previous = m_context.journal->lastPeriod(perTerminal);
    m_from = previous ? previous->closedAt : QDateTime();
    const auto currency = Currency::fromCode(m_context.till->currency);
    m_reconciler = new Reconciler(m_context.client, m_context.journal,
                                  currency ? *currency : Currency::sek(), m_timing, this);
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
            m_progress->setText(
                tr("The day could not be closed: %1").arg(describe(result.error(), false)));
            m_progress->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
            Q_EMIT finished();
            return;
        }
        showReconciliation(*result);
        Q_EMIT finished();
    });
    m_reconciler->run(perTerminal);
}

void EndOfDayWidget::showReconciliation(const Reconciliation &r)
{
    const QLocale &l = m_context.locale;
    const bool clean = r.isClean();
    m_progress->setText(
        (clean ? tr("Period %1 closed. SEQR and the journal agree: %2 payments match.")
                     .arg(r.transactionPeriodId)
                     .arg(r.count(ReconciliationLine::Kind::Matched))
               : tr("Period %1 closed. DIFFERENCES: %2 only at SEQR, %3 only in Kassa, %4 with "
                    "different amounts.")
                     .arg(r.transactionPeriodId)
                     .arg(r.count(ReconciliationLine::Kind::OnlyAtSeqr))
                     .arg(r.count(ReconciliationLine::Kind::OnlyInKassa))
                     .arg(r.count(ReconciliationLine::Kind::AmountDiffers))) +
        (r.otherTillsCount > 0
             ? tr(" (%n row(s) belong to the shop's other tills.)", nullptr, r.otherTillsCount)
             : QString()));
    m_progress->setStyleSheet(clean ? QStringLiteral("color: #0a5d2b; font-weight: bold")
                                    : QStringLiteral("color: #b00020; font-weight: bold"));
    m_lines->setRowCount(int(r.lines.size()));
    for (int i = 0; i < r.lines.size(); ++i) {
        const ReconciliationLine &line = r.lines[i];
        QString kind;
        switch (line.kind) {
        case ReconciliationLine::Kind::Matched:
            kind = tr("Matched");
            break;
        case ReconciliationLine::Kind::OnlyAtSeqr:
            kind = tr("Only at SEQR");
            break;
        case ReconciliationLine::Kind::OnlyInKassa:
            kind = tr("Only in Kassa");
            break;
        case ReconciliationLine::Kind::AmountDiffers:
            kind = tr("Amount differs");
            break;
        }
        if (line.isRefund)
            kind += tr(" (refund)");
        const QStringList cells{
            kind, line.ersReference,
            line.seqrAmount ? line.seqrAmount->toLocalizedString(l) : QStringLiteral("—"),
            line.kassaAmount ? line.kassaAmount->toLocalizedString(l) : QStringLiteral("—")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (line.kind != ReconciliationLine::Kind::Matched) {
                item->setBackground(QColor(0xff, 0xe0, 0xe0));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_lines->setItem(i, c, item);
        }
    }
    const auto currency = Currency::fromCode(m_context.till->currency);
    m_z = makeZReport(*m_context.journal, m_from, QDateTime::currentDateTimeUtc(),
                      currency ? *currency : Currency::sek(), &r);
    m_zText->setPlainText(m_z->toText(m_context.till->shopName));
    m_chart->setSales(m_z->salesPerHour, m_z->currency);
    for (QPushButton *b : {m_print, m_pdf, m_csv})
        b->setEnabled(true);
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

} // namespace kassa::ui
