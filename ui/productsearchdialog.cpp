#include "ui/productsearchdialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/plainlabel.h"

namespace kassa::ui {

ProductSearchDialog::ProductSearchDialog(const catalog::Catalog *catalog, const QString &text,
                                         const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_locale(locale)
    , m_field(new QLineEdit(text, this))
    , m_results(new QListWidget(this))
{
    setWindowTitle(tr("Find a product"));
    setWindowModality(Qt::WindowModal);
    resize(560, 480);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PlainLabel(tr("Name, SKU or EAN:"), this));
    m_field->setClearButtonEnabled(true);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to cart"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductSearchDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductSearchDialog::reject);
    layout->addWidget(buttons);
    connect(m_field, &QLineEdit::textChanged, this, &ProductSearchDialog::updateResults);
    connect(m_field, &QLineEdit::returnPressed, this, &ProductSearchDialog::choose);
    connect(m_results, &QListWidget::itemActivated, this, &ProductSearchDialog::choose);
    // Up and Down in the search field move through the results.
    m_field->installEventFilter(this);
    updateResults();
    m_field->setFocus();
}

int ProductSearchDialog::resultCount() const
{
    return int(m_found.size());
}

void ProductSearchDialog::updateResults()
{
    m_found = m_catalog->search(m_field->text());
    m_results->clear();
    for (const catalog::Product &p : m_found) {
        const QString price =
            p.unitPrice.toLocalizedString(m_locale) + (p.soldByWeight ? tr(" /kg") : QString());
        m_results->addItem(p.name + QStringLiteral("   ") + price + QStringLiteral("   ") + p.ean);
    }
    if (!m_found.isEmpty())
        m_results->setCurrentRow(0);
}

bool ProductSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_results->count() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            m_results->setCurrentRow(
                qBound(0, m_results->currentRow() + step, m_results->count() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ProductSearchDialog::choose()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_found.size())
        return;
    Q_EMIT productChosen(m_found[row]);
    accept();
}

} // namespace kassa::ui
