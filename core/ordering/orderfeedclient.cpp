#include "core/ordering/orderfeedclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcOrdering)

namespace kassa::ordering {

OrderFeedClient::OrderFeedClient(ordering::OrderFeedConfig config, ordering::OrderQueue *queue,
                                 QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_queue(queue)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(3000);
    connect(&m_retry, &QTimer::timeout, this, &OrderFeedClient::connectNow);
    connect(&m_socket, &QWebSocket::connected, this,
            [this] { qCInfo(lcOrdering) << "order feed connected"; });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_queue->setConnected(false);
        if (!m_retry.isActive())
            m_retry.start();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &OrderFeedClient::handleMessage);
    connect(m_queue, &ordering::OrderQueue::handOverRequested, this,
            &OrderFeedClient::handleHandOver);
}

OrderFeedClient::~OrderFeedClient()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void OrderFeedClient::start()
{
    connectNow();
}

void OrderFeedClient::setConfig(ordering::OrderFeedConfig config)
{
    m_config = std::move(config);
    connectNow();
}

void OrderFeedClient::connectNow()
{
    QUrl url(m_config.url);
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    url = url.resolved(QUrl(u"orders/feed"_s));
    url.setScheme(url.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    url.setQuery(QUrlQuery{{u"since"_s, QString::number(m_queue->lastSeq())}});
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_config.key.toUtf8());
    m_socket.abort();
    m_socket.open(request);
    // No answer within the interval: try again.
    m_retry.start();
}

void OrderFeedClient::handleMessage(const QString &message)
{
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = o.value(u"type"_s).toString();
    if (type == u"snapshot") {
        m_retry.stop();
        QList<ordering::ServiceOrder> orders;
        for (const QJsonValue &v : o.value(u"orders"_s).toArray()) {
            if (auto order = ordering::ServiceOrder::fromJson(v.toObject()))
                orders.append(*order);
        }
        m_queue->applySnapshot(orders, o.value(u"seq"_s).toString().toLongLong());
        m_queue->setConnected(true);
    } else if (type == u"order") {
        if (auto order = ordering::ServiceOrder::fromJson(o.value(u"order"_s).toObject()))
            m_queue->applyChange(*order);
    }
}

void OrderFeedClient::handleHandOver(qint64 saleId)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return; // sent again at the next connection (OrderQueue keeps it)
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"handOver"_s},
                                                    {u"saleId"_s, QString::number(saleId)}})
                              .toJson(QJsonDocument::Compact)));
}

} // namespace kassa::ordering
