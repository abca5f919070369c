#include "app/kassa-cli/cliapp.h"

#include "app/kassa-cli/clioutput.h"

#include "core/checkout/checkout.h"
#include "core/controlunit/controlunitservice.h"
#include "core/drawer/cashdrawer.h"
#include "core/receipt/journalreceipts.h"
#include "core/receipt/receipttext.h"
#include "core/sale/salerow.h"
#include "core/shopdb/shopcoupons.h"
#include "core/terminal/errortext.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace kassa;

Cart *CliApp::cartFromArguments()
{
    auto refuse = [this](const QString &why) -> Cart * {
        fail(Usage, why);
        return nullptr;
    };
    const QString currencyCode =
        (m_parser.isSet(u"currency"_s) ? m_parser.value(u"currency"_s) : m_config.currency)
            .toUpper();
    const auto currency = Currency::fromCode(currencyCode);
    if (!currency)
        return refuse(tr("unknown currency \u201c%1\u201d; nothing was sent").arg(currencyCode));
    // A till takes payments in its own currency only (the shop's SEQR
    // account settles in one; the window's cart is always in it).
    if (currency->code() != m_config.currency.toUpper())
        return refuse(tr("this till takes payments in %1, not %2; nothing was sent")
                          .arg(m_config.currency.toUpper(), currencyCode));
    const QStringList rowSpecs = m_parser.values(u"row"_s);
    if (rowSpecs.isEmpty())
        return refuse(tr("give at least one --row \"DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]\""));
    auto *cart = new Cart(*currency, this);
    for (const QString &spec : rowSpecs) {
        const QStringList parts = spec.split(u';');
        if (parts.size() < 3 || parts.size() > 4)
            return refuse(tr("row \u201c%1\u201d is not DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]; "
                             "nothing was sent")
                              .arg(spec));
        auto row = makeSaleRow(parts[0], parts[1], parts[2], parts.value(3), *currency);
        if (!row)
            return refuse(
                tr("row \u201c%1\u201d: %2; nothing was sent").arg(spec, row.error().detail));
        if (auto added = cart->addTypedRow(*row); !added)
            return refuse(
                tr("row \u201c%1\u201d: %2; nothing was sent").arg(spec, added.error().detail));
    }
    if (!cart->total().isPositive())
        return refuse(tr("the total must be more than zero (it is %1); nothing was sent")
                          .arg(money(cart->total())));
    return cart;
}

Checkout *CliApp::makeCheckout(Cart *cart, const PaymentTiming &timing)
{
    auto *checkout =
        new Checkout(CheckoutContext{m_host->client(), m_host->journal(), m_config.shopName,
                                     m_parser.value(u"cashier"_s), timing, m_config.loyalty},
                     cart, this);
    checkout->setControlUnit(m_host->controlUnit());
    checkout->setDrawer(tillDrawer());
    shopdb::installCouponHooks(*checkout, m_config.shopDatabase,
                               {m_host->journal()->journalId().valueOr(QString()),
                                m_config.terminalId, m_config.name, u"till"_s});
    m_checkout = checkout;
    return checkout;
}

std::optional<Money> CliApp::cashArgument(const Cart &cart)
{
    if (!m_parser.isSet(u"cash"_s))
        return Money(0, cart.currency());
    auto cash = Money::parse(m_parser.value(u"cash"_s), cart.currency());
    if (!cash || !cash->isPositive()) {
        fail(Usage, tr("--cash wants a positive amount, e.g. 100.00; nothing was recorded"));
        return std::nullopt;
    }
    return *cash;
}

void CliApp::sell()
{
    Cart *cart = cartFromArguments();
    if (!cart)
        return;
    if (!m_parser.isSet(u"cash"_s))
        return fail(Usage, tr("sell wants --cash AMOUNT (for SEQR use pay)"));
    const auto cash = cashArgument(*cart);
    if (!cash)
        return;
    Checkout *checkout = makeCheckout(cart, PaymentTiming{});
    if (!applyLoyalty(checkout, tr("nothing was recorded")))
        return;
    if (cash->minorUnits() < cart->total().minorUnits())
        return fail(Usage, tr("%1 in cash does not cover %2; use pay --cash for a split tender; "
                              "nothing was recorded")
                               .arg(money(*cash), money(cart->total())));
    const Money total = cart->total(); // the cart is the next sale's once this one is done
    auto outcome = checkout->takeCash(*cash);
    if (!outcome)
        return fail(ServiceError,
                    describe(outcome.error(), true) + u' ' + tr("Nothing was recorded."));
    if (outcome->notRecorded)
        return fail(ServiceError, tr("the sale could not be recorded: %1; nothing was saved")
                                      .arg(describe(*outcome->notRecorded, true)));
    QJsonObject json{{u"total"_s, total.toDecimalString()},
                     {u"currency"_s, cart->currency().code()},
                     {u"cash"_s, outcome->received.toDecimalString()},
                     {u"change"_s, outcome->change.toDecimalString()}};
    const Money change = outcome->change;
    whenSigned(outcome->saleId, [this, json, change](QJsonObject signedJson, int code) {
        for (auto it = json.begin(); it != json.end(); ++it)
            signedJson.insert(it.key(), it.value());
        say(tr("Change: %1").arg(money(change)));
        finish(code, signedJson);
    });
}

void CliApp::whenSigned(qint64 saleId, std::function<void(QJsonObject, int)> done)
{
    auto report = [this, saleId, done] {
        const auto sale = m_host->journal()->sale(saleId);
        QJsonObject json;
        if (!sale || !sale->receiptNumber)
            return done(json, ServiceError);
        json.insert(u"receiptNumber"_s, *sale->receiptNumber);
        json.insert(u"saleId"_s, saleId);
        const auto signature = m_host->journal()->receiptSignature(*sale->receiptNumber,
                                                                   journal::receiptTypeOf(*sale));
        const bool isSigned = signature && *signature && (*signature)->isSigned;
        if (isSigned) {
            json.insert(u"controlCode"_s, (*signature)->controlCode);
            json.insert(u"controlUnit"_s, (*signature)->unitId);
        }
        if (!m_json) {
            const auto receipt = journaledReceipt(*m_host->journal(), *sale,
                                                  ReceiptSettings::forTill(m_config, QLocale()));
            printOut(u"\n"_s + (receipt ? plainText(*receipt) : describe(receipt.error())));
            if (isSigned)
                printOut(tr("Control unit %1, control code %2")
                             .arg((*signature)->unitId, (*signature)->controlCode) +
                         u"\n\n"_s);
        }
        // On paper too, when the till has a receipt printer (the sale stands whatever it does).
        printPaidReceipt(*sale, [done, json] { done(json, Done); });
    };
    controlunit::ControlUnitService *unit = m_host->controlUnit();
    const auto sale = m_host->journal()->sale(saleId);
    const auto already = sale && sale->receiptNumber
                             ? m_host->journal()->receiptSignature(*sale->receiptNumber,
                                                                   journal::receiptTypeOf(*sale))
                             : Result<std::optional<journal::ReceiptSignature>>(std::nullopt);
    if (!unit || (already && *already && (*already)->isSigned))
        return report();
    connect(m_checkout, &Checkout::receiptReady, this, [saleId, report](qint64 ready) {
        if (ready == saleId)
            report();
    });
    connect(unit->signer(), &controlunit::ReceiptSigner::signingFailed, this,
            [this, saleId](const Error &error) {
                const auto recorded = m_host->journal()->sale(saleId);
                QJsonObject json{{u"saleId"_s, saleId},
                                 {u"receiptWaiting"_s, true},
                                 {u"error"_s, describe(error, false)}};
                if (recorded && recorded->receiptNumber)
                    json.insert(u"receiptNumber"_s, *recorded->receiptNumber);
                printErr(tr("kassa-cli: the sale is recorded, but its receipt waits for the "
                            "control unit: %1 It is signed the moment the unit answers (also at "
                            "the next start).")
                             .arg(describe(error, false)) +
                         u'\n');
                finish(ServiceError, json);
            });
}
