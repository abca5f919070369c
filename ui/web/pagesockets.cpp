#include "ui/web/pagesockets.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace kassa::web {

namespace {

QString versionMessage(const QString &orderId, int version)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"order"_s, orderId}, {u"version"_s, version}})
            .toJson(QJsonDocument::Compact));
}

} // namespace

PageSockets::PageSockets(webshop::WebShop *shop, int perOrder, QObject *parent)
    : QObject(parent)
    , m_shop(shop)
    , m_perOrder(perOrder)
{
    connect(m_shop, &webshop::WebShop::orderChanged, this, &PageSockets::handleOrderChanged);
}

PageSockets::~PageSockets()
{
    for (QWebSocket *s : std::as_const(m_sockets)) {
        s->disconnect(this);
        delete s;
    }
}

void PageSockets::limitIncoming(QWebSocket *socket, int maxBytes)
{
    socket->setMaxAllowedIncomingMessageSize(quint64(maxBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(maxBytes));
}

void PageSockets::accept(QWebSocket *socket)
{
    socket->setParent(this);
    const QString orderId = QUrlQuery(socket->requestUrl()).queryItemValue(u"order"_s);
    const webshop::WebOrder *o = m_shop->order(orderId);
    if (!o || m_sockets.count(orderId) >= m_perOrder) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        socket->deleteLater();
        return;
    }
    m_sockets.insert(orderId, socket);
    connect(socket, &QWebSocket::disconnected, this, [this, socket, orderId] {
        m_sockets.remove(orderId, socket);
        socket->deleteLater();
    });
    // A checkout page never sends anything: one that does is closed.
    const auto talked = [socket] { socket->close(QWebSocketProtocol::CloseCodePolicyViolated); };
    connect(socket, &QWebSocket::textFrameReceived, this, talked);
    connect(socket, &QWebSocket::binaryFrameReceived, this, talked);
    socket->sendTextMessage(versionMessage(orderId, o->version));
}

void PageSockets::handleOrderChanged(const QString &orderId, int version)
{
    const auto sockets = m_sockets.values(orderId);
    if (sockets.isEmpty())
        return;
    const QString message = versionMessage(orderId, version);
    for (QWebSocket *s : sockets)
        s->sendTextMessage(message);
}

} // namespace kassa::web
