#include "core/seqr/resultcode.h"

#include <array>

namespace kassa::seqr {

namespace {

struct Name
{
    int code;
    const char *name;
};

constexpr std::array kNames{
    Name{0, "SUCCESS"},
    Name{2, "REPORT_NOT_READY"},
    Name{11, "REJECTED_AMOUNT"},
    Name{20, "AUTHENTICATION_FAILED"},
    Name{21, "ACCESS_DENIED"},
    Name{23, "INVALID_ERS_REFERENCE"},
    Name{29, "INVALID_INITIATOR_PRINCIPAL_ID"},
    Name{33, "INVALID_INITIATOR_PRINCIPAL_STATE"},
    Name{37, "INITIATOR_PRINCIPAL_NOT_FOUND"},
    Name{48, "PAYMENT_IN_PROGRESS"},
    Name{49, "INVALID_INVOICE_DATA"},
    Name{50, "CANNOT_CANCEL_PAID_INVOICE"},
    Name{51, "CANNOT_CANCEL_INVOICE_IN_PROGRESS"},
    Name{53, "INVALID_SEQR_ID"},
    Name{54, "INVALID_INVOICE_REFERENCE"},
    Name{64, "INVALID_NOTIFICATION_URL"},
    Name{90, "SYSTEM_ERROR"},
    Name{91, "UNSUPPORTED_OPERATION"},
    Name{93, "SYSTEM_BUSY"},
    Name{94, "SERVICE_UNAVAILABLE"},
    Name{95, "INVOICE_ALREADY_CANCELED"},
    Name{96, "INVOICE_STATE_NOT_RESERVED"},
    Name{97, "RESELLER_NOT_ALLOWED_TO_DO_REFUND"},
    Name{98, "SUM_OF_REFUNDS_CAN_NOT_BE_MORE_THAN_ORIGINAL_TRANSACTION"},
    Name{99, "RECEIVER_ACCOUNT_DOES_NOT_ALLOW_REFUNDS"},
};

} // namespace

QString resultCodeName(int code)
{
    for (const Name &n : kNames) {
        if (n.code == code)
            return QString::fromLatin1(n.name);
    }
    return QStringLiteral("UNKNOWN_RESULT_CODE_") + QString::number(code);
}

bool isKnownResultCode(int code)
{
    for (const Name &n : kNames) {
        if (n.code == code)
            return true;
    }
    return false;
}

} // namespace kassa::seqr
