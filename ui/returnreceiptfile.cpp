#include "ui/returnreceiptfile.h"

#include "core/controlunit/signaturewait.h"
#include "core/payment/returnreceipts.h"
#include "core/printing/tillprinter.h"
#include "core/terminal/errortext.h"
#include "ui/receiptprinter.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace kassa::ui {

namespace {

struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(ReturnReceiptFile)
};

} // namespace

void writeReturnReceipt(const ManagerContext &context, const QString &refundErsReference,
                        const Money &remaining, QObject *owner,
                        const std::function<void(const QString &path, const QString &note)> &done)
{
    journal::Journal *journal = context.journal;
    auto later = [owner, done](const QString &note) {
        QMetaObject::invokeMethod(
            owner, [done, note] { done({}, note); }, Qt::QueuedConnection);
    };
    const auto number = journal->returnReceiptNumber(refundErsReference);
    const auto record = number && *number ? journal->returnReceipt(**number)
                                          : Result<journal::ReturnReceiptRecord>(
                                                makeError(ErrorCode::NotFound, refundErsReference));
    if (!record)
        return later(FileText::tr("The return receipt cannot be made: %1")
                         .arg(describe(record.error(), false)));
    auto *wait = new controlunit::SignatureWait(journal, context.controlUnit, record->receiptNumber,
                                                record->signatureType(), owner);
    const QString path =
        QDir(context.receiptFolder).filePath(u"refund-%1.pdf"_s.arg(refundErsReference));
    const ReceiptSettings settings = ReceiptSettings::forTill(*context.till, context.locale);
    printing::TillPrinter *printer = context.printer;
    QObject::connect(
        wait, &controlunit::SignatureWait::ready, owner,
        [wait, journal, path, settings, remaining, done, printer] {
            wait->deleteLater();
            // On the till's receipt printer too (the paper one is not electronic).
            const auto paper =
                journaledReturnReceipt(*journal, wait->serialNumber(), settings, false, remaining);
            if (printer && paper)
                printer->printReceipt(*paper, FileText::tr("Receipt %1").arg(wait->serialNumber()),
                                      wait->serialNumber());
            const auto content =
                journaledReturnReceipt(*journal, wait->serialNumber(), settings, true, remaining);
            if (!content)
                return done({}, FileText::tr("The return receipt cannot be made: %1")
                                    .arg(describe(content.error(), false)));
            if (!ReceiptPrinter(*content).writePdf(path))
                return done({}, FileText::tr("The return receipt could not be "
                                             "written to %1.")
                                    .arg(path));
            done(path, {});
        });
    QObject::connect(wait, &controlunit::SignatureWait::waiting, owner, [done](const Error &why) {
        done({}, FileText::tr("The return receipt waits for the control unit "
                              "and is made the moment it answers: %1")
                     .arg(describe(why, false)));
    });
    wait->start();
}

} // namespace kassa::ui
