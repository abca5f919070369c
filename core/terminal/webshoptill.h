#pragma once

#include "core/ordering/orderbook.h"
#include "core/ordering/orderservice.h"
#include "core/terminal/tillhost.h"
#include "core/webshop/weborderstore.h"
#include "core/webshop/webshop.h"

#include <QObject>

#include <memory>
#include <optional>

namespace kassa::catalog {
class Catalog;
}

namespace kassa {

struct WebShopTillOptions
{
    // The webshop's own till: its configuration, its journal (written into
    // the configuration when it names none), kind "web" at the shop database.
    TillHostOptions host;
    catalog::Catalog *catalog = nullptr; // the shop's catalog (shared with a till)
    webshop::WebShopSettings settings;
    // Demo only: the order service to configure when the configuration has
    // none yet (saved into it).
    std::optional<ordering::OrderServiceConfig> demoService;
};

// The webshop as a till (kassa-web, and beside the demo till): a TillHost
// with the shop on it — the web orders' file beside the journal (receipt
// links outlive a restart), the WebShop refusing checkouts until the till
// has started ("try again in a moment"), scan to order when the
// configuration names a service (its feed key made and saved, its order
// book, SEQR asked about each TOKEN) and reconciled once started, and every
// paid order sent to the shop database at once. The web server (ui/web)
// serves it.
class WebShopTill final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebShopTill)

public:
    explicit WebShopTill(WebShopTillOptions options, QObject *parent = nullptr);
    ~WebShopTill() override;

    // Opens the files and builds the shop; an error is a sentence for a person.
    Status open();
    // Registration (demo), recovery…; ready() follows.
    void start();

    TillHost *host() const { return m_host.get(); }
    webshop::WebShop *shop() const { return m_shop.get(); }
    // Scan to order, when the configuration names a service; else null.
    ordering::OrderService *orderService() const { return m_orderService.get(); }

    // Where kassa-web keeps its journal unless its configuration says:
    // ~/.local/share/kassa/webshop/journal.sqlite.
    static QString defaultJournalPath();
    // ~/.config/kassa/webshop.json
    static QString defaultConfigPath();

Q_SIGNALS:
    void ready();

private:
    webshop::WebShopSettings shopSettings(const TillConfig &till) const;
    Status openOrderService();
    void becomeReady();

    WebShopTillOptions m_options;
    std::unique_ptr<TillHost> m_host;
    std::unique_ptr<webshop::WebOrderStore> m_orders; // before m_shop: outlives it
    std::unique_ptr<webshop::WebShop> m_shop;
    std::unique_ptr<ordering::OrderBook> m_orderBook;
    std::unique_ptr<ordering::OrderService> m_orderService;
};

} // namespace kassa
