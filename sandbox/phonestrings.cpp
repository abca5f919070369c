#include "sandbox/phonestrings.h"

#include "core/loyalty/loyaltyconfig.h"
#include "core/loyalty/loyaltyrules.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kassa::sandbox {

namespace {

constexpr TextEntry entries[] = {
    {"subtitle",
     QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "sandbox phone — the customer's SEQR app")},
    {"scanHeading", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "1. Scan")},
    {"tillLabel",
     QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Pick a till (as if scanning its sticker)")},
    {"loadingTills", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "loading tills…")},
    {"scanTill", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Scan till")},
    {"codeLabel",
     QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings",
                       "…or paste any SEQR code: the QR text at a till, a SEQR:// link, "
                       "a service's code")},
    {"scan", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Scan")},
    {"service", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Service")},
    {"back", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Back")},
    {"leave", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Leave the service")},
    {"checkHeading", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "2. Check and confirm")},
    {"total", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Total")},
    {"confirm", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Confirm payment")},
    {"decline", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Decline")},
    {"offerCard", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Offer my loyalty card")},
    {"wallet", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "My wallet")},
    {"offerCoupon", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Offer my coupon")},
    {"loyaltyCard", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Loyalty card")},
    {"pinHeading", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "3. Enter your PIN")},
    {"pinPlaceholder", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "4–6 digits")},
    {"pay", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Pay")},
    {"cancel", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Cancel")},
    {"receipt", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Receipt")},
    {"paid", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Paid")},
    {"reference", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Reference")},
    {"backToShop", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Back to the shop")},
    {"status", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Status:")},
    {"noInvoice", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "no invoice yet")},
    {"noTill", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "no till is registered yet")},
    {"noSeqrId", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "(no SEQR ID)")},
    {"paymentWaiting", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "— payment waiting")},
    {"reversed", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "(reversed)")},
    {"left", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "You left %1.")},
    {"unreadable",
     QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "unreadable answer from the sandbox")},
    // An invoice's state as the customer reads it (the page keeps SEQR's
    // word in data-status).
    {"statusISSUED",
     QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Waiting for you to confirm")},
    {"statusPENDING_ISSUER_ACKNOWLEDGE",
     QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "The shop is considering your offer")},
    {"statusPAID", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Paid")},
    {"statusPARTIALLY_PAID", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Partly paid")},
    {"statusCANCELED", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Canceled")},
    {"statusFAILED",
     QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "The payment did not go through")},
    {"statusRESERVED", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Reserved")},
};

// The sandbox's sentences to the customer (SandboxService's buyer and
// session errors), word for word as it writes them in English; %1 stands for
// the part that varies. More specific sentences come first.
constexpr const char *sentences[] = {
    QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "There is no invoice %1."),
    QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "No till or invoice matches “%1”."),
    QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "The till “%1” has no payment waiting."),
    QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "This invoice is %1 and cannot be paid."),
    QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "This invoice is already %1."),
    QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "This invoice is %1."),
    QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings",
                      "The shop is still considering your offer; wait a moment."),
    QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "Enter your PIN: 4 to 6 digits."),
    QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "“%1” is not an external service's code."),
    QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings",
                      "This code belongs to a service SEQR does not know (“%1”)."),
    QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "There is no such service session."),
    QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings",
                      "The SEQR app does not know the action “%1”."),
    QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "“%1” is not a SEQR link."),
};

// An invoice's state inside such a sentence: SEQR's name in lower case, as
// SandboxService writes it, and the words for it.
constexpr TextEntry stateWords[] = {
    {"issued", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "open")},
    {"pending_issuer_acknowledge",
     QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "waiting for the shop")},
    {"paid", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "paid")},
    {"partially_paid", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "partly paid")},
    {"canceled", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "canceled")},
    {"failed", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "declined")},
    {"reserved", QT_TRANSLATE_NOOP("kassa::sandbox::PhoneStrings", "reserved")},
};

} // namespace

QString PhoneStrings::languageOf(const QString &asked, const QByteArray &acceptLanguage)
{
    return TwoLanguages::languageOf(asked, acceptLanguage);
}

QJsonObject PhoneStrings::table(const QString &language) const
{
    QJsonObject result = m_words.table(language, entries);
    result.insert(u"language"_s, language);
    // The buyer's wallet: Kassa's demo card and coupon, as the app keeps them.
    const loyalty::Programme card = loyalty::demoProgramme();
    const QString number = QString::fromLatin1(loyalty::demoCardNumber);
    const loyalty::Coupon coupon = loyalty::demoCoupon(Currency::sek());
    result.insert(
        u"walletCard"_s,
        QJsonObject{{u"id"_s, card.id},
                    {u"value"_s, number},
                    {u"description"_s, card.name},
                    {u"label"_s, QString(card.name + u' ' + loyalty::maskedNumber(number))}});
    result.insert(u"walletCoupon"_s,
                  QJsonObject{{u"id"_s, QString::fromLatin1(loyalty::couponTokenType)},
                              {u"value"_s, coupon.code},
                              {u"description"_s, coupon.name},
                              {u"label"_s, QString(coupon.name + u' ' + coupon.code)}});
    return result;
}

QString PhoneStrings::sentence(const QString &language, const QString &english) const
{
    for (const char *source : sentences) {
        const QString pattern = QString::fromUtf8(source);
        const qsizetype at = pattern.indexOf(u"%1");
        if (at < 0) {
            if (english == pattern)
                return m_words.text(language, source);
            continue;
        }
        const QStringView head = QStringView(pattern).left(at);
        const QStringView tail = QStringView(pattern).mid(at + 2);
        if (english.size() <= head.size() + tail.size() || !english.startsWith(head) ||
            !english.endsWith(tail))
            continue;
        QString part = english.mid(head.size(), english.size() - head.size() - tail.size());
        for (const TextEntry &word : stateWords) {
            if (part == QLatin1StringView(word.id)) {
                part = m_words.text(language, word.source);
                break;
            }
        }
        return m_words.text(language, source).arg(part);
    }
    return english;
}

} // namespace kassa::sandbox
