#pragma once

#include "core/shop/orderqueue.h"
#include "core/shop/orderserviceconfig.h"

#include <QObject>
#include <QTimer>
#include <QWebSocket>

namespace kassa::web {

// A till's end of kassa-web's order feed: keeps a WebSocket to
// <url>/orders/feed open (reconnecting every few seconds while it cannot),
// presenting the feed key, and feeds the till's OrderQueue; the queue's
// hand-overs go back the same way.
class OrderFeedClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFeedClient)

public:
    OrderFeedClient(shop::OrderFeedConfig config, shop::OrderQueue *queue,
                    QObject *parent = nullptr);
    ~OrderFeedClient() override;

    void start();
    // The till's settings changed (kassa-web moved to another address or
    // port, or a new key): reconnect there at once; the queue keeps its
    // place, so nothing paid meanwhile is missed.
    void setConfig(shop::OrderFeedConfig config);
    void setReconnectInterval(int ms) { m_retry.setInterval(ms); }

private:
    void connectNow();
    void handleMessage(const QString &message);
    void handleHandOver(qint64 saleId);

    shop::OrderFeedConfig m_config;
    shop::OrderQueue *m_queue;
    QWebSocket m_socket;
    QTimer m_retry;
};

} // namespace kassa::web
