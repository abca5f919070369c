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

constexpr std::array kPaymentModeNames{
    "",
    "IMMEDIATE_DEBIT",
    "RESERVATION_DESIRED",
    "RESERVATION_REQUIRED",
};

constexpr std::array kAcknowledgmentModeNames{
    "",
    "NO_ACKNOWLEDGMENT",
    "OPTIONAL_ACKNOWLEDGMENT",
    "REQUIRE_ACKNOWLEDGMENT",
};

// The value named `name` (surrounding white space aside) in a table whose
// first entry, "", stands for the enum's unknown value 0.
template<class E, size_t N> E fromNames(const std::array<const char *, N> &names, QStringView name)
{
    name = name.trimmed();
    for (size_t i = 1; i < N; ++i) {
        if (name == QLatin1StringView(names[i]))
            return E(i);
    }
    return E(0);
}

} // namespace

QString paymentModeName(PaymentMode mode)
{
    return QString::fromLatin1(kPaymentModeNames[size_t(mode)]);
}

PaymentMode paymentModeFromName(QStringView name)
{
    return fromNames<PaymentMode>(kPaymentModeNames, name);
}

QString acknowledgmentModeName(AcknowledgmentMode mode)
{
    return QString::fromLatin1(kAcknowledgmentModeNames[size_t(mode)]);
}

AcknowledgmentMode acknowledgmentModeFromName(QStringView name)
{
    return fromNames<AcknowledgmentMode>(kAcknowledgmentModeNames, name);
}

QString clientSessionStatusName(ClientSessionStatus status)
{
    return QString::fromLatin1(kSessionStatusNames[size_t(status)]);
}

ClientSessionStatus clientSessionStatusFromName(QStringView name)
{
    // The status word without its prefix, as some texts write it.
    if (name.trimmed() == u"IN_PROGRESS")
        return ClientSessionStatus::InProgress;
    return fromNames<ClientSessionStatus>(kSessionStatusNames, name);
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
    return fromNames<InvoiceStatus>(kStatusNames, name);
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
