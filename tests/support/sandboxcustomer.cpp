#include "tests/support/sandboxcustomer.h"

#include "sandbox/sandboxservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kassa::test {

QString waitingInvoice(const sandbox::SandboxService &service, const QString &seqrId)
{
    for (const QJsonValue &till : service.tillsJson()) {
        if (till[u"seqrId"_s].toString().compare(seqrId, Qt::CaseInsensitive) == 0)
            return till[u"waitingInvoice"_s].toString();
    }
    return {};
}

void payWhenWaiting(sandbox::SandboxService &service, const QString &seqrId, int timeoutMs)
{
    QTRY_VERIFY_WITH_TIMEOUT(!waitingInvoice(service, seqrId).isEmpty(), timeoutMs);
    const auto scanned = service.scan(seqrId);
    QVERIFY(scanned);
    QVERIFY(service.pay((*scanned)[u"invoiceReference"_s].toString(), u"1234"_s));
}

} // namespace kassa::test
