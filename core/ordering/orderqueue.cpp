#include "core/ordering/orderqueue.h"

namespace kassa::ordering {

OrderQueue::OrderQueue(QObject *parent)
    : QObject(parent)
{}

OrderQueue::~OrderQueue() = default;

QList<ServiceOrder> OrderQueue::orders() const
{
    QList<ServiceOrder> list;
    for (const ServiceOrder &o : m_orders) {
        if (!m_pending.contains(o.saleId))
            list.append(o);
    }
    return list;
}

void OrderQueue::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
    if (connected) {
        for (qint64 saleId : std::as_const(m_pending))
            Q_EMIT handOverRequested(saleId);
    }
}

void OrderQueue::applySnapshot(const QList<ServiceOrder> &toHandOver, qint64 seq)
{
    QSet<qint64> known;
    for (const ServiceOrder &o : std::as_const(m_orders))
        known.insert(o.saleId);
    QList<ServiceOrder> arrivedNow;
    QSet<qint64> present;
    for (const ServiceOrder &o : toHandOver) {
        present.insert(o.saleId);
        if (!known.contains(o.saleId) && o.seq > m_lastSeq)
            arrivedNow.append(o);
    }
    // Confirmed elsewhere (or here, before a reconnect): no longer pending.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (!present.contains(*it))
            it = m_pending.erase(it);
        else
            ++it;
    }
    m_new.intersect(present);
    m_orders = toHandOver;
    m_lastSeq = qMax(m_lastSeq, seq);
    for (const ServiceOrder &o : std::as_const(arrivedNow))
        m_new.insert(o.saleId);
    Q_EMIT changed();
    for (const ServiceOrder &o : std::as_const(arrivedNow))
        Q_EMIT arrived(o);
}

void OrderQueue::applyChange(const ServiceOrder &order)
{
    m_lastSeq = qMax(m_lastSeq, order.seq);
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_orders.size(); ++i) {
        if (m_orders.at(i).saleId == order.saleId)
            index = i;
    }
    if (order.state == ServiceOrder::State::Paid) {
        if (index >= 0) {
            m_orders[index] = order;
            Q_EMIT changed();
            return;
        }
        m_orders.append(order);
        m_new.insert(order.saleId);
        Q_EMIT changed();
        Q_EMIT arrived(order);
        return;
    }
    // Handed over (here or on another till), or never paid.
    m_pending.remove(order.saleId);
    m_new.remove(order.saleId);
    if (index >= 0) {
        m_orders.removeAt(index);
        Q_EMIT changed();
    }
}

void OrderQueue::handOver(qint64 saleId)
{
    bool found = false;
    for (const ServiceOrder &o : std::as_const(m_orders))
        found = found || o.saleId == saleId;
    if (!found || m_pending.contains(saleId))
        return;
    m_pending.insert(saleId);
    m_new.remove(saleId);
    Q_EMIT changed();
    if (m_connected)
        Q_EMIT handOverRequested(saleId);
}

} // namespace kassa::ordering
