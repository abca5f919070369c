#pragma once

#include "core/catalog/catalog.h"
#include "core/journal/journal.h"
#include "core/terminal/webshoptill.h"
#include "ui/web/webserver.h"

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

// kassa-web as one object (for app/kassa-web and for `kassa --demo`): the
// webshop's till (core's WebShopTill: configuration, lock, journal, SEQR,
// recovery, the shop and scan to order) served by a WebServer on its port —
// or, for the demo, any free port when that one is taken.
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

    webshop::WebShop *shop() const { return m_till->shop(); }
    WebServer *server() const { return m_server.get(); }
    journal::Journal *journal() const { return m_till->host()->journal(); }
    // Scan to order, when the configuration names a service (orderService).
    ordering::OrderService *orderService() const { return m_till->orderService(); }
    const TillConfig &till() const { return m_till->host()->till(); }
    QString journalPath() const { return m_till->host()->journalPath(); }
    QUrl shopUrl() const;
    bool isReady() const { return m_ready; }
    // Sends the webshop's sales, refunds and periods to the shop database
    // (kind "web") when the configuration names one; else null.
    shopdb::ShopSync *shopSync() const { return m_till->host()->shopSync(); }

    static QString defaultJournalPath() { return WebShopTill::defaultJournalPath(); }
    static QString defaultConfigPath() { return WebShopTill::defaultConfigPath(); }

Q_SIGNALS:
    void ready();
    // Something a person should know (registration failed…), in English.
    void problem(const QString &text);

private:
    Status listen();

    WebShopHostOptions m_options;
    std::unique_ptr<WebShopTill> m_till;
    std::unique_ptr<WebServer> m_server;
    bool m_ready = false;
};

} // namespace kassa::web
