// kassa-cli's pro forma receipt: `proforma --row … [--pdf FILE] [--json]`,
// the cart before payment as the window's Ctrl+F9 gives it: "EJ KVITTO",
// numbered in a series of its own, journaled and (with a control unit)
// signed as pro forma before it is shown. Nothing is sold or paid.
#include "app/kassa-cli/cliapp.h"

#include "app/kassa-cli/clioutput.h"

#include "core/controlunit/signaturewait.h"
#include "core/receipt/journalreceipts.h"
#include "core/receipt/receiptlayout.h"
#include "core/sale/cart.h"
#include "core/terminal/errortext.h"
#include "ui/print/receiptsheet.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace kassa;

void CliApp::proFormaCommand()
{
    Cart *cart = cartFromArguments();
    if (!cart)
        return;
    auto made = m_host->journal()->recordProForma(m_parser.value(u"cashier"_s), cart->saleRows());
    if (!made)
        return fail(ServiceError, tr("the pro forma receipt could not be journaled: %1")
                                      .arg(describe(made.error(), false)));
    const qint64 number = made->number;
    QJsonObject json{{u"proForma"_s, number},
                     {u"total"_s, made->total.toDecimalString()},
                     {u"currency"_s, made->total.currency().code()}};
    auto *wait = new controlunit::SignatureWait(m_host->journal(), m_host->controlUnit(), number,
                                                u"profo"_s, this);
    connect(wait, &controlunit::SignatureWait::ready, this,
            [this, number, json] { showProForma(number, json); });
    connect(wait, &controlunit::SignatureWait::waiting, this,
            [this, json](const Error &why) mutable {
                json.insert(u"receiptWaiting"_s, true);
                json.insert(u"error"_s, describe(why, false));
                printErr(tr("kassa-cli: the pro forma receipt is journaled, but waits for the "
                            "control unit: %1")
                             .arg(describe(why, false)) +
                         u'\n');
                finish(ServiceError, json);
            });
    wait->start();
}

void CliApp::showProForma(qint64 number, QJsonObject json)
{
    const ReceiptSettings settings = ReceiptSettings::forTill(m_config, QLocale());
    const auto content = journaledProForma(*m_host->journal(), number, settings);
    if (!content)
        return fail(Failed, describe(content.error()));
    const auto stamp = journaledStamp(*m_host->journal(), number, u"profo"_s);
    if (stamp && *stamp) {
        json.insert(u"controlUnit"_s, (*stamp)->unitId);
        json.insert(u"controlCode"_s, (*stamp)->controlCode);
    }
    json.insert(u"text"_s, plainText(*content));
    if (m_parser.isSet(u"pdf"_s)) {
        const QString path = m_parser.value(u"pdf"_s);
        if (auto written = print::ReceiptSheet::writePdf(*content, path); !written)
            return fail(Failed,
                        tr("the PDF %1 cannot be written: %2").arg(path, written.error().detail));
        json.insert(u"pdf"_s, path);
        say(tr("Pro forma receipt %1 written to %2.").arg(number).arg(path));
    }
    if (!m_json)
        printOut(plainText(*content));
    finish(Done, json);
}
