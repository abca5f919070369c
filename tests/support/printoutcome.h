#pragma once

#include "core/printing/printqueue.h"

#include <QSignalSpy>
#include <QTest>

// The outcome of print job `id` once the queue has finished it, watched on
// `spy` (a QSignalSpy on the queue's or the till printer's finished signal),
// waiting at most `timeoutMs`; an empty outcome when it never came.
inline kassa::printing::PrintOutcome outcomeOf(QSignalSpy &spy, int id, int timeoutMs = 15000)
{
    kassa::printing::PrintOutcome found;
    (void)QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &args : spy) {
                const auto outcome = args.first().value<kassa::printing::PrintOutcome>();
                if (outcome.job.id == id) {
                    found = outcome;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}
