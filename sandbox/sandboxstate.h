#pragma once

#include "core/money/money.h"
#include "core/seqr/types.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// The sandbox's memory of the world: shops (resellers), tills, invoices,
// payments, refunds and transaction periods. Plain data with JSON
// (de)serialisation for --state; the rules live in SandboxService.
namespace kassa::sandbox {

struct Reseller
{
    QString id;
    QString userId;
    QString password;
    QString name;
};

struct Terminal
{
    QString terminalId;
    QString resellerId;
    QString externalTerminalId;
    QString name;
    QString password;
    QString seqrId;
    bool registered = true;
};

// Where an invoice is from the buyer's side, beyond SEQR's status.
enum class BuyerStep
{
    None,
    Scanned,
    Confirming
};

struct InvoiceRecord
{
    QString invoiceReference;
    QString terminalId;
    seqr::Invoice invoice;
    Money total;
    seqr::InvoiceStatus status = seqr::InvoiceStatus::Issued;
    int version = 0;
    BuyerStep buyerStep = BuyerStep::None;
    QDateTime createdAt;
    QDateTime paidAt;
    QString ersReference; // the payment's, once PAID
    QString payerMsisdn;
    bool acknowledged = false; // a getPaymentStatus has reported PAID
    bool reversed = false;     // PAID, never acknowledged, so taken back
    QList<seqr::CustomerToken> customerTokens;
    QByteArray receiptDocument; // from submitPaymentReceipt
    qint64 sequence = 0;        // transaction order, for periods (when paid)
};

struct RefundRecord
{
    QString ersReference; // the refund's own
    QString originalErsReference;
    QString terminalId;
    QString cashierId;
    Money amount;
    QDateTime at;
    qint64 sequence = 0;
};

struct Period
{
    QString id;
    QString resellerId;
    QString terminalId;      // empty for a per-shop period
    qint64 fromSequence = 0; // exclusive
    qint64 toSequence = 0;   // inclusive
    QDateTime closedAt;
    int reportCalls = 0; // for REPORT_NOT_READY
};

struct SandboxState
{
    QMap<QString, Reseller> resellers;
    QMap<QString, Terminal> terminals;
    QMap<QString, InvoiceRecord> invoices;
    QList<RefundRecord> refunds;
    QMap<QString, Period> periods;
    qint64 sequence = 0;
    qint64 nextReference = 0;

    QJsonObject toJson() const;
    static SandboxState fromJson(const QJsonObject &json);
};

QString buyerStepName(BuyerStep step);

} // namespace kassa::sandbox
