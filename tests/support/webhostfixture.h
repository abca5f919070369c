#pragma once

#include "tests/support/sandboxfixture.h"
#include "tests/support/webshophosts.h"
#include "ui/web/webshophost.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace kassa::catalog {
class Catalog;
}

namespace kassa::test {

// kassa-web in-process as one end-to-end test runs it: prepareShop()'s
// sandbox, scratch folder and demo catalog, and the host the test starts on
// them (null until then). Torn down host first, the folder last.
struct WebHostFixture
{
    explicit WebHostFixture(const sandbox::SandboxOptions &options = {});
    ~WebHostFixture();

    // cafeHostOptions() for this sandbox, catalog and folder.
    web::WebShopHostOptions cafeOptions(int tables = 8) const;
    // startedHost() of `options` as the host; false when it did not start.
    bool start(const web::WebShopHostOptions &options);

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<catalog::Catalog> catalog;
    std::unique_ptr<web::WebShopHost> host;
    // Empty when ready, else what went wrong (for QVERIFY2).
    QString problem;
};

} // namespace kassa::test
