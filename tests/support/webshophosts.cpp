#include "tests/support/webshophosts.h"

#include "sandbox/sandboxservice.h"
#include "tests/support/sandboxfixture.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kassa::test {

QString prepareShop(std::unique_ptr<SandboxFixture> &sandbox, std::unique_ptr<QTemporaryDir> &dir,
                    std::unique_ptr<catalog::Catalog> &catalog,
                    const sandbox::SandboxOptions &options)
{
    sandbox = std::make_unique<SandboxFixture>(options);
    if (!sandbox->isRunning())
        return u"the sandbox did not start: "_s + sandbox->error();
    dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return u"no scratch folder"_s;
    catalog = demoCatalog(dir->filePath(u"catalog.sqlite"_s));
    return catalog ? QString() : u"no demo catalog"_s;
}

web::WebShopHostOptions cafeHostOptions(const QString &dir, const SandboxFixture &sandbox,
                                        catalog::Catalog *catalog, int tables)
{
    web::WebShopHostOptions options;
    options.configPath = QDir(dir).filePath(u"webshop.json"_s);
    options.journalPath = QDir(dir).filePath(u"webshop/journal.sqlite"_s);
    options.endpoint = sandbox.soapUrl().toString();
    options.catalog = catalog;
    options.settings.shopName = u"Kafé Kassa"_s;
    options.server.port = 0;
    options.registerWith = SandboxFixture::reseller();
    options.registerSeqrId = u"KAFE1"_s;
    options.registerName = u"Kafé"_s;
    ordering::OrderServiceConfig service;
    service.serviceId = u"KASSACAFE"_s;
    service.codes = ordering::OrderServiceConfig::tables(tables);
    options.demoService = service;
    return options;
}

std::unique_ptr<web::WebShopHost> startedHost(const web::WebShopHostOptions &options,
                                              SandboxFixture &sandbox, int timeoutMs)
{
    auto host = std::make_unique<web::WebShopHost>(options);
    if (auto started = host->start(); !started) {
        qWarning().noquote() << "kassa-web did not start:" << started.error().detail;
        return nullptr;
    }
    if (!QTest::qWaitFor([&] { return host->isReady() && host->till().isRegistered(); },
                         timeoutMs)) {
        qWarning().noquote() << "kassa-web's till was not ready and registered in time";
        return nullptr;
    }
    if (!host->orderService())
        return host;
    const QUrl base = host->shopUrl().resolved(QUrl(u"/service"_s));
    const QString serviceId = host->orderService()->config().serviceId;
    if (!sandbox.service().registerService(
            sandbox::ExternalService::fromBaseUrl(serviceId, base))) {
        qWarning().noquote() << "the sandbox did not take the service" << serviceId;
        return nullptr;
    }
    return host;
}

} // namespace kassa::test
