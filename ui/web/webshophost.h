#pragma once

#include "core/catalog/catalog.h"
#include "core/journal/journal.h"
#include "core/ordering/orderbook.h"
#include "core/ordering/orderservice.h"
#include "core/seqr/seqrclient.h"
#include "core/shopdb/shopsync.h"
#include "core/terminal/terminalservice.h"
#include "core/terminal/tillconfig.h"
#include "core/webshop/webshop.h"
#include "ui/web/webserver.h"

#include <QLockFile>
#include <QObject>

#include <memory>
#include <optional>

namespace kassa::web {

struct WebShopHostOptions
{
    QString configPath;                  // the webshop's own till configuration (0600 JSON)
    QString endpoint;                    // overrides the configuration's SEQR endpoint
    catalog::Catalog *catalog = nullptr; // the shop's catalog (shared with a till)
    // The catalog's file: with a shop database configured, the shop's
    // catalog is kept in it (ShopSync's local copy); empty: not refreshed.
    QString catalogPath;
    shopdb::ShopSyncOptions shopSync; // with a shop database (its catalogPath is set from above)
    webshop::WebShopSettings settings;
    bool publicUrlGiven = false; // else http://<listen address>:<port>/
    WebServerOptions server;
    bool freePortIfTaken = false; // demo: any free port when server.port is taken
    // Where the journal goes when the configuration names none (written into
    // it); empty: defaultJournalPath().
    QString journalPath;
    // Demo only: register the webshop's terminal with these reseller
    // credentials when the configuration has none yet.
    std::optional<seqr::Credentials> registerWith;
    QString registerSeqrId;
    QString registerName;
    // Demo only: the order service to configure when the configuration has
    // none yet (saved into it).
    std::optional<ordering::OrderServiceConfig> demoService;
};

// Everything kassa-web is, built and wired (for app/kassa-web and for
// `kassa --demo`): its till configuration and journal (Kassa's journal
// format, a lock beside it: one process per till), a SeqrClient with its
// terminal credentials, the WebShop and its WebServer. At start it finishes
// payments a previous run left in flight before it takes new checkouts
// (the shop answers "try again in a moment" meanwhile).
class WebShopHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebShopHost)

public:
    explicit WebShopHost(WebShopHostOptions options, QObject *parent = nullptr);
    ~WebShopHost() override;

    // Opens files and listens; an error is a sentence for a person. The
    // rest (registration in demo, recovery) follows and ends in ready().
    Status start();

    webshop::WebShop *shop() const { return m_shop.get(); }
    WebServer *server() const { return m_server.get(); }
    journal::Journal *journal() const { return m_journal.get(); }
    // Scan to order, when the configuration names a service (orderService).
    ordering::OrderService *orderService() const { return m_orderService.get(); }
    const TillConfig &till() const { return m_till; }
    QString journalPath() const { return m_journalPath; }
    QUrl shopUrl() const;
    bool isReady() const { return m_ready; }
    // Sends the webshop's sales, refunds and periods to the shop database
    // (kind "web") when the configuration names one; else null.
    shopdb::ShopSync *shopSync() const { return m_shopSync.get(); }

    // Where kassa-web keeps its journal unless its configuration says:
    // ~/.local/share/kassa/webshop/journal.sqlite.
    static QString defaultJournalPath();
    // ~/.config/kassa/webshop.json
    static QString defaultConfigPath();

Q_SIGNALS:
    void ready();
    // Something a person should know (registration failed…), in English.
    void problem(const QString &text);

private:
    void startShopSync();
    void registerTerminal();
    void recover();
    void becomeReady();
    Status openOrderService();

    WebShopHostOptions m_options;
    TillConfig m_till;
    QString m_journalPath;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<webshop::WebOrderStore> m_orders; // before m_shop: outlives it
    std::unique_ptr<seqr::SeqrClient> m_client;
    std::unique_ptr<TerminalService> m_terminal;
    std::unique_ptr<webshop::WebShop> m_shop;
    std::unique_ptr<ordering::OrderBook> m_orderBook;
    std::unique_ptr<ordering::OrderService> m_orderService;
    std::unique_ptr<WebServer> m_server;
    std::unique_ptr<shopdb::ShopSync> m_shopSync;
    bool m_ready = false;
};

} // namespace kassa::web
