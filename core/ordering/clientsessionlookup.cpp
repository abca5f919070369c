#include "core/ordering/clientsessionlookup.h"

#include "core/seqr/seqrclient.h"

namespace kassa::ordering {

ClientSession::Status clientSessionStatus(bool answered, bool refused,
                                          seqr::ClientSessionStatus status)
{
    if (refused)
        return ClientSession::Status::Expired;
    if (!answered)
        return ClientSession::Status::Unavailable;
    switch (status) {
    case seqr::ClientSessionStatus::Success:
        return ClientSession::Status::Success;
    case seqr::ClientSessionStatus::AuthorizationCancelled:
        return ClientSession::Status::Cancelled;
    case seqr::ClientSessionStatus::InProgress:
        return ClientSession::Status::InProgress;
    case seqr::ClientSessionStatus::AuthorizationExpired:
    case seqr::ClientSessionStatus::Unknown:
        break;
    }
    return ClientSession::Status::Expired;
}

OrderService::Lookup clientSessionLookup(seqr::SeqrClient *client)
{
    return [client](const QString &token, std::function<void(const ClientSession &)> done) {
        auto *call = client->getClientSessionInfo(token);
        QObject::connect(call, &seqr::SeqrCall::finished, call, [call, done] {
            const bool refused = call->status() == seqr::CallStatus::ServiceError;
            const bool answered = call->isSuccess();
            ClientSession info;
            info.status = clientSessionStatus(answered, refused,
                                              answered ? call->response().sessionStatus()
                                                       : seqr::ClientSessionStatus::Unknown);
            if (info.status == ClientSession::Status::Success)
                for (const seqr::Parameter &p : call->response().parameters)
                    info.parameters.append({p.key, p.value});
            call->deleteLater();
            done(info);
        });
    };
}

} // namespace kassa::ordering
