#include "core/catalog/catalog.h"
#include "core/journal/journal.h"
#include "core/ordering/orderbook.h"
#include "core/ordering/orderfeedclient.h"
#include "core/ordering/orderqueue.h"
#include "core/ordering/orderservice.h"
#include "core/seqr/seqrclient.h"
#include "core/webshop/weborderstore.h"
#include "core/webshop/webshop.h"
#include "tests/support/freeport.h"
#include "tests/support/scratchfiles.h"
#include "ui/web/webserver.h"

#include <QPointer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace kassa;
using namespace kassa::ordering;
using namespace Qt::StringLiterals;

// Scan to order's way to the till: kassa-web's order book and its
// WebSocket feed, with real tills' OrderQueues over loopback — a paid
// order reaches every till at once, a till that was offline or restarted
// gets what it missed, "handed over" on one till clears it on the others,
// kassa-web restarted keeps its orders (and brings in a payment its journal
// finished while the book still had the order open, and one whose invoice
// went out just before a crash, before the book heard of it — of any age),
// a wrong key gets nothing.
class TestOrderFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void paidOrderReachesEveryTillAndHandOverClearsIt();
    void tillOfflineOrRestartedGetsWhatItMissed();
    void kassaWebRestartKeepsOrdersAndReconcilesTheJournal();
    void wrongKeyGetsNothing();
    void crashBeforeTheBookHeardStillReachesTheTill();
    void oldUnhandedOrdersAreRebuiltHandedOverOnesAreNot();
    void olderWebOrdersGainAPlace();
    void tillFollowsKassaWebToAnotherPort();

private:
    struct Till
    {
        std::unique_ptr<OrderQueue> queue;
        std::unique_ptr<ordering::OrderFeedClient> client;
    };
    void startServer();
    void stopServer();
    // kassa-web as a new process: the shop's memory gone, its files kept.
    void restartShop();
    Till till(const QString &key = {});
    // A sale paid by SEQR in the journal, its order open in the book first.
    qint64 paidSale(const QString &place, const QString &what, bool tellTheBook = true);
    // The journal's times of `sales` set `days` back, as if sold then.
    void backdate(const QList<qint64> &sales, int days);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<seqr::SeqrClient> m_seqr;
    std::unique_ptr<webshop::WebOrderStore> m_store;
    std::unique_ptr<webshop::WebShop> m_shop;
    std::unique_ptr<OrderBook> m_book;
    std::unique_ptr<OrderService> m_service;
    std::unique_ptr<web::WebServer> m_server;
    quint16 m_port = 0;
    std::vector<QPointer<ordering::OrderFeedClient>> m_tills;
    int m_invoice = 0;
    const QString m_key = u"feed-key-0123456789abcdef0123456789"_s;
};

void TestOrderFeed::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = test::openJournal(m_dir->filePath(u"journal.sqlite"_s));
    QVERIFY(m_journal);
    m_catalog = test::openCatalog(m_dir->filePath(u"catalog.sqlite"_s));
    QVERIFY(m_catalog);
    // Never called here: SEQR's part is tested through the pages.
    m_seqr = std::make_unique<seqr::SeqrClient>(
        seqr::SeqrClientConfig{QUrl(test::freePortBase() + u"/"_s)});
    m_port = 0;
    m_tills.clear();
    restartShop();
}

void TestOrderFeed::restartShop()
{
    stopServer();
    m_shop.reset();
    m_store.reset();
    auto store = webshop::WebOrderStore::open(m_dir->filePath(u"weborders.sqlite"_s));
    QVERIFY(store);
    m_store = std::move(store).value();
    m_shop = std::make_unique<webshop::WebShop>(m_catalog.get(), m_seqr.get(), m_journal.get(),
                                                webshop::WebShopSettings{});
    m_shop->setOrderStore(m_store.get());
    startServer();
}

void TestOrderFeed::cleanup()
{
    stopServer();
    m_shop.reset();
    m_store.reset();
    m_seqr.reset();
    m_catalog.reset();
    m_journal.reset();
    m_dir.reset();
}

void TestOrderFeed::startServer()
{
    auto book = OrderBook::open(m_dir->filePath(u"orders.sqlite"_s));
    QVERIFY(book);
    m_book = std::move(book).value();
    OrderServiceConfig config;
    config.serviceId = u"KASSACAFE"_s;
    config.feedKey = m_key;
    m_service = std::make_unique<OrderService>(
        m_shop.get(), m_book.get(), config,
        [](const QString &, std::function<void(const ClientSession &)>) {});
    m_service->reconcile();
    web::WebServerOptions options;
    options.port = m_port; // the same port again after a restart
    m_server = std::make_unique<web::WebServer>(m_shop.get(), options);
    m_server->setOrderService(m_service.get());
    if (!m_server->start() && m_port != 0) {
        // Another process (ctest -j2) took the port meanwhile: kassa-web
        // moves to another one and the tills are told, as a shop would
        // change the tills' settings.
        qInfo() << "port" << m_port << "taken: moving the tills";
        options.port = 0;
        m_server = std::make_unique<web::WebServer>(m_shop.get(), options);
        m_server->setOrderService(m_service.get());
        QVERIFY(m_server->start());
        m_port = m_server->port();
        for (const auto &client : m_tills) {
            if (client)
                client->setConfig(OrderFeedConfig{u"http://127.0.0.1:%1/"_s.arg(m_port), m_key});
        }
    }
    QVERIFY(m_server->port() != 0);
    m_port = m_server->port();
}

void TestOrderFeed::stopServer()
{
    m_server.reset();
    m_service.reset();
    m_book.reset();
}

TestOrderFeed::Till TestOrderFeed::till(const QString &key)
{
    Till t;
    t.queue = std::make_unique<OrderQueue>();
    t.client = std::make_unique<ordering::OrderFeedClient>(
        OrderFeedConfig{u"http://127.0.0.1:%1/"_s.arg(m_port), key.isEmpty() ? m_key : key},
        t.queue.get());
    t.client->setReconnectInterval(200);
    t.client->start();
    if (key.isEmpty())
        m_tills.emplace_back(t.client.get());
    return t;
}

qint64 TestOrderFeed::paidSale(const QString &place, const QString &what, bool tellTheBook)
{
    auto row = makeSaleRow(what, u"2", u"25.00", u"12", Currency::sek());
    if (!row)
        return 0;
    auto sale = m_journal->createSale(u"web"_s, {*row});
    if (!sale)
        return 0;
    const QString invoice = u"INV%1"_s.arg(++m_invoice);
    if (!m_journal->recordInvoiceSent(*sale, invoice, u"HTTP://SEQR.SE/R"_s + invoice,
                                      Money(5000, Currency::sek())))
        return 0;
    if (!m_book->recordOpen(*sale, invoice, place))
        return 0;
    if (!m_journal->recordSeqrPaid(invoice, u"ERS"_s + invoice, QDateTime::currentDateTimeUtc()))
        return 0;
    if (tellTheBook) {
        const auto completed = m_journal->sale(*sale);
        if (!completed || !m_book->recordPaid(*completed))
            return 0;
    }
    return *sale;
}

void TestOrderFeed::backdate(const QList<qint64> &sales, int days)
{
    const QString then = QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backdate"_s);
        db.setDatabaseName(m_dir->filePath(u"journal.sqlite"_s));
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (qint64 sale : sales) {
            q.prepare(u"UPDATE sales SET created_at = ?, completed_at = CASE WHEN completed_at "
                      "IS NULL THEN NULL ELSE ? END WHERE id = ?"_s);
            q.addBindValue(then);
            q.addBindValue(then);
            q.addBindValue(sale);
            QVERIFY2(q.exec() && q.numRowsAffected() == 1, qPrintable(q.lastError().text()));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"backdate"_s);
}

void TestOrderFeed::paidOrderReachesEveryTillAndHandOverClearsIt()
{
    Till a = till();
    Till b = till();
    QTRY_VERIFY(a.queue->isConnected() && b.queue->isConnected());
    QCOMPARE(a.queue->orders().size(), 0);
    QSignalSpy arrivedA(a.queue.get(), &OrderQueue::arrived);

    const qint64 sale = paidSale(u"Table 7"_s, u"Kaffe"_s);
    QVERIFY(sale);
    QTRY_COMPARE(a.queue->orders().size(), 1);
    QTRY_COMPARE(b.queue->orders().size(), 1);
    const ServiceOrder o = a.queue->orders().first();
    QCOMPARE(o.place, u"Table 7"_s);
    QCOMPARE(o.orderNumber, m_journal->sale(sale)->receiptNumber.value());
    QCOMPARE(o.rows.size(), 1);
    QCOMPARE(o.rows.first().description, u"Kaffe"_s);
    QCOMPARE(o.rows.first().quantity, u"2"_s);
    QCOMPARE(o.total, Money(5000, Currency::sek()));
    QCOMPARE(arrivedA.size(), 1);
    QVERIFY(a.queue->isNew(sale));

    a.queue->handOver(sale);
    QCOMPARE(a.queue->orders().size(), 0); // at once on this till
    QTRY_COMPARE(b.queue->orders().size(), 0);
    QCOMPARE(m_book->order(sale)->state, ServiceOrder::State::HandedOver);
    QVERIFY(m_book->toHandOver().isEmpty());
}

void TestOrderFeed::tillOfflineOrRestartedGetsWhatItMissed()
{
    const qint64 first = paidSale(u"Table 1"_s, u"Te"_s);
    {
        Till a = till();
        QTRY_COMPARE(a.queue->orders().size(), 1);
    } // the till is switched off
    const qint64 second = paidSale(u"Table 2"_s, u"Bulle"_s);
    QVERIFY(first && second);
    Till restarted = till();
    QTRY_COMPARE(restarted.queue->orders().size(), 2);
    QCOMPARE(restarted.queue->orders().at(0).saleId, first);
    QCOMPARE(restarted.queue->orders().at(1).saleId, second);
    // Still to hand over, so announced again on the till that just started.
    QVERIFY(restarted.queue->isNew(first) && restarted.queue->isNew(second));

    // A hand-over while kassa-web is away is sent when it is back.
    stopServer();
    QTRY_VERIFY(!restarted.queue->isConnected());
    restarted.queue->handOver(first);
    QCOMPARE(restarted.queue->orders().size(), 1);
    startServer();
    QTRY_VERIFY(restarted.queue->isConnected());
    QTRY_COMPARE(m_book->order(first)->state, ServiceOrder::State::HandedOver);
    QCOMPARE(restarted.queue->orders().size(), 1);
    QCOMPARE(restarted.queue->orders().first().saleId, second);
}

void TestOrderFeed::kassaWebRestartKeepsOrdersAndReconcilesTheJournal()
{
    Till a = till();
    QTRY_VERIFY(a.queue->isConnected());
    // kassa-web stops after the invoice went out; the payment is finished
    // into the journal (recovery at the next start) but the book still has
    // the order open.
    const qint64 sale = paidSale(u"Disken"_s, u"Smörgås"_s, false);
    QVERIFY(sale);
    QCOMPARE(m_book->order(sale)->state, ServiceOrder::State::Open);
    QCOMPARE(a.queue->orders().size(), 0); // an open order is not pushed
    stopServer();
    QTRY_VERIFY(!a.queue->isConnected());
    startServer(); // reconcile(): the journal says paid
    QTRY_COMPARE(a.queue->orders().size(), 1);
    QCOMPARE(a.queue->orders().first().place, u"Disken"_s);
    QCOMPARE(a.queue->orders().first().rows.first().description, u"Smörgås"_s);
}

void TestOrderFeed::wrongKeyGetsNothing()
{
    paidSale(u"Table 3"_s, u"Kaffe"_s);
    Till good = till();
    Till bad = till(u"not-the-key-0123456789abcdef012345"_s);
    QTRY_COMPARE(good.queue->orders().size(), 1);
    QTRY_VERIFY(m_server->orderFeed()->refusedCount() >= 2); // it tried, and again
    QVERIFY(!bad.queue->isConnected());
    QCOMPARE(bad.queue->orders().size(), 0);
    QCOMPARE(m_server->orderFeed()->tillCount(), 1);
}

void TestOrderFeed::crashBeforeTheBookHeardStillReachesTheTill()
{
    Till a = till();
    QTRY_VERIFY(a.queue->isConnected());
    // What a web checkout at table 9 writes before its invoice goes out:
    // the journal's sale and the web order with its place. Then the
    // invoice is journaled and paid, and kassa-web dies before the order
    // book heard of it.
    auto row = makeSaleRow(u"Kanelbulle"_s, u"3"_s, u"10.00"_s, u"12"_s, Currency::sek());
    QVERIFY(row);
    auto sale = m_journal->createSale(u"web"_s, {*row});
    QVERIFY(sale);
    QVERIFY(m_store->remember(u"order-9"_s, *sale, QDateTime::currentDateTimeUtc(), u"Table 9"_s));
    QVERIFY(m_journal->recordInvoiceSent(*sale, u"INV-9"_s, u"HTTP://SEQR.SE/RINV-9"_s,
                                         Money(3000, Currency::sek())));
    QVERIFY(m_journal->recordSeqrPaid(u"INV-9"_s, u"ERS-9"_s, QDateTime::currentDateTimeUtc()));
    // A second one still waiting for its payment at the crash.
    auto waiting = m_journal->createSale(u"web"_s, {*row});
    QVERIFY(waiting);
    QVERIFY(
        m_store->remember(u"order-4"_s, *waiting, QDateTime::currentDateTimeUtc(), u"Table 4"_s));
    QVERIFY(m_journal->recordInvoiceSent(*waiting, u"INV-4"_s, u"HTTP://SEQR.SE/RINV-4"_s,
                                         Money(3000, Currency::sek())));
    QVERIFY(!m_book->order(*sale));
    QVERIFY(!m_book->order(*waiting));

    restartShop();
    QTRY_COMPARE(a.queue->orders().size(), 1);
    const ServiceOrder o = a.queue->orders().first();
    QCOMPARE(o.saleId, *sale);
    QCOMPARE(o.place, u"Table 9"_s);
    QCOMPARE(o.orderNumber, m_journal->sale(*sale)->receiptNumber.value());
    QCOMPARE(o.rows.first().description, u"Kanelbulle"_s);
    QCOMPARE(o.total, Money(3000, Currency::sek()));
    // The waiting one is in the book, open, so its payment still arrives.
    QVERIFY(m_book->order(*waiting));
    QCOMPARE(m_book->order(*waiting)->state, ServiceOrder::State::Open);
    QCOMPARE(m_book->order(*waiting)->place, u"Table 4"_s);
    // The restarted shop's success page still names the table.
    const webshop::WebOrder *restored = m_shop->order(u"order-9"_s);
    QVERIFY(restored);
    QCOMPARE(restored->state, webshop::WebOrder::State::Paid);
    QCOMPARE(restored->place, u"Table 9"_s);
}

void TestOrderFeed::oldUnhandedOrdersAreRebuiltHandedOverOnesAreNot()
{
    // Forty days ago (a café closed for the holidays, its server off with
    // it): three orders of that day.
    const QDateTime then = QDateTime::currentDateTimeUtc().addDays(-40);
    // Table 2's invoice went out and was paid, and kassa-web died before
    // its order book heard of it.
    auto row = makeSaleRow(u"Kanelbulle"_s, u"2"_s, u"10.00"_s, u"12"_s, Currency::sek());
    QVERIFY(row);
    auto lost = m_journal->createSale(u"web"_s, {*row});
    QVERIFY(lost);
    QVERIFY(m_store->remember(u"order-lost"_s, *lost, then, u"Table 2"_s));
    QVERIFY(m_journal->recordInvoiceSent(*lost, u"INV-L"_s, u"HTTP://SEQR.SE/RINV-L"_s,
                                         Money(2000, Currency::sek())));
    QVERIFY(m_journal->recordSeqrPaid(u"INV-L"_s, u"ERS-L"_s, then));
    // Table 5's was in the book and handed over that day.
    const qint64 handed = paidSale(u"Table 5"_s, u"Te"_s);
    QVERIFY(handed);
    QVERIFY(m_store->remember(u"order-handed"_s, handed, then, u"Table 5"_s));
    const auto handedOver = m_book->recordHandedOver(handed);
    QVERIFY(handedOver && *handedOver);
    // Table 6's was in the book, paid, and never handed over.
    const qint64 waiting = paidSale(u"Table 6"_s, u"Mocka"_s);
    QVERIFY(waiting);
    QVERIFY(m_store->remember(u"order-waiting"_s, waiting, then, u"Table 6"_s));
    backdate({*lost, handed, waiting}, 40);
    QVERIFY(!m_book->order(*lost));
    QCOMPARE(m_journal->sale(*lost)->status, journal::SaleStatus::Completed);
    QVERIFY(m_journal->sale(*lost)->createdAt < QDateTime::currentDateTimeUtc().addDays(-39));

    // The morning the café opens again: kassa-web starts, then a till.
    restartShop();
    const auto order = m_book->order(*lost);
    QVERIFY(order);
    QCOMPARE(order->state, ServiceOrder::State::Paid);
    QCOMPARE(order->place, u"Table 2"_s);
    QCOMPARE(order->orderNumber, m_journal->sale(*lost)->receiptNumber.value());
    QCOMPARE(order->total, Money(2000, Currency::sek()));
    QCOMPARE(m_book->order(handed)->state, ServiceOrder::State::HandedOver);
    QList<qint64> toHandOver;
    for (const ServiceOrder &o : m_book->toHandOver())
        toHandOver.append(o.saleId);
    std::sort(toHandOver.begin(), toHandOver.end());
    QList<qint64> expected{*lost, waiting};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(toHandOver, expected);

    Till a = till();
    QTRY_COMPARE(a.queue->orders().size(), 2);
    QStringList places;
    for (const ServiceOrder &o : a.queue->orders())
        places.append(o.place);
    places.sort();
    QCOMPARE(places, (QStringList{u"Table 2"_s, u"Table 6"_s}));

    // Once handed over, a restart does not bring it back.
    a.queue->handOver(*lost);
    QTRY_COMPARE(m_book->order(*lost)->state, ServiceOrder::State::HandedOver);
    restartShop();
    QCOMPARE(m_book->order(*lost)->state, ServiceOrder::State::HandedOver);
    QCOMPARE(m_book->toHandOver().size(), 1);
    QCOMPARE(m_book->toHandOver().first().saleId, waiting);
}

void TestOrderFeed::olderWebOrdersGainAPlace()
{
    // A weborders.sqlite of the version before places were kept.
    const QString path = m_dir->filePath(u"old-weborders.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE web_orders(order_id TEXT PRIMARY KEY,"
                       " sale_id INTEGER NOT NULL, created_at TEXT NOT NULL)"_s));
        QVERIFY(q.exec(
            u"INSERT INTO web_orders VALUES('old-order', 41, '2026-11-30T10:00:00.000Z')"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    for (int run = 0; run < 2; ++run) { // migrated once, then opened as it is
        auto store = webshop::WebOrderStore::open(path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QCOMPARE((*store)->saleOf(u"old-order"_s), std::optional<qint64>(41));
        QCOMPARE((*store)->entry(u"old-order"_s)->place, QString());
        if (run == 0)
            QVERIFY((*store)->remember(u"new-order"_s, 42, QDateTime::currentDateTimeUtc(),
                                       u"Table 2"_s));
        QCOMPARE((*store)->entry(u"new-order"_s)->place, u"Table 2"_s);
        const auto placed = (*store)->placedSince(QDateTime::currentDateTimeUtc().addDays(-1));
        QCOMPARE(placed.size(), 1);
        QCOMPARE(placed.first().saleId, 42);
    }
}

void TestOrderFeed::tillFollowsKassaWebToAnotherPort()
{
    Till a = till();
    QTRY_VERIFY(a.queue->isConnected());
    const quint16 before = m_port;
    stopServer();
    QTRY_VERIFY(!a.queue->isConnected());
    // Someone else listens on kassa-web's port while it is away (this
    // squatter, or whoever took the port first: it is taken either way).
    QTcpServer squatter;
    (void)squatter.listen(QHostAddress::LocalHost, before);
    startServer();
    QVERIFY(m_port != before);
    const qint64 sale = paidSale(u"Table 5"_s, u"Kaffe"_s);
    QVERIFY(sale);
    QTRY_VERIFY(a.queue->isConnected());
    QTRY_COMPARE(a.queue->orders().size(), 1);
    QCOMPARE(a.queue->orders().first().place, u"Table 5"_s);
}

QTEST_GUILESS_MAIN(TestOrderFeed)
#include "tst_orderfeed.moc"
