#include "sandbox/phonestrings.h"

using namespace Qt::StringLiterals;

namespace kassa::sandbox {

namespace {

struct Entry
{
    const char *id;
    const char *source;
};

constexpr Entry entries[] = {
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
};

} // namespace

PhoneStrings::PhoneStrings()
    : m_sv(std::make_unique<QTranslator>())
    , m_en(std::make_unique<QTranslator>())
{
    // Built into the binary by kassa_translations.
    (void)m_sv->load(u":/i18n/kassa_sv.qm"_s);
    (void)m_en->load(u":/i18n/kassa_en.qm"_s);
}

PhoneStrings::~PhoneStrings() = default;

QString PhoneStrings::languageOf(const QString &asked, const QByteArray &acceptLanguage)
{
    if (asked == u"sv" || asked == u"en")
        return asked;
    for (QByteArray range : acceptLanguage.split(',')) {
        range = range.trimmed().toLower();
        if (range.startsWith("sv"))
            return u"sv"_s;
        if (range.startsWith("en"))
            return u"en"_s;
    }
    return u"en"_s;
}

QJsonObject PhoneStrings::table(const QString &language) const
{
    const QTranslator *t = language == u"sv" ? m_sv.get() : m_en.get();
    QJsonObject result{{u"language"_s, language}};
    for (const Entry &e : entries) {
        const QString translated = t->translate("kassa::sandbox::PhoneStrings", e.source);
        result.insert(QLatin1StringView(e.id),
                      translated.isEmpty() ? QString::fromUtf8(e.source) : translated);
    }
    return result;
}

} // namespace kassa::sandbox
