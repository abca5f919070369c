#include "tests/support/webhostfixture.h"

#include "core/catalog/catalog.h"

namespace kassa::test {

WebHostFixture::WebHostFixture(const sandbox::SandboxOptions &options)
{
    problem = prepareShop(sandbox, dir, catalog, options);
}

WebHostFixture::~WebHostFixture() = default;

web::WebShopHostOptions WebHostFixture::cafeOptions(int tables) const
{
    return cafeHostOptions(dir->path(), *sandbox, catalog.get(), tables);
}

bool WebHostFixture::start(const web::WebShopHostOptions &options)
{
    host = startedHost(options, *sandbox);
    return host != nullptr;
}

} // namespace kassa::test
