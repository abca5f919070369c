#pragma once

#include "core/shopdb/shopsync.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace kassa::ui {

// The link to the shop database as the manager sees it: one line for this
// till (connected, how many records wait to be sent, since when it is not
// reachable) and every till of the shop with how far behind it is. Follows
// ShopSync::statusChanged; shows, decides nothing.
class ShopStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopStatusWidget)

public:
    ShopStatusWidget(shopdb::ShopSync *sync, QLocale locale, QWidget *parent = nullptr);

    // The one line, also for the cashier's status bar.
    static QString summary(const shopdb::ShopSyncStatus &status, const QLocale &locale);
    QString summaryText() const;
    QTreeWidget *tills() const { return m_tills; }

private:
    void handleStatusChanged();

    shopdb::ShopSync *m_sync;
    QLocale m_locale;
    QLabel *m_summary;
    QTreeWidget *m_tills;
};

} // namespace kassa::ui
