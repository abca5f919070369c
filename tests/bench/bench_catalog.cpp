// Barcode look-up in a 100,000-product catalog (target <= 1 ms), and the
// time to import it from CSV.
#include "core/catalog/catalog.h"
#include "tests/bench/benchtimer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace kassa;
using namespace Qt::StringLiterals;

namespace {

QString ean13(qint64 body)
{
    QString code = QString::number(7300000000000LL / 10 + body).left(12);
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (i % 2 == 1 ? 3 : 1) * (code[i].unicode() - u'0');
    return code + QString::number((10 - sum % 10) % 10);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int kProducts = 100000;
    QTemporaryDir dir;
    auto opened = catalog::Catalog::open(dir.filePath(u"catalog.sqlite"_s));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().detail));
        return 1;
    }
    auto catalog = std::move(opened).value();
    QByteArray csv = "ean,sku,name,price,vat,unit\n";
    QStringList eans;
    for (int i = 0; i < kProducts; ++i) {
        const QString ean = ean13(i * 7 + 1);
        eans.append(ean);
        csv += ean.toLatin1() + ",K" + QByteArray::number(i) + ",Product " + QByteArray::number(i) +
               "," + QByteArray::number(1 + i % 500) + ".90," + (i % 3 == 0 ? "25" : "12") +
               (i % 50 == 0 ? ",kg\n" : ",\n");
    }
    QElapsedTimer timer;
    timer.start();
    const auto imported = catalog->importCsv(csv, Currency::sek());
    if (!imported || imported->imported != kProducts) {
        std::fprintf(stderr, "import failed\n");
        return 1;
    }
    std::printf("import of %d products from CSV            %10.0f ms\n", kProducts,
                double(timer.elapsed()));
    auto *random = QRandomGenerator::global();
    int found = 0;
    const bool lookupOk = benchmark("barcode look-up in 100,000 products", 1000, 1000, 15, [&] {
        found += catalog->findByEan(eans[random->bounded(kProducts)]) ? 1 : 0;
    });
    const bool missOk = benchmark("unknown barcode in 100,000 products", 1000, 1000, 15,
                                  [&] { found += catalog->findByEan(u"0000000000000"_s) ? 1 : 0; });
    return lookupOk && missOk && found > 0 ? 0 : 2;
}
