// Codec speed: what the till does on every poll and at the end of the day.
#include "core/reconciliation/reconciliationreport.h"
#include "core/seqr/seqrcodec.h"
#include "tests/bench/benchtimer.h"
#include "tests/support/samples.h"

#include <QCoreApplication>

using namespace kassa;
using namespace kassa::seqr;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool ok = true;

    const SendInvoiceRequest invoice{samples::context(), samples::invoice(50), {}};
    ok &= benchmark("encode sendInvoice, 50 rows", 50, 2000, 15, [&] {
        volatile qsizetype n = codec::encodeRequest(invoice).size();
        (void)n;
    });

    const QByteArray paid = codec::encodeResponse(samples::paidStatusResponse());
    GetPaymentStatusResponse minimalPaid;
    minimalPaid.status = InvoiceStatus::Paid;
    minimalPaid.ersReference = QStringLiteral("987654321");
    minimalPaid.version = 2;
    Receipt receipt;
    receipt.paymentDate = QDateTime::currentDateTimeUtc();
    receipt.invoiceReference = QStringLiteral("1234567890");
    receipt.paymentReference = QStringLiteral("987654321");
    receipt.terminalId = QStringLiteral("8609bf533abf4a20816e8bfe7b4c4c2e");
    minimalPaid.receipt = receipt;
    const QByteArray paidReceipt = codec::encodeResponse(minimalPaid);
    ok &= benchmark("decode PAID getPaymentStatus with receipt", 20, 5000, 15, [&] {
        volatile bool b = codec::decodeGetPaymentStatusResponse(paidReceipt).hasValue();
        (void)b;
    });
    benchmark("  (same, receipt carrying a 3-row invoice)", 1e9, 2000, 15, [&] {
        volatile bool b = codec::decodeGetPaymentStatusResponse(paid).hasValue();
        (void)b;
    });

    const QByteArray report = codec::encodeResponse(samples::executeReportResponse(10000));
    ok &= benchmark("decode 10,000-row STD_RECON_003 report", 30000, 1, 15, [&] {
        auto response = codec::decodeExecuteReportResponse(report);
        auto parsed = ReconciliationReport::parse(response->report->contentString);
        if (!parsed || parsed->rows.size() != 10000)
            std::abort();
    });
    return ok ? 0 : 1;
}
