#pragma once

#include "core/catalog/catalog.h"
#include "core/journal/journal.h"
#include "core/webshop/webshop.h"
#include "tests/support/scratchfiles.h"
#include "ui/web/webserver.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// kassa-web's parts in the bench's own process, as kassa-web wires them: the
// shop's files in a scratch folder (its journal and the demo catalog), a
// WebShop named "Lilla Livs" paying through a SEQR client, and its
// WebServer on a free loopback port.
class BenchWebShop
{
public:
    // False when a file could not be opened or the server not started.
    bool start(kassa::seqr::SeqrClient *client, kassa::webshop::WebShopSettings settings)
    {
        m_journal = kassa::test::openJournal(m_dir.filePath(QStringLiteral("journal.sqlite")));
        m_catalog = kassa::test::demoCatalog(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        if (!m_journal || !m_catalog)
            return false;
        settings.shopName = QStringLiteral("Lilla Livs");
        m_shop = std::make_unique<kassa::webshop::WebShop>(m_catalog.get(), client, m_journal.get(),
                                                           settings);
        kassa::web::WebServerOptions options;
        options.port = 0;
        m_server = std::make_unique<kassa::web::WebServer>(m_shop.get(), options);
        return m_server->start();
    }

    kassa::webshop::WebShop &shop() { return *m_shop; }
    quint16 port() const { return m_server->port(); }
    // http://127.0.0.1:<port>
    QString base() const { return QStringLiteral("http://127.0.0.1:") + QString::number(port()); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<kassa::journal::Journal> m_journal;
    std::unique_ptr<kassa::catalog::Catalog> m_catalog;
    std::unique_ptr<kassa::webshop::WebShop> m_shop;
    std::unique_ptr<kassa::web::WebServer> m_server;
};
