#pragma once

#include "tests/support/scratchfiles.h"
#include "ui/web/webshophost.h"

#include "sandbox/sandboxservice.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

class SandboxFixture;

namespace kassa::catalog {
class Catalog;
}

// kassa-web as the end-to-end tests run it in-process (a WebShopHost against
// a SandboxFixture), written once.
namespace kassa::test {

// What a kassa-web test starts from: a seqr-sandbox (`options`), a scratch
// folder, and the demo catalog in it (catalog.sqlite). Empty, or what went
// wrong.
QString prepareShop(std::unique_ptr<SandboxFixture> &sandbox, std::unique_ptr<QTemporaryDir> &dir,
                    std::unique_ptr<catalog::Catalog> &catalog,
                    const sandbox::SandboxOptions &options = {});

// kassa-web's options as a café runs it: its files in `dir`
// (webshop.json, webshop/journal.sqlite), SEQR the sandbox, the shop
// "Kafé Kassa" on a free port, its till KAFE1 ("Kafé") registered at start
// with the sandbox's shop account, and the order service KASSACAFE with
// tables 1 to `tables`.
web::WebShopHostOptions cafeHostOptions(const QString &dir, const SandboxFixture &sandbox,
                                        catalog::Catalog *catalog, int tables = 8);

// A host made from `options` and started: ready, its till registered, and
// its order service (when it has one) known to the sandbox's SEQR app by its
// base URL (…/service). Null, with a warning saying why, when not within
// `timeoutMs`.
std::unique_ptr<web::WebShopHost> startedHost(const web::WebShopHostOptions &options,
                                              SandboxFixture &sandbox, int timeoutMs = 30000);

} // namespace kassa::test
