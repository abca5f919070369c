// kassa-cli's receipts: `receipt N [--text] [--pdf FILE] [--copy] [--print]`.
// Without --copy a receipt is read out of the journal as it was made (with
// its control code; the PDF is the electronic receipt); a receipt given out
// again is its one copy (--copy: recorded, signed by the control unit, KOPIA).
#include "app/kassa-cli/cliapp.h"

#include "app/kassa-cli/clioutput.h"

#include "core/controlunit/controlunitservice.h"
#include "core/payment/returnreceipts.h"
#include "core/receipt/journalreceipts.h"
#include "core/receipt/receiptlayout.h"
#include "core/terminal/errortext.h"
#include "ui/print/receiptsheet.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::printing;

void CliApp::receiptCommand()
{
    bool ok = false;
    const qint64 number = commandWord(1).toLongLong(&ok);
    if (!ok || number <= 0)
        return fail(Usage, tr("receipt wants a receipt number"));
    const auto sale = m_host->journal()->saleByReceiptNumber(number);
    // A return's receipt is numbered in the same series (schema 11); it
    // gets its one copy as a sale's does (schema 13).
    const bool isReturn = !sale && sale.error().code == ErrorCode::NotFound &&
                          m_host->journal()->returnReceipt(number);
    if (isReturn && !m_parser.isSet(u"copy"_s))
        return showReturnReceipt(number);
    if (!sale && !isReturn)
        return fail(sale.error().code == ErrorCode::NotFound ? Usage : Failed,
                    tr("no receipt %1: %2").arg(number).arg(describe(sale.error())));
    if (!m_parser.isSet(u"copy"_s)) {
        if (m_parser.isSet(u"print"_s))
            return fail(Usage, tr("a receipt printed again is its copy: add --copy (a receipt "
                                  "gets one copy only)"));
        return showReceipt(number, false);
    }
    auto copy = recordReceiptCopy(*m_host->journal(), number, m_parser.value(u"cashier"_s));
    if (!copy)
        return fail(copy.error().code == ErrorCode::InvalidArgument ||
                            copy.error().code == ErrorCode::NotFound
                        ? Usage
                        : Failed,
                    copy.error().detail);
    controlunit::ControlUnitService *unit = m_host->controlUnit();
    const auto signature = m_host->journal()->receiptSignature(number, u"kopia"_s);
    if (!unit || !signature || !*signature || (*signature)->isSigned)
        return showReceipt(number, true);
    // With a control unit the copy is given out with its own control code.
    connect(unit->signer(), &controlunit::ReceiptSigner::receiptSigned, this,
            [this, number](qint64, qint64 serial, const QString &type) {
                if (serial == number && type == u"kopia"_s && !m_finished)
                    showReceipt(number, true);
            });
    connect(unit->signer(), &controlunit::ReceiptSigner::signingFailed, this,
            [this, number](const Error &error) {
                fail(ServiceError,
                     tr("the copy of receipt %1 is recorded, but waits for the control unit: %2")
                         .arg(number)
                         .arg(describe(error, false)));
            });
    unit->signer()->signWaiting();
}

void CliApp::showReceipt(qint64 number, bool copy)
{
    const ReceiptSettings settings = ReceiptSettings::forTill(m_config, QLocale());
    // A copy may be a return's (no sale): core's journaledReceiptCopy knows.
    const auto sale = copy ? Result<journal::Sale>(journal::Sale{})
                           : m_host->journal()->saleByReceiptNumber(number);
    auto content = !sale  ? Result<ReceiptContent>(sale.error())
                   : copy ? journaledReceiptCopy(*m_host->journal(), number, settings)
                          : journaledReceipt(*m_host->journal(), *sale, settings);
    if (!content)
        return fail(Failed, describe(content.error()));
    QJsonObject json{
        {u"receiptNumber"_s, number}, {u"copy"_s, copy}, {u"text"_s, plainText(*content)}};
    const auto stamp = journaledStamp(*m_host->journal(), number,
                                      copy ? u"kopia"_s : journal::receiptTypeOf(*sale));
    if (stamp && *stamp) {
        json.insert(u"controlUnit"_s, (*stamp)->unitId);
        json.insert(u"controlCode"_s, (*stamp)->controlCode);
    }
    if (m_parser.isSet(u"pdf"_s)) {
        // The PDF given to a customer is an electronic receipt.
        auto electronic =
            copy ? content : journaledReceipt(*m_host->journal(), *sale, settings, true);
        if (!writeReceiptPdf(electronic, number, json))
            return;
    }
    const bool text =
        m_parser.isSet(u"text"_s) || (!m_parser.isSet(u"pdf"_s) && !m_parser.isSet(u"print"_s));
    if (text && !m_json)
        printOut(plainText(*content));
    if (!m_parser.isSet(u"print"_s))
        return finish(Done, json);
    QString why;
    TillPrinter *till = printer(&why);
    if (!till)
        return fail(Usage, why);
    whenPrinted(till->printReceipt(*content, tr("Receipt %1").arg(number), number),
                [this, number, json](const PrintOutcome &outcome) {
                    if (!outcome.printed)
                        return fail(ServiceError, describeProblem(outcome.problem) + u" ("_s +
                                                      outcome.detail + u')');
                    say(tr("Receipt %1 printed (a copy).").arg(number));
                    QJsonObject printed = json;
                    printed.insert(u"printed"_s, true);
                    finish(Done, printed);
                });
}

void CliApp::showReturnReceipt(qint64 number)
{
    if (m_parser.isSet(u"print"_s))
        return fail(Usage, tr("a receipt printed again is its copy: add --copy (a receipt "
                              "gets one copy only)"));
    const ReceiptSettings settings = ReceiptSettings::forTill(m_config, QLocale());
    const auto content = journaledReturnReceipt(*m_host->journal(), number, settings);
    if (!content)
        return fail(Failed, describe(content.error()));
    QJsonObject json{
        {u"receiptNumber"_s, number}, {u"return"_s, true}, {u"text"_s, plainText(*content)}};
    const auto record = m_host->journal()->returnReceipt(number);
    const auto stamp = record ? journaledStamp(*m_host->journal(), number, record->signatureType())
                              : Result<std::optional<ControlStamp>>(record.error());
    if (stamp && *stamp) {
        json.insert(u"controlUnit"_s, (*stamp)->unitId);
        json.insert(u"controlCode"_s, (*stamp)->controlCode);
    }
    if (m_parser.isSet(u"pdf"_s)) {
        const auto electronic = journaledReturnReceipt(*m_host->journal(), number, settings, true);
        if (!writeReceiptPdf(electronic, number, json))
            return;
    }
    if ((m_parser.isSet(u"text"_s) || !m_parser.isSet(u"pdf"_s)) && !m_json)
        printOut(plainText(*content));
    finish(Done, json);
}

bool CliApp::writeReceiptPdf(const Result<ReceiptContent> &electronic, qint64 number,
                             QJsonObject &json)
{
    const QString path = m_parser.value(u"pdf"_s);
    if (!electronic) {
        fail(Failed, describe(electronic.error()));
        return false;
    }
    if (auto written = print::ReceiptSheet::writePdf(*electronic, path); !written) {
        fail(Failed, tr("the PDF %1 cannot be written: %2").arg(path, written.error().detail));
        return false;
    }
    json.insert(u"pdf"_s, path);
    say(tr("Receipt %1 written to %2.").arg(number).arg(path));
    return true;
}
