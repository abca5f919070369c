#include "tests/support/scratchfiles.h"

#include "core/catalog/catalog.h"
#include "core/journal/journal.h"

#include <QDebug>

using namespace Qt::StringLiterals;

namespace kassa::test {

namespace {

template<class T>
std::unique_ptr<T> openedOrSaid(Result<std::unique_ptr<T>> opened, const char *what,
                                const QString &path)
{
    if (!opened) {
        qWarning().noquote() << what << path << "cannot be opened:" << opened.error().detail;
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace

std::unique_ptr<journal::Journal> openJournal(const QString &path)
{
    return openedOrSaid(journal::Journal::open(path), "the journal", path);
}

std::unique_ptr<catalog::Catalog> openCatalog(const QString &path)
{
    return openedOrSaid(catalog::Catalog::open(path), "the catalog", path);
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
