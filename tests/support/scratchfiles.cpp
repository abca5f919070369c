#include "tests/support/scratchfiles.h"

#include "core/catalog/catalog.h"
#include "core/journal/journal.h"

#include <QDebug>

using namespace Qt::StringLiterals;

namespace kassa::test {

std::unique_ptr<journal::Journal> openJournal(const QString &path)
{
    auto journal = journal::Journal::open(path);
    if (!journal) {
        qWarning().noquote() << "the journal" << path
                             << "cannot be opened:" << journal.error().detail;
        return nullptr;
    }
    return std::move(journal).value();
}

std::unique_ptr<catalog::Catalog> openCatalog(const QString &path)
{
    auto catalog = catalog::Catalog::open(path);
    if (!catalog) {
        qWarning().noquote() << "the catalog" << path
                             << "cannot be opened:" << catalog.error().detail;
        return nullptr;
    }
    return std::move(catalog).value();
}

std::unique_ptr<catalog::Catalog> demoCatalog(const QString &path)
{
    auto catalog = openCatalog(path);
    if (catalog && !catalog->importCsvFile(u":/catalog/demo-catalog.csv"_s, Currency::sek())) {
        qWarning().noquote() << "the demo catalog cannot be imported";
        return nullptr;
    }
    return catalog;
}

} // namespace kassa::test
