#pragma once

#include "core/ordering/orderqueue.h"
#include "core/ordering/orderserviceconfig.h"

#include <QObject>
#include <QTimer>
#include <QWebSocket>

namespace kassa::ordering {

// A till's end of kassa-web's order feed: keeps a WebSocket to
// <url>/orders/feed open (reconnecting every few seconds while it cannot),
// presenting the feed key, and feeds the till's OrderQueue; the queue's
// hand-overs go back the same way.
class OrderFeedClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFeedClient)

public:
    OrderFeedClient(ordering::OrderFeedConfig config, ordering::OrderQueue *queue,
                    QObject *parent = nullptr);
    ~OrderFeedClient() override;

    void start();
    // The till's settings changed (kassa-web moved to another address or
    // port, or a new key): reconnect there at once; the queue keeps its
    // place, so nothing paid meanwhile is missed.
    void setConfig(ordering::OrderFeedConfig config);
    void setReconnectInterval(int ms) { m_retry.setInterval(ms); }

private:
    void connectNow();
    void handleMessage(const QString &message);
    void handleHandOver(qint64 saleId);

    ordering::OrderFeedConfig m_config;
    ordering::OrderQueue *m_queue;
    QWebSocket m_socket;
    QTimer m_retry;
};

} // namespace kassa::ordering
