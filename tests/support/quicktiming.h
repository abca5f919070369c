#pragma once

#include "core/payment/paymentsession.h"

namespace kassa::test {

// A payment's timing for tests: a poll and a journal retry every 100 ms, and
// rounds of `roundMs`; the rest as at a till.
inline PaymentTiming quickTiming(int roundMs)
{
    return PaymentTiming{.pollIntervalMs = 100, .roundMs = roundMs, .journalRetryMs = 100};
}

} // namespace kassa::test
