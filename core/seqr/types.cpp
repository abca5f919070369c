#include "core/seqr/types.h"

#include <array>

using namespace Qt::StringLiterals;

namespace kassa::seqr {

namespace {

constexpr std::array kOperationNames{
    "registerTerminal",     "assignSeqrId",          "unregisterTerminal", "sendInvoice",
    "updateInvoice",        "getPaymentStatus",      "cancelInvoice",      "submitPaymentReceipt",
    "refundPayment",        "markTransactionPeriod", "executeReport",      "commitReservation",
    "getClientSessionInfo",
};

constexpr std::array kStatusNames{
    "",       "ISSUED",   "PENDING_ISSUER_ACKNOWLEDGE", "PAID", "PARTIALLY_PAID", "CANCELED",
    "FAILED", "RESERVED",
};

constexpr std::array kSessionStatusNames{
    "", "SUCCESS", "AUTHORIZATION_EXPIRED", "AUTHORIZATION_CANCELLED", "AUTHORIZATION_IN_PROGRESS",
};

} // namespace

QString clientSessionStatusName(ClientSessionStatus status)
{
    return QString::fromLatin1(kSessionStatusNames[size_t(status)]);
}

ClientSessionStatus clientSessionStatusFromName(QStringView name)
{
    name = name.trimmed();
    for (size_t i = 1; i < kSessionStatusNames.size(); ++i) {
        if (name == QLatin1StringView(kSessionStatusNames[i]))
            return ClientSessionStatus(i);
    }
    // The status word without its prefix, as some texts write it.
    if (name == u"IN_PROGRESS")
        return ClientSessionStatus::InProgress;
    return ClientSessionStatus::Unknown;
}

QString operationName(Operation op)
{
    return QString::fromLatin1(kOperationNames[size_t(op)]);
}

std::optional<Operation> operationFromName(QStringView name)
{
    for (size_t i = 0; i < kOperationNames.size(); ++i) {
        if (name == QLatin1StringView(kOperationNames[i]))
            return Operation(i);
    }
    return std::nullopt;
}

QString invoiceStatusName(InvoiceStatus status)
{
    return QString::fromLatin1(kStatusNames[size_t(status)]);
}

InvoiceStatus invoiceStatusFromName(QStringView name)
{
    name = name.trimmed();
    for (size_t i = 1; i < kStatusNames.size(); ++i) {
        if (name == QLatin1StringView(kStatusNames[i]))
            return InvoiceStatus(i);
    }
    return InvoiceStatus::Unknown;
}

bool isFinal(InvoiceStatus status)
{
    return status == InvoiceStatus::Paid || status == InvoiceStatus::Canceled ||
           status == InvoiceStatus::Failed;
}

Amount Amount::fromMoney(const Money &money)
{
    return Amount{money.currency().code(), money.toDecimal()};
}

Result<Money> Amount::toMoney() const
{
    const auto known = Currency::fromCode(currency);
    if (!known)
        return makeError(ErrorCode::UnknownCurrency, u"unknown currency: "_s + currency);
    return Money::fromDecimal(value, *known);
}

QString parameterValue(const Parameters &parameters, QStringView key)
{
    for (const Parameter &p : parameters) {
        if (p.key == key)
            return p.value;
    }
    return {};
}

} // namespace kassa::seqr
