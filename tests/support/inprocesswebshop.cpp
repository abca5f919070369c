#include "tests/support/inprocesswebshop.h"

#include "core/catalog/catalog.h"
#include "core/journal/journal.h"
#include "core/seqr/seqrclient.h"
#include "core/webshop/weborderstore.h"
#include "tests/support/scratchfiles.h"
#include "ui/web/webserver.h"

using namespace kassa;
using namespace Qt::StringLiterals;

InProcessWebShop::InProcessWebShop() = default;
InProcessWebShop::~InProcessWebShop() = default;

bool InProcessWebShop::start(std::unique_ptr<seqr::SeqrClient> client,
                             webshop::WebShopSettings settings)
{
    m_client = std::move(client);
    if (!m_client)
        return false;
    m_journal = test::openJournal(path(u"journal.sqlite"_s));
    m_catalog = test::demoCatalog(path(u"catalog.sqlite"_s));
    if (!m_journal || !m_catalog)
        return false;
    settings.shopName = u"Lilla Livs"_s;
    m_shop = std::make_unique<webshop::WebShop>(m_catalog.get(), m_client.get(), m_journal.get(),
                                                settings);
    web::WebServerOptions options;
    options.port = 0;
    m_server = std::make_unique<web::WebServer>(m_shop.get(), options);
    return m_server->start();
}

bool InProcessWebShop::keepOrders()
{
    auto store = webshop::WebOrderStore::open(path(u"weborders.sqlite"_s));
    if (!store)
        return false;
    m_store = std::move(store).value();
    m_shop->setOrderStore(m_store.get());
    return true;
}

quint16 InProcessWebShop::port() const
{
    return m_server->port();
}

QString InProcessWebShop::url(const QString &path) const
{
    return u"http://127.0.0.1:"_s + QString::number(port()) + path;
}
