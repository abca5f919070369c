#include "core/controlunit/ccspmessages.h"

#include "core/controlunit/ccspframe.h"

using namespace Qt::StringLiterals;

namespace kassa::controlunit {

namespace {

const QList<Decimal> &swedishRates()
{
    static const QList<Decimal> rates{Decimal::fromInteger(25), Decimal::fromInteger(12),
                                      Decimal::fromInteger(6), Decimal::fromInteger(0)};
    return rates;
}

bool sameRate(const Decimal &a, const Decimal &b)
{
    const auto x = a.scaledTo(4);
    const auto y = b.scaledTo(4);
    return x && y && *x == *y;
}

bool isSwedishRate(const Decimal &rate)
{
    for (const Decimal &known : swedishRates())
        if (sameRate(known, rate))
            return true;
    return false;
}

Error invalid(QString detail)
{
    return makeError(ErrorCode::InvalidArgument, std::move(detail));
}

Error malformed(QString detail)
{
    return makeError(ErrorCode::BadAnswer, std::move(detail));
}

QByteArray decimalComma(const Decimal &value, int decimals)
{
    return value.toString(decimals).toLatin1().replace('.', ',');
}

Result<Money> parseAmount(QByteArrayView text, const Currency &currency)
{
    const QByteArray dotted = text.toByteArray().replace(',', '.');
    auto money = Money::parse(QString::fromLatin1(dotted), currency);
    if (!money || !text.contains(','))
        return invalid(u"not an amount with a decimal comma: "_s + QString::fromLatin1(text));
    return money;
}

Result<QByteArray> textField(const QString &text, const char *what)
{
    const QByteArray bytes = text.toLatin1();
    if (text.isEmpty() || QString::fromLatin1(bytes) != text || !isValidField(bytes))
        return invalid(QString::fromLatin1(what) + u" cannot be sent to the control unit: "_s +
                       text);
    return bytes;
}

} // namespace

QList<NakCode> allNakCodes()
{
    return {NakCode::InvalidLrc,           NakCode::UnknownMessageType, NakCode::InvalidData,
            NakCode::InvalidSequence,      NakCode::NotOperational,     NakCode::InvalidPosId,
            NakCode::InternalError,        NakCode::LicenseExceeded,    NakCode::StorageFull,
            NakCode::InvalidSequenceNumber};
}

QByteArray nakCodeText(NakCode code)
{
    return QByteArray::number(int(code)).rightJustified(3, '0');
}

std::optional<NakCode> nakCodeFromText(QByteArrayView text)
{
    bool ok = false;
    const int value = text.toByteArray().toInt(&ok);
    if (!ok || text.size() != 3)
        return std::nullopt;
    for (NakCode code : allNakCodes())
        if (int(code) == value)
            return code;
    return std::nullopt;
}

QByteArray receiptTypeKey(ReceiptType type)
{
    switch (type) {
    case ReceiptType::Normal:
        return "normal";
    case ReceiptType::Copy:
        return "kopia";
    case ReceiptType::Training:
        return "ovning";
    case ReceiptType::ProForma:
        return "profo";
    }
    return "normal";
}

std::optional<ReceiptType> receiptTypeFromKey(QByteArrayView key)
{
    for (ReceiptType type :
         {ReceiptType::Normal, ReceiptType::Copy, ReceiptType::Training, ReceiptType::ProForma})
        if (receiptTypeKey(type) == key)
            return type;
    return std::nullopt;
}

QByteArray ccspAmount(const Money &amount)
{
    return decimalComma(amount.toDecimal(), 2);
}

Result<QByteArrayList> receiptFields(const ReceiptFigures &f)
{
    if (!f.at.isValid())
        return invalid(u"the receipt has no date"_s);
    if (f.serialNumber <= 0)
        return invalid(u"the receipt has no serial number"_s);
    auto till = textField(f.tillId, "the till's designation");
    if (!till)
        return till.error();
    auto org = textField(f.orgNumber, "the organisation number");
    if (!org)
        return org.error();
    QByteArrayList fields{f.at.toLocalTime().toString(u"yyyyMMddHHmm"_s).toLatin1(),
                          QByteArray::number(f.serialNumber),
                          *till,
                          *org,
                          receiptTypeKey(f.type),
                          ccspAmount(f.total),
                          ccspAmount(f.returnsTotal)};
    for (const Decimal &rate : swedishRates()) {
        Money vat(0, f.total.currency());
        for (const VatAmount &line : f.vat) {
            if (!sameRate(line.ratePercent, rate))
                continue;
            auto sum = vat.plus(line.amount);
            if (!sum)
                return sum.error();
            vat = *sum;
        }
        fields.append(decimalComma(rate, 2) + ';' + ccspAmount(vat));
    }
    for (const VatAmount &line : f.vat)
        if (!isSwedishRate(line.ratePercent) && !line.amount.isZero())
            return invalid(u"a VAT rate the control unit does not know: "_s +
                           line.ratePercent.toString());
    return fields;
}

Result<ReceiptFigures> parseReceiptFields(const QByteArrayList &fields)
{
    if (fields.size() != 11)
        return invalid(u"a receipt has 11 fields, not %1"_s.arg(fields.size()));
    ReceiptFigures f;
    f.at = QDateTime::fromString(QString::fromLatin1(fields[0]), u"yyyyMMddHHmm"_s);
    if (!f.at.isValid())
        return invalid(u"not a date and time: "_s + QString::fromLatin1(fields[0]));
    bool ok = false;
    f.serialNumber = fields[1].toLongLong(&ok);
    if (!ok || f.serialNumber <= 0)
        return invalid(u"not a serial number: "_s + QString::fromLatin1(fields[1]));
    f.tillId = QString::fromLatin1(fields[2]);
    f.orgNumber = QString::fromLatin1(fields[3]);
    if (f.tillId.trimmed().isEmpty() || f.orgNumber.trimmed().isEmpty())
        return invalid(u"the till or the organisation number is empty"_s);
    const auto type = receiptTypeFromKey(fields[4]);
    if (!type)
        return invalid(u"not a receipt type: "_s + QString::fromLatin1(fields[4]));
    f.type = *type;
    const Currency sek = Currency::sek();
    auto total = parseAmount(fields[5], sek);
    auto returns = parseAmount(fields[6], sek);
    if (!total || !returns)
        return (total ? returns : total).error();
    f.total = *total;
    f.returnsTotal = *returns;
    for (int i = 0; i < 4; ++i) {
        const QByteArrayList pair = fields[7 + i].split(';');
        auto amount = pair.size() == 2 ? parseAmount(pair[1], sek) : invalid(u"no pair"_s);
        auto rate = pair.size() == 2
                        ? Decimal::parse(QString::fromLatin1(QByteArray(pair[0]).replace(',', '.')))
                        : Result<Decimal>(invalid(u"no pair"_s));
        if (!amount || !rate || !sameRate(*rate, swedishRates()[i]))
            return invalid(u"not a VAT pair for %1 %: "_s.arg(swedishRates()[i].toString()) +
                           QString::fromLatin1(fields[7 + i]));
        f.vat.append(VatAmount{*rate, *amount});
    }
    return f;
}

Result<UnitIdentity> parseIdentity(const QByteArrayList &fields)
{
    bool ok = false;
    const int version = fields.size() >= 3 ? fields[2].toInt(&ok) : 0;
    if (fields.size() < 4 || fields[0] != "IR" || fields[1].isEmpty() || !ok || version < 1)
        return malformed(u"not an identity answer: "_s + QString::fromLatin1(fields.join('#')));
    return UnitIdentity{QString::fromLatin1(fields[1]), version, QString::fromLatin1(fields[3])};
}

Result<UnitStatus> parseStatus(const QByteArrayList &fields)
{
    bool ok = false;
    const int main = fields.size() >= 2 ? fields[1].toInt(&ok) : -1;
    if (fields.isEmpty() || fields[0] != "SIR" || !ok || main < 0 || main > 5)
        return malformed(u"not a status answer: "_s + QString::fromLatin1(fields.join('#')));
    UnitStatus status;
    status.mainStatus = main;
    if (fields.size() >= 3)
        status.severities = QString::fromLatin1(fields[2]);
    if (fields.size() >= 4)
        status.storage = StorageStatus(qBound(0, fields[3].toInt(), 2));
    return status;
}

Result<Signature> parseSignature(const QByteArrayList &fields)
{
    if (fields.size() >= 5 && fields[0] == "RRR" && !fields[1].isEmpty()) {
        bool ok = false;
        const int storage = fields[4].toInt(&ok);
        if (ok && storage >= 0 && storage <= 2)
            return Signature{QString::fromLatin1(fields[1]), QString::fromLatin1(fields[2]),
                             StorageStatus(storage)};
    }
    if (fields.size() >= 2 && fields[0] == "SR" && !fields[1].isEmpty())
        return Signature{QString::fromLatin1(fields[1]), {}, StorageStatus::Ok};
    return malformed(u"not a signature answer: "_s + QString::fromLatin1(fields.join('#')));
}

} // namespace kassa::controlunit
