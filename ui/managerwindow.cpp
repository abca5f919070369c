#include "ui/managerwindow.h"

#include "ui/dayreportwidget.h"
#include "ui/endofdaywidget.h"
#include "ui/journalwidget.h"
#include "ui/loyaltywidget.h"
#include "ui/priceeditwidget.h"
#include "ui/refundwidget.h"
#include "ui/shopsettingswidget.h"
#include "ui/shopstatuswidget.h"
#include "ui/tillsetupwidget.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kassa::ui {

ManagerWindow::ManagerWindow(ManagerContext context, ReconcilerTiming timing, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_setup(new TillSetupWidget(context, this))
    , m_shop(new ShopSettingsWidget(context, this))
    , m_refunds(new RefundWidget(context, this, timing))
    , m_endOfDay(new EndOfDayWidget(context, timing, this))
    , m_journal(new JournalWidget(context, this))
    , m_dayReports(new DayReportWidget(context, this))
{
    setWindowTitle(tr("Kassa — manager"));
    setWindowModality(Qt::WindowModal);
    resize(900, 640);
    auto *layout = new QVBoxLayout(this);
    m_tabs->addTab(m_setup, tr("Till setup"));
    m_tabs->addTab(m_shop, tr("Shop && receipts"));
    m_tabs->addTab(m_refunds, tr("Refunds"));
    m_tabs->addTab(m_endOfDay, tr("End of day"));
    m_tabs->addTab(m_journal, tr("Journal"));
    m_tabs->addTab(m_dayReports, tr("X/Z reports && export"));
    m_loyalty = new LoyaltyWidget(context, this);
    m_tabs->addTab(m_loyalty, tr("Loyalty && coupons"));
    connect(m_loyalty, &LoyaltyWidget::tillChanged, this, &ManagerWindow::tillChanged);
    if (context.catalog) {
        m_prices = new PriceEditWidget(context, this);
        m_tabs->addTab(m_prices, tr("Prices"));
    }
    if (context.shopSync)
        m_tabs->addTab(new ShopStatusWidget(context.shopSync, context.locale, this), tr("Shop"));
    layout->addWidget(m_tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &ManagerWindow::reject);
    layout->addWidget(buttons);
    // Enter belongs to the field it is typed in (a scanned receipt or SEQR ID),
    // never to whichever button a dialog would make its default.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_setup, &TillSetupWidget::tillChanged, this, &ManagerWindow::tillChanged);
    connect(m_shop, &ShopSettingsWidget::tillChanged, this, &ManagerWindow::tillChanged);
    connect(m_tabs, &QTabWidget::currentChanged, m_journal, &JournalWidget::refresh);
    // A sale found by date in the journal is refunded in the refunds tab.
    connect(m_journal, &JournalWidget::refundRequested, this, [this](const QString &search) {
        m_refunds->find(search);
        m_tabs->setCurrentWidget(m_refunds);
    });
}

} // namespace kassa::ui
