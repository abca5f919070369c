#include "tests/support/shoptillfixture.h"

#include "tests/support/sandboxfixture.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::shopdb;

ShopSyncOptions ShopTillFixture::syncOptions()
{
    ShopSyncOptions options;
    options.intervalMs = 200;
    return options;
}

std::unique_ptr<ShopTillFixture> ShopTillFixture::make(SandboxFixture &sandbox,
                                                       const QString &folder,
                                                       const ShopDatabaseConfig &shop,
                                                       const QString &name, const QString &seqrId,
                                                       const ShopSyncOptions &options)
{
    auto t = std::make_unique<ShopTillFixture>();
    t->sandbox = &sandbox;
    t->client = sandbox.makeClient();
    t->config.terminalId = sandbox.registerTill(*t->client, name, seqrId);
    if (t->config.terminalId.isEmpty())
        return nullptr;
    t->config.name = name;
    t->config.shopName = u"Lilla Livs"_s;
    t->config.seqrId = seqrId;
    t->config.shopDatabase = shop;
    t->journalPath = QDir(folder).filePath(seqrId + u"/journal.sqlite"_s);
    auto journal = journal::Journal::open(t->journalPath);
    if (!journal)
        return nullptr;
    t->journal = std::move(journal).value();
    t->cart = std::make_unique<Cart>();
    PaymentTiming timing;
    timing.pollIntervalMs = 100;
    t->checkout = std::make_unique<Checkout>(
        CheckoutContext{t->client.get(), t->journal.get(), u"Lilla Livs"_s, u"anna"_s, timing},
        t->cart.get());
    t->sync = std::make_unique<ShopSync>(
        shop, t->journalPath, TillIdentity{{}, t->config.terminalId, name, u"till"_s}, options);
    t->sync->start();
    return t;
}

bool ShopTillFixture::add(const QString &name, qint64 minor, const QString &ean)
{
    catalog::Product p;
    p.ean = ean;
    p.name = name;
    p.unitPrice = Money(minor, Currency::sek());
    p.taxRate = Decimal::fromInteger(12);
    return bool(cart->addProduct(p));
}

QString ShopTillFixture::payBySeqr()
{
    using State = PaymentSession::State;
    if (checkout->payWithSeqr() != SeqrRefusal::None)
        return {};
    PaymentSession *session = checkout->session();
    if (!QTest::qWaitFor([&] { return session->state() == State::Waiting; }, 10000) ||
        !sandbox->service().pay(session->invoiceReference(), u"1234"_s) ||
        !QTest::qWaitFor([&] { return session->state() == State::Paid; }, 10000))
        return {};
    return session->ersReference();
}
