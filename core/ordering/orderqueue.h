#pragma once

#include "core/ordering/orderbook.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace kassa::ordering {

// A till's view of the scan-to-order orders to hand over, fed by kassa-web's
// order feed (ui/web OrderFeedClient): a snapshot of every paid order not yet
// handed over at each (re)connection, then each change as it happens — so a
// till that was offline or restarted misses none. Orders that arrived since
// the till last saw the feed are new (the window highlights them and sounds).
// "Handed over" is sent to kassa-web; the order leaves the list at once, and
// a hand-over made while offline is sent at the next connection.
class OrderQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderQueue)

public:
    explicit OrderQueue(QObject *parent = nullptr);
    ~OrderQueue() override;

    // To hand over, oldest first (without those handed over here).
    QList<ServiceOrder> orders() const;
    bool isNew(qint64 saleId) const { return m_new.contains(saleId); }
    qint64 lastSeq() const { return m_lastSeq; }
    bool isConnected() const { return m_connected; }
    QList<qint64> pendingHandOvers() const { return m_pending.values(); }

    // From the feed.
    void setConnected(bool connected);
    void applySnapshot(const QList<ServiceOrder> &toHandOver, qint64 seq);
    void applyChange(const ServiceOrder &order);

    // The cashier handed the order over.
    void handOver(qint64 saleId);

Q_SIGNALS:
    void changed();
    // A paid order this till had not seen: to be announced (sound, highlight).
    void arrived(const kassa::ordering::ServiceOrder &order);
    void handOverRequested(qint64 saleId);
    void connectedChanged(bool connected);

private:
    QList<ServiceOrder> m_orders;
    QSet<qint64> m_new;
    QSet<qint64> m_pending; // handed over here, not yet confirmed by kassa-web
    qint64 m_lastSeq = 0;
    bool m_connected = false;
};

} // namespace kassa::ordering
