#include "core/reconciliation/tilleventtext.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

// The kinds of till event in the order reports list them, each with its
// word as a report's heading.
struct KindWord
{
    QLatin1StringView kind;
    const char *word; // in the context "Receipt"
};

constexpr KindWord kKindWords[] = {
    {"drawer-opening"_L1, QT_TRANSLATE_NOOP("Receipt", "Drawer openings")},
    {"float-change"_L1, QT_TRANSLATE_NOOP("Receipt", "Cash float changes")},
    {"receipt-copy"_L1, QT_TRANSLATE_NOOP("Receipt", "Receipt copies")},
    {"training-sale"_L1, QT_TRANSLATE_NOOP("Receipt", "Training sales")},
    {"voided-cart"_L1, QT_TRANSLATE_NOOP("Receipt", "Unfinished sales")},
    {"return-receipt"_L1, QT_TRANSLATE_NOOP("Receipt", "Return receipts")},
    {"price-change"_L1, QT_TRANSLATE_NOOP("Receipt", "Price changes")},
    {"z-report"_L1, QT_TRANSLATE_NOOP("Receipt", "Z reports")},
    {"coupon-release"_L1, QT_TRANSLATE_NOOP("Receipt", "Coupons given back")},
};

QString said(const char *text, int n = -1)
{
    return QCoreApplication::translate("TillEventText", text, nullptr, n);
}

QString moneyText(qint64 minor, const journal::TillEvent &e, const QLocale &l)
{
    return Money(minor, e.amount ? e.amount->currency() : Currency::sek()).toLocalizedString(l);
}

QString drawerOpening(const journal::TillEvent &e)
{
    const QString cause =
        e.reference == u"cash-sale"     ? said(QT_TRANSLATE_NOOP("TillEventText", "cash sale"))
        : e.reference == u"cash-refund" ? said(QT_TRANSLATE_NOOP("TillEventText", "cash refund"))
        : e.reference == u"float"       ? said(QT_TRANSLATE_NOOP("TillEventText", "cash float"))
        : e.reference == u"no-sale"     ? said(QT_TRANSLATE_NOOP("TillEventText", "no sale"))
                                        : e.reference;
    return e.detail.isEmpty()
               ? said(QT_TRANSLATE_NOOP("TillEventText", "Drawer opened: %1")).arg(cause)
               : said(QT_TRANSLATE_NOOP("TillEventText", "Drawer opened: %1 (%2)"))
                     .arg(cause, e.detail);
}

QString priceChange(const journal::TillEvent &e, const QLocale &l)
{
    // detail: "<name> (<source>), before: <old minor units or ->"
    static const QRegularExpression shape(u"^(.*) \\(([^()]*)\\), before: (-?\\d+|-)$"_s);
    const auto m = shape.match(e.detail);
    const QString now = e.amount ? e.amount->toLocalizedString(l) : QString();
    if (!m.hasMatch())
        return said(QT_TRANSLATE_NOOP("TillEventText", "Price of %1 set to %2: %3"))
            .arg(e.reference, now, e.detail);
    const QString before = m.captured(3) == u"-"
                               ? said(QT_TRANSLATE_NOOP("TillEventText", "no price"))
                               : moneyText(m.captured(3).toLongLong(), e, l);
    const QString source =
        m.captured(2) == u"import"        ? said(QT_TRANSLATE_NOOP("TillEventText", "import"))
        : m.captured(2) == u"edit"        ? said(QT_TRANSLATE_NOOP("TillEventText", "edit"))
        : m.captured(2) == u"edit undone" ? said(QT_TRANSLATE_NOOP("TillEventText", "edit undone"))
                                          : m.captured(2);
    return said(QT_TRANSLATE_NOOP("TillEventText", "Price of %1 (%2) changed from %3 to %4 (%5)"))
        .arg(m.captured(1), e.reference, before, now, source);
}

QString zReport(const journal::TillEvent &e, const QLocale &l)
{
    static const QRegularExpression shape(u"^sales (-?\\d+), returns (-?\\d+)$"_s);
    const auto m = shape.match(e.detail);
    if (!m.hasMatch())
        return said(QT_TRANSLATE_NOOP("TillEventText", "Z report %1 taken")).arg(e.reference);
    return said(QT_TRANSLATE_NOOP("TillEventText", "Z report %1 taken: sales %2, returns %3"))
        .arg(e.reference, moneyText(m.captured(1).toLongLong(), e, l),
             moneyText(m.captured(2).toLongLong(), e, l));
}

QString couponRelease(const journal::TillEvent &e)
{
    const QString why =
        e.detail == u"voided"    ? said(QT_TRANSLATE_NOOP("TillEventText", "the cart was voided"))
        : e.detail == u"expired" ? said(QT_TRANSLATE_NOOP("TillEventText", "the web cart expired"))
        : e.detail == u"unpaid" ? said(QT_TRANSLATE_NOOP("TillEventText", "the order was not paid"))
        : e.detail == u"removed"
            ? said(QT_TRANSLATE_NOOP("TillEventText", "the customer took it off the order"))
            : e.detail;
    return said(QT_TRANSLATE_NOOP("TillEventText", "Coupon %1 given back: %2"))
        .arg(e.reference, why);
}

QString sentence(const journal::TillEvent &e, const QLocale &l)
{
    const QString &k = e.kind;
    if (k == u"drawer-opening")
        return drawerOpening(e);
    if (k == u"float-change") {
        const QString change = moneyText(e.reference.toLongLong(), e, l);
        const QString level = e.amount ? e.amount->toLocalizedString(l) : QString();
        return e.detail.isEmpty()
                   ? said(QT_TRANSLATE_NOOP("TillEventText", "Cash float now %1 (change %2)"))
                         .arg(level, change)
                   : said(QT_TRANSLATE_NOOP("TillEventText", "Cash float now %1 (change %2): %3"))
                         .arg(level, change, e.detail);
    }
    if (k == u"voided-cart")
        return said(
            QT_TRANSLATE_N_NOOP("TillEventText", "Cart voided with %n row(s): an unfinished sale"),
            e.reference.toInt());
    if (k == u"price-change")
        return priceChange(e, l);
    if (k == u"z-report")
        return zReport(e, l);
    if (k == u"receipt-copy")
        return said(QT_TRANSLATE_NOOP("TillEventText", "Copy of receipt %1 (KOPIA)"))
            .arg(e.reference);
    if (k == u"training-sale")
        return said(QT_TRANSLATE_NOOP("TillEventText",
                                      "Training receipt %1 (ÖVNINGSKVITTO): not a sale"))
            .arg(e.reference);
    if (k == u"return-receipt")
        return said(QT_TRANSLATE_NOOP("TillEventText", "Return receipt %1 (SEQR refund %2)"))
            .arg(e.reference, e.detail);
    if (k == u"coupon-release")
        return couponRelease(e);
    return QString(e.kind + u' ' + e.reference + u' ' + e.detail).trimmed();
}

} // namespace

const QStringList &tillEventKinds()
{
    static const QStringList kinds = [] {
        QStringList list;
        for (const KindWord &k : kKindWords)
            list.append(QString(k.kind));
        return list;
    }();
    return kinds;
}

const char *tillEventKindWord(const QString &kind)
{
    for (const KindWord &k : kKindWords) {
        if (kind == k.kind)
            return k.word;
    }
    return nullptr;
}

bool tillEventAmountsAdd(const QString &kind)
{
    return kind == u"voided-cart" || kind == u"training-sale" || kind == u"return-receipt";
}

QString tillEventKindName(const QString &kind)
{
    const char *word = tillEventKindWord(kind);
    return word ? QCoreApplication::translate("Receipt", word) : kind;
}

QString describeTillEvent(const journal::TillEvent &event, const QLocale &locale)
{
    const QString text = sentence(event, locale);
    return event.cashierId.isEmpty()
               ? text
               : said(QT_TRANSLATE_NOOP("TillEventText", "%1, by %2")).arg(text, event.cashierId);
}

} // namespace kassa
