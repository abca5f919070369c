#include "ui/web/webshophost.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcWeb)

namespace kassa::web {

WebShopHost::WebShopHost(WebShopHostOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    WebShopTillOptions till;
    till.host.configPath = m_options.configPath;
    till.host.endpoint = m_options.endpoint;
    till.host.journalPath = m_options.journalPath;
    till.host.fallbackName = m_options.registerName;
    till.host.shopSync = m_options.shopSync;
    till.host.shopSync.catalogPath = m_options.catalogPath;
    till.host.registerWith = m_options.registerWith;
    till.host.registerExternalId = u"webshop-1"_s;
    till.host.registerName = m_options.registerName;
    till.host.registerSeqrId = m_options.registerSeqrId;
    till.catalog = m_options.catalog;
    till.settings = m_options.settings;
    till.demoService = m_options.demoService;
    m_till = std::make_unique<WebShopTill>(till);
    connect(m_till->host(), &TillHost::problem, this, &WebShopHost::problem);
    connect(m_till.get(), &WebShopTill::ready, this, [this] {
        m_ready = true;
        qCInfo(lcWeb).noquote() << "webshop ready at" << shopUrl().toString();
        Q_EMIT ready();
    });
}

// The server goes before the shop it serves.
WebShopHost::~WebShopHost()
{
    m_server.reset();
}

QUrl WebShopHost::shopUrl() const
{
    return m_server ? m_server->shopUrl() : QUrl();
}

Status WebShopHost::start()
{
    if (auto opened = m_till->open(); !opened)
        return opened;
    if (auto listening = listen(); !listening)
        return listening;
    m_till->start();
    return Ok{};
}

Status WebShopHost::listen()
{
    m_server = std::make_unique<WebServer>(m_till->shop(), m_options.server);
    if (!m_server->start() && m_options.freePortIfTaken) {
        WebServerOptions anyPort = m_options.server;
        anyPort.port = 0;
        m_server = std::make_unique<WebServer>(m_till->shop(), anyPort);
        m_server->start();
    }
    m_server->setOrderService(m_till->orderService());
    if (!m_server->port())
        return makeError(ErrorCode::ConnectionProblem,
                         tr("The webshop cannot listen on %1 port %2.")
                             .arg(m_options.server.address.toString())
                             .arg(m_options.server.port));
    if (!m_options.publicUrlGiven) {
        const QHostAddress a = m_options.server.address;
        const QString host =
            a == QHostAddress::LocalHost || a == QHostAddress::Any || a == QHostAddress::AnyIPv4
                ? u"127.0.0.1"_s
                : a.toString();
        m_till->shop()->setPublicUrl(
            QUrl(u"http://"_s + host + u':' + QString::number(m_server->port())));
    }
    return Ok{};
}

} // namespace kassa::web
