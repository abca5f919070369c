#pragma once

#include <QString>

namespace kassa::sandbox {
class SandboxService;
}

// The customer at a till, as the end-to-end tests play them against the
// sandbox: what the phone page's till list shows, then scan and pay.
namespace kassa::test {

// The invoice the till with SEQR ID `seqrId` waits on (the sandbox's till
// list, as the phone page shows it); empty when it waits on none.
QString waitingInvoice(const sandbox::SandboxService &service, const QString &seqrId);

// Once that till waits on an invoice (within `timeoutMs`), the customer
// scans its sticker and pays with the PIN; a failed step fails the test.
void payWhenWaiting(sandbox::SandboxService &service, const QString &seqrId, int timeoutMs = 15000);

} // namespace kassa::test
