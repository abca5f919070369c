#include "core/receipt/journalreceipts.h"

#include "core/journal/journal.h"
#include "core/receipt/receiptbuilder.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

struct ReceiptText
{
    Q_DECLARE_TR_FUNCTIONS(JournalReceipts)
};

} // namespace

Result<std::optional<ControlStamp>> journaledStamp(const journal::Journal &journal, qint64 serial,
                                                   const QString &type)
{
    const auto signature = journal.receiptSignature(serial, type);
    if (!signature)
        return signature.error();
    if (!*signature || !(*signature)->isSigned)
        return std::optional<ControlStamp>();
    return std::optional<ControlStamp>(
        ControlStamp{(*signature)->unitId, (*signature)->controlCode});
}

Result<ReceiptOptions> journaledCopyOptions(const journal::Journal &journal, qint64 receiptNumber)
{
    auto stamp = journaledStamp(journal, receiptNumber, u"kopia"_s);
    if (!stamp)
        return stamp.error();
    ReceiptOptions options;
    options.copy = true;
    options.stamp = *stamp;
    return options;
}

Result<ReceiptContent> journaledReceipt(const journal::Journal &journal, const journal::Sale &sale,
                                        const ReceiptSettings &settings, bool electronic)
{
    ReceiptOptions options;
    options.electronic = electronic;
    if (sale.receiptNumber) {
        auto stamp = journaledStamp(journal, *sale.receiptNumber, journal::receiptTypeOf(sale));
        if (!stamp)
            return stamp.error();
        options.stamp = *stamp;
    }
    return saleReceipt(sale, settings, options);
}

QString copyRefusal(const journal::Journal &journal, qint64 receiptNumber)
{
    const auto sale = journal.saleByReceiptNumber(receiptNumber);
    const bool isReturn =
        !sale && sale.error().code == ErrorCode::NotFound && journal.returnReceipt(receiptNumber);
    if (!sale && !isReturn && sale.error().code == ErrorCode::NotFound)
        return ReceiptText::tr("There is no receipt %1.").arg(receiptNumber);
    if (!sale && !isReturn)
        return sale.error().detail;
    const auto made = journal.copy(receiptNumber);
    if (!made)
        return made.error().detail;
    if (!*made)
        return {};
    return ReceiptText::tr("Receipt %1 already has its copy (made %2): a receipt gets one copy "
                           "only. The journal keeps the receipt for anyone who needs to read it.")
        .arg(receiptNumber)
        .arg(QLocale().toString((*made)->madeAt.toLocalTime(), QLocale::ShortFormat));
}

Result<journal::ReceiptCopy> recordReceiptCopy(journal::Journal &journal, qint64 receiptNumber,
                                               const QString &cashierId)
{
    auto copy = journal.recordCopy(receiptNumber, cashierId);
    if (copy)
        return copy;
    const ErrorCode code = copy.error().code;
    if (code == ErrorCode::NotFound || code == ErrorCode::InvalidArgument)
        return makeError(code, copyRefusal(journal, receiptNumber));
    return makeError(code, copy.error().detail);
}

Result<ReceiptContent> journaledCopy(const journal::Journal &journal, qint64 receiptNumber,
                                     const ReceiptSettings &settings)
{
    const auto made = journal.copy(receiptNumber);
    if (!made)
        return made.error();
    if (!*made)
        return makeError(ErrorCode::NotFound,
                         ReceiptText::tr("Receipt %1 has no copy.").arg(receiptNumber));
    const auto sale = journal.saleByReceiptNumber(receiptNumber);
    if (!sale)
        return sale.error();
    const auto options = journaledCopyOptions(journal, receiptNumber);
    if (!options)
        return options.error();
    return saleReceipt(*sale, settings, *options);
}

Result<ReceiptContent> journaledProForma(const journal::Journal &journal, qint64 number,
                                         const ReceiptSettings &settings)
{
    const auto proForma = journal.proForma(number);
    if (!proForma)
        return proForma.error();
    auto stamp = journaledStamp(journal, number, u"profo"_s);
    if (!stamp)
        return stamp.error();
    return proFormaReceipt(*proForma, settings, *stamp);
}

} // namespace kassa
