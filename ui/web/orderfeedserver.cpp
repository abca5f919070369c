#include "ui/web/orderfeedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcWeb)

namespace kassa::web {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

OrderFeedServer::OrderFeedServer(ordering::OrderService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    connect(m_service->book(), &ordering::OrderBook::changed, this,
            &OrderFeedServer::handleChanged);
}

OrderFeedServer::~OrderFeedServer()
{
    for (QWebSocket *s : std::as_const(m_sockets)) {
        s->disconnect(this);
        delete s;
    }
}

bool OrderFeedServer::isAuthorized(const QByteArray &authorization) const
{
    const QByteArray key = m_service->config().feedKey.toUtf8();
    const QByteArray presented =
        authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    if (key.isEmpty() || presented.size() != key.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < key.size(); ++i)
        diff |= uchar(key.at(i)) ^ uchar(presented.at(i));
    return diff == 0;
}

void OrderFeedServer::accept(QWebSocket *socket)
{
    if (!isAuthorized(socket->request().rawHeader("Authorization"))) {
        ++m_refused;
        qCWarning(lcWeb) << "order feed: a till without the right key was refused";
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        socket->deleteLater();
        return;
    }
    m_sockets.append(socket);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_sockets.removeOne(socket);
        socket->deleteLater();
    });
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &message) { handleMessage(socket, message); });
    QJsonArray orders;
    for (const ordering::ServiceOrder &o : m_service->book()->toHandOver())
        orders.append(o.toJson());
    socket->sendTextMessage(
        compact(QJsonObject{{u"type"_s, u"snapshot"_s},
                            {u"seq"_s, QString::number(m_service->book()->lastSeq())},
                            {u"orders"_s, orders}}));
    qCInfo(lcWeb) << "order feed: a till subscribed," << m_sockets.size() << "now";
}

void OrderFeedServer::handleChanged(qint64 saleId)
{
    const auto order = m_service->book()->order(saleId);
    if (!order || order->state == ordering::ServiceOrder::State::Open)
        return;
    const QString message =
        compact(QJsonObject{{u"type"_s, u"order"_s}, {u"order"_s, order->toJson()}});
    for (QWebSocket *s : std::as_const(m_sockets))
        s->sendTextMessage(message);
}

void OrderFeedServer::handleMessage(QWebSocket *socket, const QString &message)
{
    Q_UNUSED(socket);
    if (message.size() > 1024)
        return;
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    if (o.value(u"type"_s).toString() != u"handOver")
        return;
    bool ok = false;
    const qint64 saleId = o.value(u"saleId"_s).toString().toLongLong(&ok);
    if (!ok)
        return;
    if (auto done = m_service->handOver(saleId); !done)
        qCWarning(lcWeb).noquote() << "order feed: hand-over not recorded:" << done.error().detail;
    // The book's change reaches every till, this one included.
}

} // namespace kassa::web
