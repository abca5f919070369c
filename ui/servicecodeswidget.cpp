#include "ui/servicecodeswidget.h"

#include "ui/plainlabel.h"
#include "ui/print/servicesheet.h"

#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

const auto errorStyle = QStringLiteral("color: #b00020; font-weight: bold");
const auto doneStyle = QStringLiteral("color: #0a5d2b; font-weight: bold");

} // namespace

ServiceCodesWidget::ServiceCodesWidget(ManagerContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_status(new PlainLabel(this))
    , m_save(new QPushButton(tr("Service codes…"), this))
    , m_result(new PlainLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Scan to order"), this);
    auto *layout = new QVBoxLayout(box);
    auto *row = new QHBoxLayout;
    m_status->setWordWrap(true);
    row->addWidget(m_status, 1);
    m_save->setMinimumHeight(44);
    row->addWidget(m_save);
    layout->addLayout(row);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    outer->addWidget(box);

    const ordering::OrderServiceConfig &service = m_context.orderService;
    if (!service.isEnabled()) {
        m_status->setText(tr("This till knows no order service (orderService in its "
                             "configuration), so it has no codes to print. kassa-web "
                             "service-codes prints them where the service is set up."));
    } else if (!service.hasCodesToPrint()) {
        m_status->setText(tr("The order service %1 has no codes yet (tables, counters, shelves): "
                             "add them with kassa-web service-codes.")
                              .arg(service.serviceId));
    } else {
        m_status->setText(tr("A4 sheet of the %n code(s) of the order service %1, to print and "
                             "put on the tables.",
                             nullptr, int(service.codes.size()))
                              .arg(service.serviceId));
    }
    m_save->setEnabled(service.hasCodesToPrint());
    m_save->setToolTip(service.hasCodesToPrint() ? tr("Save the sheet of service codes as a PDF")
                                                 : m_status->text());

    m_chooser = [this](const QString &suggested, std::function<void(const QString &)> chosen) {
        auto *dialog = new QFileDialog(this, tr("Save the service codes as PDF"), suggested,
                                       tr("PDF (*.pdf)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("pdf"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this,
                [chosen = std::move(chosen)](const QString &path) { chosen(path); });
        dialog->open();
    };
    connect(m_save, &QPushButton::clicked, this, &ServiceCodesWidget::chooseFile);
}

QString ServiceCodesWidget::statusText() const
{
    return m_status->text();
}

QString ServiceCodesWidget::resultText() const
{
    return m_result->text();
}

void ServiceCodesWidget::setFileChooser(FileChooser chooser)
{
    m_chooser = std::move(chooser);
}

QString ServiceCodesWidget::suggestedPath() const
{
    const QString folder =
        m_context.receiptFolder.isEmpty() ? QDir::homePath() : m_context.receiptFolder;
    return QDir(folder).filePath(QStringLiteral("service-codes.pdf"));
}

void ServiceCodesWidget::chooseFile()
{
    if (!m_context.orderService.hasCodesToPrint())
        return;
    m_result->clear();
    m_chooser(suggestedPath(), [this](const QString &path) { (void)save(path); });
}

Status ServiceCodesWidget::save(const QString &path)
{
    const QString shopName = m_context.till ? m_context.till->shopName : QString();
    const Status written = print::ServiceSheet::writePdf(m_context.orderService, shopName, path);
    if (!written) {
        m_result->setText(
            written.error().code == ErrorCode::StorageFailed
                ? tr("The service codes were not saved: %1 cannot be written (%2). Choose a "
                     "folder you can write to, e.g. on a USB stick.")
                      .arg(QDir::toNativeSeparators(path), written.error().detail)
                : tr("The service codes were not saved: %1").arg(written.error().detail));
        m_result->setStyleSheet(errorStyle);
        return written;
    }
    m_result->setText(tr("Saved %n service code(s) in %1. Print it at actual size (100 %), not "
                         "fitted to the page.",
                         nullptr, int(m_context.orderService.codes.size()))
                          .arg(QDir::toNativeSeparators(path)));
    m_result->setStyleSheet(doneStyle);
    return Ok{};
}

} // namespace kassa::ui
