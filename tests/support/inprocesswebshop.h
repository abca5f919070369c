#pragma once

#include "core/webshop/webshop.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace kassa {
namespace catalog {
class Catalog;
}
namespace journal {
class Journal;
}
namespace seqr {
class SeqrClient;
}
namespace web {
class WebServer;
}
namespace webshop {
class WebOrderStore;
}
} // namespace kassa

// kassa-web's parts in the test's (or benchmark's) own process, wired as
// kassa-web wires them: its SEQR client, the shop's journal and the demo
// catalog in a scratch folder, a WebShop named "Lilla Livs" that takes
// payments through that client, and its WebServer on a free loopback port.
// Torn down in the reverse order, the server first.
class InProcessWebShop
{
public:
    InProcessWebShop();
    ~InProcessWebShop();

    // Opens the files and starts the shop with `settings` (its name set
    // here) paying through `client` (registered with SEQR as the shop's
    // terminal); false when there is no client, a file did not open or the
    // server did not start.
    bool start(std::unique_ptr<kassa::seqr::SeqrClient> client,
               kassa::webshop::WebShopSettings settings);
    // From now on the shop keeps its web orders in weborders.sqlite in the
    // folder, as kassa-web does; false when that did not open.
    bool keepOrders();

    // A file in the scratch folder.
    QString path(const QString &name) const { return m_dir.filePath(name); }
    kassa::journal::Journal &journal() { return *m_journal; }
    kassa::webshop::WebShop &shop() { return *m_shop; }
    kassa::webshop::WebOrderStore *orderStore() { return m_store.get(); }
    quint16 port() const;
    // http://127.0.0.1:<port> and `path`.
    QString url(const QString &path = {}) const;

private:
    std::unique_ptr<kassa::seqr::SeqrClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<kassa::journal::Journal> m_journal;
    std::unique_ptr<kassa::catalog::Catalog> m_catalog;
    std::unique_ptr<kassa::webshop::WebOrderStore> m_store; // outlives the shop
    std::unique_ptr<kassa::webshop::WebShop> m_shop;
    std::unique_ptr<kassa::web::WebServer> m_server;
};
