#pragma once

#include "core/ordering/orderqueue.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace kassa::ui {

// Scan to order at the till: the paid orders to hand over, oldest first —
// order number, place (table, shelf), rows and total — each with a "Handed
// over" button. A new order is highlighted and sounds; the cashier's click
// only tells the OrderQueue (core), which sends it to kassa-web. Says when
// the till has lost the order feed (orders then arrive when it is back).
class OrderQueueWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderQueueWidget)

public:
    OrderQueueWidget(ordering::OrderQueue *queue, QLocale locale, QWidget *parent = nullptr);
    ~OrderQueueWidget() override;

    // How many times a new order was announced (sound), for tests.
    int announcements() const { return m_announcements; }

private:
    void rebuild();
    void handleArrived(const ordering::ServiceOrder &order);

    ordering::OrderQueue *m_queue;
    QLocale m_locale;
    QLabel *m_connection;
    QLabel *m_empty;
    QVBoxLayout *m_list;
    int m_announcements = 0;
};

} // namespace kassa::ui
