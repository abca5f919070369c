#include "core/terminal/webshoptill.h"

#include "core/ordering/clientsessionlookup.h"
#include "core/shopdb/shopcoupons.h"
#include "core/terminal/errortext.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcTerminal)

namespace kassa {

WebShopTill::WebShopTill(WebShopTillOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    Q_ASSERT(m_options.catalog);
    if (m_options.host.configPath.isEmpty())
        m_options.host.configPath = defaultConfigPath();
    if (m_options.host.journalPath.isEmpty())
        m_options.host.journalPath = defaultJournalPath();
    m_options.host.kind = u"web"_s;
    m_host = std::make_unique<TillHost>(m_options.host);
}

// The shop and its services go before the host (they use its client and
// journal): the members' order sees to it.
WebShopTill::~WebShopTill() = default;

QString WebShopTill::defaultJournalPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/kassa/webshop/journal.sqlite"_s;
}

QString WebShopTill::defaultConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/kassa/webshop.json"_s;
}

// The webshop's settings: the run's, with the till's name, menu, loyalty,
// coupon hooks (its shop database) and limits.
webshop::WebShopSettings WebShopTill::shopSettings(const TillConfig &till) const
{
    webshop::WebShopSettings settings = m_options.settings;
    if (settings.shopName == u"Kassa" && till.shopName != u"Kassa")
        settings.shopName = till.shopName;
    settings.serviceMenu = till.orderService.menu;
    settings.loyalty = till.loyalty;
    shopdb::ShopCouponHooks coupons =
        shopdb::couponHooks(till.shopDatabase, {m_host->journal()->journalId().valueOr(QString()),
                                                till.terminalId, till.name, u"web"_s});
    settings.couponCheck = std::move(coupons.check);
    settings.couponRelease = std::move(coupons.release);
    settings.limits = m_options.settings.limits.over(till.webshopLimits);
    return settings;
}

Status WebShopTill::open()
{
    if (auto loaded = m_host->loadConfiguration(); !loaded)
        return loaded;
    TillConfig &till = m_host->till();
    if (m_options.demoService && !till.orderService.isEnabled()) {
        till.orderService = *m_options.demoService;
        if (auto saved = till.save(m_host->configPath()); !saved)
            return makeError(ErrorCode::StorageFailed, saved.error().detail);
    }
    if (auto taken = m_host->takeTill(); !taken)
        return taken;
    // Which sale each order is: receipt links outlive a restart.
    const QString ordersPath = QDir(m_host->tillFolder()).filePath(u"weborders.sqlite"_s);
    auto orders = webshop::WebOrderStore::open(ordersPath);
    if (!orders)
        return makeError(ErrorCode::StorageFailed,
                         tr("The webshop's order file %1 cannot be opened: %2")
                             .arg(ordersPath, describe(orders.error(), true)));
    m_orders = std::move(orders).value();
    if (auto connected = m_host->connectSeqr(); !connected)
        return connected;

    const webshop::WebShopSettings settings = shopSettings(till);
    m_shop = std::make_unique<webshop::WebShop>(m_options.catalog, m_host->client(),
                                                m_host->journal(), settings);
    m_shop->setOrderStore(m_orders.get());
    m_shop->setRegistered(till.isRegistered());
    m_shop->setBlocked(m_host->paymentRefusal());
    connect(m_host.get(), &TillHost::paymentRefusalChanged, m_shop.get(),
            [this] { m_shop->setBlocked(m_host->paymentRefusal()); });
    connect(m_host.get(), &TillHost::tillChanged, m_shop.get(),
            [this] { m_shop->setRegistered(m_host->till().isRegistered()); });
    // A checkout page (re)connected while recovery runs is told the moment
    // the outcome is journaled; it then asks for the order, read from the journal.
    connect(m_host.get(), &TillHost::paymentSettled, m_shop.get(),
            &webshop::WebShop::handleSaleJournaled);
    connect(m_host.get(), &TillHost::recoveryFinished, this,
            [](const QList<PaymentRecovery::Outcome> &outcomes) {
                for (const auto &o : outcomes)
                    qCInfo(lcTerminal).noquote() << "recovered" << o.invoiceReference
                                                 << paymentStateName(o.state) << o.ersReference;
            });
    // A paid order reaches the shop database at once, not at the next look.
    connect(m_shop.get(), &webshop::WebShop::orderChanged, m_host.get(),
            [this](const QString &orderId) {
                const webshop::WebOrder *o = m_shop->order(orderId);
                if (o && o->state == webshop::WebOrder::State::Paid)
                    m_host->syncShopDatabase();
            });
    connect(m_host.get(), &TillHost::ready, this, &WebShopTill::becomeReady);
    return openOrderService();
}

void WebShopTill::start()
{
    m_host->start();
}

Status WebShopTill::openOrderService()
{
    TillConfig &till = m_host->till();
    if (!till.orderService.isEnabled())
        return Ok{};
    if (till.orderService.feedKey.isEmpty()) {
        // Tills present this key to receive the paid orders (orderFeed.key).
        till.orderService.feedKey = generateTerminalPassword(32);
        if (auto saved = till.save(m_host->configPath()); !saved)
            return makeError(ErrorCode::StorageFailed, saved.error().detail);
    }
    const QString path = QDir(m_host->tillFolder()).filePath(u"serviceorders.sqlite"_s);
    auto book = ordering::OrderBook::open(path);
    if (!book)
        return makeError(
            ErrorCode::StorageFailed,
            tr("The order book %1 cannot be opened: %2").arg(path, book.error().detail));
    m_orderBook = std::move(book).value();
    m_orderService =
        std::make_unique<ordering::OrderService>(m_shop.get(), m_orderBook.get(), till.orderService,
                                                 ordering::clientSessionLookup(m_host->client()));
    qCInfo(lcTerminal).noquote() << "scan to order: service" << till.orderService.serviceId;
    return Ok{};
}

void WebShopTill::becomeReady()
{
    if (m_orderService)
        m_orderService->reconcile();
    Q_EMIT ready();
}

} // namespace kassa
