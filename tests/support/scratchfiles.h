#pragma once

#include <QString>

#include <memory>

namespace kassa::journal {
class Journal;
}
namespace kassa::catalog {
class Catalog;
}

// A test's own files, opened once here: each null (with a warning saying
// why) when it cannot be opened.
namespace kassa::test {

std::unique_ptr<journal::Journal> openJournal(const QString &path);
std::unique_ptr<catalog::Catalog> openCatalog(const QString &path);
// The demo catalog (resources/catalog/demo-catalog.csv, 200 products)
// imported into a catalog at `path`.
std::unique_ptr<catalog::Catalog> demoCatalog(const QString &path);

} // namespace kassa::test
