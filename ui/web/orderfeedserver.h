#pragma once

#include "core/ordering/orderservice.h"

#include <QList>
#include <QObject>

class QWebSocket;

namespace kassa::web {

// kassa-web's order feed for tills (WebSocket /orders/feed?since=SEQ, with
// `Authorization: Bearer <feedKey>`): at each connection a snapshot of every
// paid order not yet handed over and the book's last sequence number, then
// every change ({"type":"order", …}) as it is written. A till sends
// {"type":"handOver","saleId":"…"} when the cashier has handed one over.
// A wrong key is refused (closed, logged without the key).
class OrderFeedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFeedServer)

public:
    explicit OrderFeedServer(ordering::OrderService *service, QObject *parent = nullptr);
    ~OrderFeedServer() override;

    // Takes the socket (a WebSocket upgrade of /orders/feed).
    void accept(QWebSocket *socket);
    int tillCount() const { return int(m_sockets.size()); }
    int refusedCount() const { return m_refused; }
    // Constant-time comparison of a presented key with the feed key.
    bool isAuthorized(const QByteArray &authorization) const;

private:
    void handleChanged(qint64 saleId);
    void handleMessage(QWebSocket *socket, const QString &message);

    ordering::OrderService *m_service;
    QList<QWebSocket *> m_sockets;
    int m_refused = 0;
};

} // namespace kassa::web
