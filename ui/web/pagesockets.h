#pragma once

#include "core/webshop/webshop.h"

#include <QMultiHash>
#include <QObject>

class QWebSocket;

namespace kassa::web {

// The open checkout pages' WebSockets (/seqr/ws?order=…): each is told its
// order's version when it connects and whenever the order changes (the
// page then asks /seqr/status). A page never sends anything: one that does
// is closed, as is one whose message or frame would exceed the size limit
// (Qt would otherwise assemble up to 2 GiB). At most `perOrder` pages per
// order. Owns the sockets it accepted.
class PageSockets final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageSockets)

public:
    PageSockets(webshop::WebShop *shop, int perOrder, QObject *parent = nullptr);
    ~PageSockets() override;

    // Takes a socket upgraded at /seqr/ws: kept, or closed (unknown order,
    // too many pages of it).
    void accept(QWebSocket *socket);
    int count() const { return int(m_sockets.size()); }

    // What any WebSocket of kassa-web may send in one message or frame.
    static void limitIncoming(QWebSocket *socket, int maxBytes);

private:
    void handleOrderChanged(const QString &orderId, int version);

    webshop::WebShop *m_shop;
    int m_perOrder;
    QMultiHash<QString, QWebSocket *> m_sockets; // order id → its pages
};

} // namespace kassa::web
