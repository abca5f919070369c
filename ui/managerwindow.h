#pragma once

#include "core/reconciliation/reconciler.h"
#include "ui/managercontext.h"

#include <QDialog>

class QTabWidget;

namespace kassa::ui {

class DayReportWidget;
class EndOfDayWidget;
class JournalWidget;
class LoyaltyWidget;
class PriceEditWidget;
class RefundWidget;
class ShopSettingsWidget;
class TillSetupWidget;

// The manager's tools, behind the manager's PIN: till setup, the shop on its
// receipts, refunds, end of day and the journal, as tabs.
class ManagerWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerWindow)

public:
    ManagerWindow(ManagerContext context, ReconcilerTiming timing = {}, QWidget *parent = nullptr);

    TillSetupWidget *tillSetup() const { return m_setup; }
    ShopSettingsWidget *shopSettings() const { return m_shop; }
    LoyaltyWidget *loyalty() const { return m_loyalty; }
    RefundWidget *refunds() const { return m_refunds; }
    EndOfDayWidget *endOfDay() const { return m_endOfDay; }
    JournalWidget *journal() const { return m_journal; }
    DayReportWidget *dayReports() const { return m_dayReports; }
    // The price edit (null when the context has no catalog).
    PriceEditWidget *prices() const { return m_prices; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void tillChanged();

private:
    QTabWidget *m_tabs;
    TillSetupWidget *m_setup;
    ShopSettingsWidget *m_shop;
    LoyaltyWidget *m_loyalty = nullptr;
    RefundWidget *m_refunds;
    EndOfDayWidget *m_endOfDay;
    JournalWidget *m_journal;
    DayReportWidget *m_dayReports;
    PriceEditWidget *m_prices = nullptr;
};

} // namespace kassa::ui
