#pragma once

#include "core/seqr/seqrcall.h"

#include <QObject>

#include <functional>

namespace kassa {

// One of a payment's SEQR calls while it is in flight (PaymentSession keeps
// one per purpose): `call` gets its timeout and stands in `slot` until it
// finishes; then `slot` is cleared, the call is deleted later and `finished`
// runs, in `context` and never after `context` is gone.
void trackCall(QObject *context, seqr::SeqrCall *call, int timeoutMs, seqr::SeqrCall *&slot,
               std::function<void()> finished);

} // namespace kassa
