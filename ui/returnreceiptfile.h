#pragma once

#include "core/money/money.h"
#include "ui/managercontext.h"

#include <QObject>
#include <QString>

#include <functional>

namespace kassa::ui {

// The return receipt of refund `refundErsReference` (numbered in the till's
// one series when the refund was journaled) as a PDF in the manager's
// receipt folder, written only once its control code is in the journal
// (core's SignatureWait), and then printed on the till's receipt printer
// when it has one. `done(path, note)` is called from the event
// loop: with the PDF's path when written; with a note (and no path) while
// the receipt waits for the control unit — then again with the path once
// the unit signed it, while `owner` lives — or when it cannot be made.
// `remaining`: what the payment has left, as the refund found it.
void writeReturnReceipt(const ManagerContext &context, const QString &refundErsReference,
                        const Money &remaining, QObject *owner,
                        const std::function<void(const QString &path, const QString &note)> &done);

} // namespace kassa::ui
