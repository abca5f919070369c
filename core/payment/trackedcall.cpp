#include "core/payment/trackedcall.h"

#include <chrono>

namespace kassa {

void trackCall(QObject *context, seqr::SeqrCall *call, int timeoutMs, seqr::SeqrCall *&slot,
               std::function<void()> finished)
{
    call->setTimeout(std::chrono::milliseconds(timeoutMs));
    slot = call;
    QObject::connect(call, &seqr::SeqrCall::finished, context,
                     [call, &slot, then = std::move(finished)] {
                         slot = nullptr;
                         call->deleteLater();
                         then();
                     });
}

} // namespace kassa
