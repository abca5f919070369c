// What the sandbox's SOAP handlers share (sandboxservice.cpp, sandboxreports.cpp):
// SEQR's answers with a result code, and the authentication every handler
// starts with; and the refusal the buyer's side and the service sessions
// answer with (sandboxbuyer.cpp, sandboxsessions.cpp). Private to the
// sandbox's service.
#pragma once

#include "core/seqr/resultcode.h"
#include "sandbox/sandboxservice.h"

namespace kassa::sandbox {

template<class R> inline R failure(seqr::ResultCode code, const QString &description = {})
{
    R r;
    r.resultCode = int(code);
    const QString name = seqr::resultCodeName(int(code));
    r.resultDescription = description.isEmpty() ? name : name + QStringLiteral(": ") + description;
    return r;
}

// A request of the buyer's (the phone) the sandbox turns down, with the
// sentence the phone page shows.
inline Error refusal(const QString &sentence)
{
    return makeError(ErrorCode::InvalidArgument, sentence);
}

template<class R> inline R success()
{
    R r;
    r.resultCode = 0;
    r.resultDescription = QStringLiteral("SUCCESS");
    return r;
}

struct SandboxService::Auth
{
    int code = 0;
    QString description;
    Terminal *terminal = nullptr;
    Reseller *reseller = nullptr;
    bool ok() const { return code == 0; }
    static Auth refused(seqr::ResultCode result, const QString &why = {})
    {
        return Auth{int(result), why, nullptr, nullptr};
    }
};

// Every handler's first line: who is asking, and a failure answer when not allowed.
#define KASSA_AUTHENTICATE(Response, who)                                                          \
    Auth auth = authenticate(r.context, who);                                                      \
    if (!auth.ok())                                                                                \
        return failure<Response>(seqr::ResultCode(auth.code), auth.description);

// The asking till's invoice `r.invoiceReference` as `record` (after
// KASSA_AUTHENTICATE with Who::Terminal), and a failure answer when the till
// has none by that reference.
#define KASSA_TILL_INVOICE(Response)                                                               \
    InvoiceRecord *found = tillInvoice(*auth.terminal, r.invoiceReference);                        \
    if (!found)                                                                                    \
        return failure<Response>(seqr::ResultCode::InvalidInvoiceReference);                       \
    InvoiceRecord &record = *found;

// A period's or a report's TERMINALID parameter as `terminalId`, and a
// failure answer when it names a till the one asking may not speak for.
#define KASSA_TERMINAL_PARAMETER(Response)                                                         \
    const QString terminalId = parameterValue(r.parameters, u"TERMINALID");                        \
    if (!maySpeakFor(auth, terminalId))                                                            \
        return failure<Response>(seqr::ResultCode::InvalidInitiatorPrincipalId,                    \
                                 QStringLiteral("unknown TERMINALID"));

} // namespace kassa::sandbox
