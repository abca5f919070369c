#pragma once

#include "core/money/money.h"
#include "core/seqr/types.h"
#include <QObject>

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <functional>

// The sandbox's memory of the world: shops (resellers), tills, invoices,
// payments, refunds and transaction periods. Plain data with JSON
// (de)serialisation for --state; the rules live in SandboxService.
namespace kassa::sandbox {

Q_NAMESPACE

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
Q_ENUM_NS(BuyerStep)

// One POST of an invoice's notificationUrl.
struct NotificationAttempt
{
    QDateTime at;
    QString status;     // the invoice status it announced
    int attempt = 1;    // 1 for the first try
    int httpStatus = 0; // 0: no HTTP answer (see error)
    QString error;      // why it failed without an HTTP status (timeout, refused, …)
    bool delivered() const { return httpStatus >= 200 && httpStatus < 300; }
    QJsonObject toJson() const;
    static NotificationAttempt fromJson(const QJsonObject &json);
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
    // The till's getPaymentStatus calls for it since the sandbox started, and
    // the last one's time: is the till polling, and how often?
    int statusRequests = 0;
    QDateTime lastStatusRequestAt;
    bool reversed = false; // PAID, never acknowledged, so taken back
    QList<seqr::CustomerToken> customerTokens;
    QByteArray receiptDocument; // from submitPaymentReceipt
    qint64 sequence = 0;        // transaction order, for periods (when paid)
    QList<NotificationAttempt> notifications;
    // A try of the notificationUrl is on its way or due (not kept across a
    // restart, as the timers that make them are not); when the next retry is
    // due (invalid while a try is on its way or when none is).
    bool notificationPending = false;
    QDateTime nextNotificationAt;
    QString sessionToken;         // the client session whose page triggered it, if any
    bool canceledByBuyer = false; // CANCELED because the customer cancelled in the app
};

// An external service that runs inside the SEQR app (PROTOCOL.md, "External
// service inside the SEQR app"): its QR is HTTP://SEQR.SE/000/<id>?k=v….
struct ExternalService
{
    QString id;
    QUrl orderUrl;
    QUrl successUrl;
    QUrl failureUrl;
    QUrl cancelUrl;
    // BASE_URL + /order, /success, /failure, /cancel.
    static ExternalService fromBaseUrl(const QString &id, const QUrl &baseUrl);
    QJsonObject toJson() const;
};

// What the SEQR app got from SEQR when it scanned a service QR: the TOKEN its
// web view hands the order page, and the customer behind it.
struct ClientSession
{
    QString token;
    QString serviceId;
    QString msisdn;
    QString subscriberKey;
    seqr::Parameters qrParameters; // the service QR's own, in order
    QDateTime createdAt;
    bool left = false;        // the customer left the service (AUTHORIZATION_CANCELLED)
    QString invoiceReference; // the payment the page triggered last
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
    // The SEQR app's side: services registered at run time (the control API;
    // those of the command line are given again at each start) and the
    // client sessions, by TOKEN.
    QMap<QString, ExternalService> services;
    QMap<QString, ClientSession> sessions;
    qint64 sequence = 0;
    qint64 nextReference = 0;

    QJsonObject toJson() const;
    static SandboxState fromJson(const QJsonObject &json);
};

QString buyerStepName(BuyerStep step);

// A JSON array of `toJson` of each item of a list (or of a map's values).
template<class Items, class ToJson> QJsonArray jsonArray(const Items &items, ToJson toJson)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(std::invoke(toJson, item));
    return array;
}

QJsonArray notificationsJson(const QList<NotificationAttempt> &attempts);
// A QR's parameters as [{"key", "value"}…], in order.
QJsonArray parametersJson(const seqr::Parameters &parameters);

// The demo café's menu (kassa --demo's scan to order): the EANs of the
// coffee, tea, buns and sandwiches at the end of the demo catalog
// (resources/catalog/demo-catalog.csv), not the grocery.
QStringList demoCafeMenu();

} // namespace kassa::sandbox
