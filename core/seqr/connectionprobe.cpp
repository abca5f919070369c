#include "core/seqr/connectionprobe.h"

#include "core/seqr/resultcode.h"

namespace kassa::seqr {

bool isEndpoint(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

namespace {

ProbeVerdict judgeServiceError(int resultCode)
{
    switch (ResultCode(resultCode)) {
    case ResultCode::InvalidInvoiceReference: // the invoice is unknown, the till is not
        return ProbeVerdict::Accepted;
    case ResultCode::AuthenticationFailed:
    case ResultCode::InvalidInitiatorPrincipalId:
    case ResultCode::InitiatorPrincipalNotFound:
        return ProbeVerdict::CredentialsRefused;
    default:
        return ProbeVerdict::ServiceError;
    }
}

} // namespace

ProbeVerdict judgeProbe(CallStatus status, int resultCode)
{
    switch (status) {
    case CallStatus::Success:
        return ProbeVerdict::Accepted;
    case CallStatus::ServiceError:
        return judgeServiceError(resultCode);
    case CallStatus::TlsFailure:
        return ProbeVerdict::Untrusted;
    case CallStatus::CannotConnect:
        return ProbeVerdict::NothingAnswers;
    case CallStatus::Timeout:
    case CallStatus::ConnectionLost:
        return ProbeVerdict::NoAnswerInTime;
    default:
        return ProbeVerdict::NotSeqr;
    }
}

} // namespace kassa::seqr
