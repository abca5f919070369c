#include "core/reconciliation/reconciliation.h"
#include "core/shopdb/shopdatabase.h"
#include "core/shopdb/shopendofday.h"
#include "tests/bench/benchoptions.h"
#include "tests/bench/benchshopdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace kassa;
using namespace kassa::shopdb;
using namespace Qt::StringLiterals;

// The shop's end of day from the shop database (issue 17's target: ≤ 1 s
// over 100,000 sales): a throw-away PostgreSQL (tests/support), --tills
// terminals' SEQR sales delivered as ShopSync delivers them, then SEQR's shop
// report of the same size matched against them (reconcileShop) and the
// shop's Z report (shopZReport) — median and max of --rounds runs.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto [salesCount, tills, rounds] =
        readBenchCounts({{u"sales"_s, u"Sales in the day."_s, 100000},
                         {u"tills"_s, u"Terminals they are spread over."_s, 4},
                         {u"rounds"_s, u"End-of-day runs measured."_s, 5}});

    BenchShopDatabase database;
    if (!database.open("bench_shopendofday"))
        return 2;
    ShopDatabase &shop = database.shop();

    const Currency sek = Currency::sek();
    const QDateTime dayStart = QDateTime::currentDateTimeUtc().addSecs(-10 * 3600);
    ReconciliationReport report;
    report.rows.reserve(salesCount);
    QElapsedTimer loading;
    loading.start();
    for (int t = 0; t < tills; ++t) {
        const QString terminalId = u"T"_s + QString::number(t + 1);
        const TillIdentity till{u"till-"_s + terminalId, terminalId, u"Kassa "_s + terminalId,
                                u"till"_s};
        const int perTill = salesCount / tills + (t < salesCount % tills ? 1 : 0);
        QList<ShopRecord> batch;
        for (int n = 1; n <= perTill; ++n) {
            const qint64 minor = 1000 + (n * 37 + t) % 50000;
            journal::Sale sale;
            sale.id = n;
            sale.receiptNumber = n;
            sale.status = journal::SaleStatus::Completed;
            sale.createdAt = dayStart.addMSecs(qint64(n) * 36000000 / perTill);
            sale.completedAt = sale.createdAt.addSecs(5);
            sale.cashierId = u"anna"_s;
            sale.total = Money(minor, sek);
            sale.rows = {journal::SaleRow{u"Ost"_s,
                                          {},
                                          {},
                                          Decimal::fromInteger(1),
                                          u"st"_s,
                                          Money(minor, sek),
                                          Money(minor, sek),
                                          Decimal::fromInteger(12)}};
            const qint64 vat = (minor * 12 + 56) / 112;
            sale.vat = {VatLine{Decimal::fromInteger(12), Money(minor, sek), Money(vat, sek),
                                Money(minor - vat, sek)}};
            const QString ers = terminalId + u'-' + QString::number(n);
            sale.tenders = {journal::Tender{journal::TenderKind::Seqr,
                                            Money(minor, sek),
                                            u"INV-"_s + ers,
                                            ers,
                                            sale.completedAt,
                                            {}}};
            batch.append(ShopRecord{n, journal::OutboxEntry::Kind::Sale, sale, {}, {}});
            report.rows.append(
                ReconciliationReport::Row{{{u"TerminalId"_s, terminalId},
                                           {u"ErsReference"_s, ers},
                                           {u"SalesAmount"_s, Money(minor, sek).toDecimalString()},
                                           {u"Type"_s, u"PAYMENT"_s}}});
            if (batch.size() == 1000 || n == perTill) {
                if (auto sent = shop.deliver(till, batch, perTill); !sent) {
                    std::fprintf(stderr, "bench_shopendofday: deliver: %s\n",
                                 qPrintable(sent.error().detail));
                    return 2;
                }
                batch.clear();
            }
        }
    }
    std::printf("loaded %d sales of %d terminals in %.1f s\n", salesCount, tills,
                loading.elapsed() / 1000.0);

    const QDateTime dayEnd = QDateTime::currentDateTimeUtc().addSecs(60);
    std::vector<double> ms, reconcileMs;
    bool correct = true;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer clock;
        clock.start();
        auto reconciliation = reconcileShop(shop, report, dayStart, dayEnd, sek);
        reconcileMs.push_back(clock.nsecsElapsed() / 1e6);
        auto z = reconciliation ? shopZReport(shop, dayStart, dayEnd, sek, {}, &*reconciliation)
                                : Result<ZReport>(reconciliation.error());
        ms.push_back(clock.nsecsElapsed() / 1e6);
        if (!reconciliation || !z || !reconciliation->isClean() || z->salesCount != salesCount) {
            std::fprintf(stderr, "bench_shopendofday: wrong result: %s\n",
                         !reconciliation ? qPrintable(reconciliation.error().detail)
                         : !z            ? qPrintable(z.error().detail)
                                         : "not clean or wrong count");
            correct = false;
        }
    }
    // Where the time goes, one part at a time (median of the same rounds).
    std::vector<double> readMs, matchMs, figuresMs;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer clock;
        clock.start();
        auto movements = shop.seqrMovements(dayStart, dayEnd, {});
        readMs.push_back(clock.nsecsElapsed() / 1e6);
        clock.restart();
        if (movements)
            (void)reconcile(report, *movements, {}, sek);
        matchMs.push_back(clock.nsecsElapsed() / 1e6);
        clock.restart();
        (void)shop.salesFigures(dayStart, dayEnd, sek, {});
        figuresMs.push_back(clock.nsecsElapsed() / 1e6);
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("  parts: reading the movements %.0f ms, matching %.0f ms, the Z report's"
                " sums %.0f ms\n",
                median(readMs), median(matchMs), median(figuresMs));
    std::sort(ms.begin(), ms.end());
    std::sort(reconcileMs.begin(), reconcileMs.end());
    std::printf("  of which reconcileShop: median %.0f ms; shopZReport the rest\n",
                reconcileMs[reconcileMs.size() / 2]);
    const bool ok = correct && ms.back() <= 1000.0;
    std::printf("shop end of day over %d sales (reconcile + Z report): median %.0f ms, max %.0f ms"
                "  (target <= 1000 ms)  %s\n",
                salesCount, median(ms), ms.back(), ok ? "ok" : "MISSED");
    return ok ? 0 : 1;
}
