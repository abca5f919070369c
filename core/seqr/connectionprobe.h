#pragma once

#include "core/seqr/seqrcall.h"

#include <QUrl>

namespace kassa::seqr {

// Whether `url` can be a SEQR endpoint: a web address (https, or http for a
// local sandbox) with a host.
bool isEndpoint(const QUrl &url);

// What asking an endpoint for an invoice that does not exist
// (getPaymentStatus "0", with the till's credentials) says about it.
enum class ProbeVerdict
{
    Accepted,           // SEQR is there and takes the till's credentials
    CredentialsRefused, // SEQR is there but does not know the till
    ServiceError,       // SEQR is there and answers with another error
    Untrusted,          // the certificate is not valid for the host
    NothingAnswers,     // nothing listens at the address
    NoAnswerInTime,     // too slow, or the connection dropped
    NotSeqr,            // something answers, but not as SEQR does
};

// The verdict of a finished probe call with `status` (and SEQR's
// `resultCode` when the status is ServiceError).
ProbeVerdict judgeProbe(CallStatus status, int resultCode);

} // namespace kassa::seqr
