#pragma once

#include "core/common/result.h"
#include "core/controlunit/ccspmessages.h"
#include "core/journal/journaltypes.h"
#include "core/journal/journalworker.h"
#include "core/receipt/returnreceipt.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace kassa::journal {
class Journal;
}

namespace kassa::controlunit {

class ControlUnit;
class UnitCall;

// What the unit is told about the till besides the sale.
struct SignerSettings
{
    QString tillId;    // the register's designation (kassabeteckning)
    QString orgNumber; // the company's organisation number
    // How often a receipt the unit did not sign is tried again.
    std::chrono::milliseconds retryEvery{2000};
};

// A journaled sale's figures for the unit: its completion time, receipt
// number, total and VAT per rate. A sale's negative rows count as returns.
Result<ReceiptFigures> receiptFiguresOf(const journal::Sale &sale, ReceiptType type,
                                        const SignerSettings &settings);
// A return receipt's figures: its time and serial number, the total given
// back as a negative total and as the returns total, the VAT negative.
// CCSP knows four receipt types (CONTROL-UNIT.md): a return is sent as
// "normal" (a training sale's as "ovning"), the unit tells it by its
// returns total; the journal keeps its signature as type "retur".
Result<ReceiptFigures> receiptFiguresOf(const ReturnReceipt &receipt,
                                        const SignerSettings &settings);

// Signs the receipts the journal holds as waiting (journal schema 6), oldest
// first and one at a time, and journals each control code and the unit's
// number before it says receiptSigned() — so a receipt is printed only with
// its code, and one the unit did not sign is signed when the unit answers
// again, also after a restart (the same figures, so the unit signs it once).
// While a receipt waits because the unit failed, saleRefusal() says why no
// new sale may start. Lives in the thread of its journal and unit; never
// blocks it: the control code is journaled through a JournalWorker.
class ReceiptSigner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiptSigner)

public:
    ReceiptSigner(journal::Journal *journal, ControlUnit *unit, SignerSettings settings,
                  QObject *parent = nullptr);
    ~ReceiptSigner() override;

    void setSettings(const SignerSettings &settings) { m_settings = settings; }
    const SignerSettings &settings() const { return m_settings; }

    // Signs everything waiting (call after a sale completed, at start, when
    // the unit is back). Does nothing while a signature is on its way.
    void signWaiting();
    // A receipt of another type for a journaled sale (a copy, a training or
    // pro forma receipt): journaled as waiting, then signed.
    Result<qint64> requestSignature(qint64 saleId, ReceiptType type);

    bool isSigning() const { return m_call != nullptr || m_keeping; }
    int waitingCount() const { return m_waiting; }
    // Why the last attempt failed (code None when it did not).
    Error lastError() const { return m_error; }
    // Empty while new sales may start; else why not, for the cashier.
    QString saleRefusal() const;

Q_SIGNALS:
    // The code is in the journal: the receipt may be printed now.
    void receiptSigned(qint64 saleId, qint64 serialNumber, const QString &type,
                       const QString &controlCode, const QString &unitId);
    void signingFailed(const kassa::Error &error);
    // waitingCount(), isSigning() or saleRefusal() changed.
    void stateChanged();

private:
    Result<ReceiptFigures> figuresOf(const journal::ReceiptSignature &signature) const;
    void signNext(const journal::ReceiptSignature &signature);
    void handleFinished();
    void handleKept(const Status &kept, const Signature &signature);
    void fail(const Error &error);

    journal::Journal *m_journal;
    ControlUnit *m_unit;
    SignerSettings m_settings;
    QPointer<UnitCall> m_call;
    journal::JournalWorker m_keeper;
    bool m_keeping = false; // a control code on its way into the journal
    journal::ReceiptSignature m_signing;
    int m_waiting = 0;
    Error m_error;
    QTimer m_retry;
};

} // namespace kassa::controlunit
