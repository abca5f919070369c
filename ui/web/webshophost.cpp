#include "ui/web/webshophost.h"

#include "core/payment/paymentrecovery.h"
#include "core/terminal/errortext.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcWeb)

namespace kassa::web {

WebShopHost::WebShopHost(WebShopHostOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    Q_ASSERT(m_options.catalog);
}

WebShopHost::~WebShopHost() = default;

QString WebShopHost::defaultJournalPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/kassa/webshop/journal.sqlite"_s;
}

QString WebShopHost::defaultConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/kassa/webshop.json"_s;
}

QUrl WebShopHost::shopUrl() const
{
    return m_server ? m_server->shopUrl() : QUrl();
}

Status WebShopHost::start()
{
    if (m_options.configPath.isEmpty())
        m_options.configPath = defaultConfigPath();
    auto config = TillConfig::load(m_options.configPath);
    if (!config)
        return makeError(ErrorCode::StorageFailed,
                         tr("The webshop's configuration %1 cannot be read: %2")
                             .arg(m_options.configPath, config.error().detail));
    m_till = *config;
    if (m_options.demoService && !m_till.orderService.isEnabled()) {
        m_till.orderService = *m_options.demoService;
        if (auto saved = m_till.save(m_options.configPath); !saved)
            return makeError(ErrorCode::StorageFailed, saved.error().detail);
    }
    if (m_till.journalPath.isEmpty()) {
        // Written into the configuration, so that kassa-cli --config on the
        // same file (refunds, end of day) finds the same journal.
        m_till.journalPath =
            m_options.journalPath.isEmpty() ? defaultJournalPath() : m_options.journalPath;
        if (!QDir().mkpath(QFileInfo(m_options.configPath).absolutePath()))
            return makeError(ErrorCode::StorageFailed,
                             tr("Cannot create the folder for %1.").arg(m_options.configPath));
        if (auto saved = m_till.save(m_options.configPath); !saved)
            return makeError(ErrorCode::StorageFailed,
                             tr("The webshop's configuration %1 cannot be written: %2")
                                 .arg(m_options.configPath, saved.error().detail));
    }
    m_journalPath = m_till.journalFile(m_options.configPath);
    if (!QDir().mkpath(QFileInfo(m_journalPath).absolutePath()))
        return makeError(ErrorCode::StorageFailed,
                         tr("Cannot create the folder for the journal %1.").arg(m_journalPath));
    m_lock = std::make_unique<QLockFile>(m_journalPath + u".lock"_s);
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(500))
        return makeError(ErrorCode::StorageFailed,
                         tr("Another Kassa process is using the webshop's till (%1). Stop it "
                            "first.")
                             .arg(m_journalPath));
    auto journal = journal::Journal::open(m_journalPath);
    if (!journal)
        return makeError(ErrorCode::StorageFailed,
                         tr("The journal %1 cannot be opened: %2")
                             .arg(m_journalPath, describe(journal.error(), true)));
    m_journal = std::move(journal).value();
    // Which sale each order is: receipt links outlive a restart.
    const QString ordersPath =
        QFileInfo(m_journalPath).absoluteDir().filePath(u"weborders.sqlite"_s);
    auto orders = webshop::WebOrderStore::open(ordersPath);
    if (!orders)
        return makeError(ErrorCode::StorageFailed,
                         tr("The webshop's order file %1 cannot be opened: %2")
                             .arg(ordersPath, describe(orders.error(), true)));
    m_orders = std::move(orders).value();

    if (!m_options.endpoint.isEmpty())
        m_till.endpoint = m_options.endpoint;
    m_client = std::make_unique<seqr::SeqrClient>(seqr::SeqrClientConfig{
        QUrl(m_till.endpoint), std::chrono::milliseconds(m_till.timeoutMs), m_till.caFile});
    if (m_till.isRegistered())
        m_client->setTerminalCredentials(
            seqr::Credentials::terminal(m_till.terminalId, m_till.terminalPassword));
    m_terminal = std::make_unique<TerminalService>(m_client.get(), &m_till, m_options.configPath);

    webshop::WebShopSettings settings = m_options.settings;
    if (settings.shopName == u"Kassa" && m_till.shopName != u"Kassa")
        settings.shopName = m_till.shopName;
    settings.serviceMenu = m_till.orderService.menu;
    m_shop = std::make_unique<webshop::WebShop>(m_options.catalog, m_client.get(), m_journal.get(),
                                                settings);
    m_shop->setOrderStore(m_orders.get());
    m_shop->setRegistered(m_till.isRegistered());
    m_shop->setBlocked(u"starting"_s);
    if (auto opened = openOrderService(); !opened)
        return opened;
    m_server = std::make_unique<WebServer>(m_shop.get(), m_options.server);
    if (!m_server->start() && m_options.freePortIfTaken) {
        WebServerOptions anyPort = m_options.server;
        anyPort.port = 0;
        m_server = std::make_unique<WebServer>(m_shop.get(), anyPort);
        m_server->start();
    }
    m_server->setOrderService(m_orderService.get());
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
        m_shop->setPublicUrl(QUrl(u"http://"_s + host + u':' + QString::number(m_server->port())));
    }
    if (!m_till.isRegistered() && m_options.registerWith)
        QMetaObject::invokeMethod(this, &WebShopHost::registerTerminal, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(this, &WebShopHost::recover, Qt::QueuedConnection);
    return Ok{};
}

void WebShopHost::startShopSync()
{
    if (!m_till.shopDatabase.isEnabled())
        return;
    // The journal stays the record; ShopSync ships its outbox (every sale,
    // refund and period, in sequence) to the shop database, on its own
    // thread, retrying while the database is away.
    shopdb::ShopSyncOptions options = m_options.shopSync;
    options.catalogPath = m_options.catalogPath;
    m_shopSync = std::make_unique<shopdb::ShopSync>(
        m_till.shopDatabase, m_journalPath,
        shopdb::TillIdentity{{},
                             m_till.terminalId,
                             m_till.name.isEmpty() ? m_options.registerName : m_till.name,
                             u"web"_s},
        options);
    connect(m_shop.get(), &webshop::WebShop::orderChanged, m_shopSync.get(),
            [this](const QString &orderId) {
                const webshop::WebOrder *o = m_shop->order(orderId);
                if (o && o->state == webshop::WebOrder::State::Paid)
                    m_shopSync->syncNow();
            });
    qCInfo(lcWeb).noquote() << "sending the webshop's sales to the shop database"
                            << m_till.shopDatabase.displayName();
    m_shopSync->start();
}

void WebShopHost::registerTerminal()
{
    m_terminal->registerTill(
        *m_options.registerWith, u"webshop-1"_s, m_options.registerName,
        [this](const Status &registered) {
            if (!registered) {
                Q_EMIT problem(tr("The webshop could not be registered with SEQR: %1")
                                   .arg(describe(registered.error(), false)));
                return recover();
            }
            m_terminal->assignSeqrId(m_options.registerSeqrId, [this](const Status &assigned) {
                if (!assigned)
                    Q_EMIT problem(describe(assigned.error(), false));
                m_shop->setRegistered(m_till.isRegistered());
                recover();
            });
        });
}

void WebShopHost::recover()
{
    // An unreadable journal is left to recovery, which retries it.
    const auto inFlight = m_journal->invoicesInFlight();
    if (!m_till.isRegistered() || (inFlight && inFlight->isEmpty()))
        return becomeReady();
    qCInfo(lcWeb) << "finishing payments left in flight by the last run";
    auto *recovery =
        new PaymentRecovery(m_client.get(), m_journal.get(), m_till.shopName, {}, 60000, this);
    // A checkout page (re)connected meanwhile is told the moment the
    // outcome is journaled; it then asks for the order, read from the journal.
    connect(recovery, &PaymentRecovery::paymentSettled, m_shop.get(),
            &webshop::WebShop::handleSaleJournaled);
    connect(recovery, &PaymentRecovery::finished, this, [this, recovery] {
        for (const auto &o : recovery->outcomes())
            qCInfo(lcWeb).noquote()
                << "recovered" << o.invoiceReference << paymentStateName(o.state) << o.ersReference;
        recovery->deleteLater();
        becomeReady();
    });
    recovery->run();
}

Status WebShopHost::openOrderService()
{
    if (!m_till.orderService.isEnabled())
        return Ok{};
    if (m_till.orderService.feedKey.isEmpty()) {
        // Tills present this key to receive the paid orders (orderFeed.key).
        m_till.orderService.feedKey = generateTerminalPassword(32);
        if (auto saved = m_till.save(m_options.configPath); !saved)
            return makeError(ErrorCode::StorageFailed, saved.error().detail);
    }
    const QString path = QFileInfo(m_journalPath).absoluteDir().filePath(u"serviceorders.sqlite"_s);
    auto book = ordering::OrderBook::open(path);
    if (!book)
        return makeError(
            ErrorCode::StorageFailed,
            tr("The order book %1 cannot be opened: %2").arg(path, book.error().detail));
    m_orderBook = std::move(book).value();
    seqr::SeqrClient *client = m_client.get();
    auto lookup = [client](const QString &token,
                           std::function<void(const ordering::ClientSession &)> done) {
        auto *call = client->getClientSessionInfo(token);
        QObject::connect(call, &seqr::SeqrCall::finished, call, [call, done] {
            ordering::ClientSession info;
            if (call->status() == seqr::CallStatus::ServiceError) {
                // Any refusal of the key: the customer scans again.
                info.status = ordering::ClientSession::Status::Expired;
            } else if (!call->isSuccess()) {
                info.status = ordering::ClientSession::Status::Unavailable;
            } else {
                const auto &r = call->response();
                switch (r.sessionStatus()) {
                case seqr::ClientSessionStatus::Success:
                    info.status = ordering::ClientSession::Status::Success;
                    for (const seqr::Parameter &p : r.parameters)
                        info.parameters.append({p.key, p.value});
                    break;
                case seqr::ClientSessionStatus::AuthorizationCancelled:
                    info.status = ordering::ClientSession::Status::Cancelled;
                    break;
                case seqr::ClientSessionStatus::InProgress:
                    info.status = ordering::ClientSession::Status::InProgress;
                    break;
                case seqr::ClientSessionStatus::AuthorizationExpired:
                case seqr::ClientSessionStatus::Unknown:
                    info.status = ordering::ClientSession::Status::Expired;
                    break;
                }
            }
            call->deleteLater();
            done(info);
        });
    };
    m_orderService = std::make_unique<ordering::OrderService>(m_shop.get(), m_orderBook.get(),
                                                              m_till.orderService, lookup);
    qCInfo(lcWeb).noquote() << "scan to order: service" << m_till.orderService.serviceId;
    return Ok{};
}

void WebShopHost::becomeReady()
{
    if (m_orderService)
        m_orderService->reconcile();
    m_shop->setBlocked({});
    // Once registered (the shop database knows terminals by SEQR's id).
    if (!m_shopSync)
        startShopSync();
    m_ready = true;
    qCInfo(lcWeb).noquote() << "webshop ready at" << shopUrl().toString();
    Q_EMIT ready();
}

} // namespace kassa::web
