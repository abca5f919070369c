#pragma once

#include "core/common/result.h"
#include "core/seqr/messages.h"
#include "sandbox/sandboxstate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

namespace kassa::sandbox {

struct SandboxOptions
{
    QList<Reseller> resellers; // empty: the documented demo reseller
    int ackWindowMs = 20000;   // PAID must be reported within this, or it is reversed
    int notReadyCount = 1;     // executeReport answers REPORT_NOT_READY this often per period
    int autopayAfterMs = -1;   // pay every new invoice by itself after this (demo)
    QString stateFile;         // survive restarts when set
    // A notificationUrl that fails (no 2xx, refused, timed out) is tried
    // again after each of these delays, then given up.
    QList<int> notificationRetryDelaysMs = {1000, 4000, 15000};
    int notificationTimeoutMs = 5000; // per attempt
    // External services the SEQR app knows (more with registerService()).
    QList<ExternalService> services;
    // A client session's TOKEN answers AUTHORIZATION_EXPIRED after this.
    qint64 sessionLifetimeMs = 15 * 60 * 1000;
    // The till the phone page lists first, by its SEQR ID (kassa --demo's
    // own till, before its webshop and café); the others follow by terminal
    // ID.
    QString firstSeqrId;
};

// The demo reseller every sandbox knows unless told otherwise.
Reseller demoReseller();

// HTTP://SEQR.SE/000/<id>?… (an external service's QR) or its SEQR:// or
// SEQR-DEMO:// link.
bool isServiceQr(const QString &text);

// SEQR's merchant service with its rules, including the unforgiving ones:
// result codes, invoice versions, the acknowledgement window that reverses
// payments a till never learned of, REPORT_NOT_READY, notification URLs. Also
// the buyer's side (scan, confirm, pay, decline, cancel, loyalty tokens) for
// the control API and the phone page. Single-threaded: lives in its thread.
class SandboxService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxService)

public:
    explicit SandboxService(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxService() override;

    // Problems reading the state file at start; empty when fine.
    QString loadError() const { return m_loadError; }
    const SandboxState &state() const { return m_state; }
    const SandboxOptions &options() const { return m_options; }

    // One decoded SOAP request in, one response envelope out.
    QByteArray handle(const seqr::AnyRequest &request);

    // The buyer's side. Each returns the invoice as JSON or an Error whose
    // detail is a sentence for the phone page.
    Result<QJsonObject> scan(const QString &what); // SEQR ID, invoice reference or QR text
    Result<QJsonObject> confirm(const QString &invoiceReference);
    Result<QJsonObject> pay(const QString &invoiceReference, const QString &pin,
                            const QString &msisdn = {});
    Result<QJsonObject> decline(const QString &invoiceReference);
    Result<QJsonObject> customerCancel(const QString &invoiceReference);
    Result<QJsonObject> offerToken(const QString &invoiceReference,
                                   const seqr::CustomerToken &token);
    Result<QJsonObject> invoice(const QString &invoiceReference) const;
    // The notificationUrl and each POST of it so far (time, HTTP status);
    // "pending" while a try is on its way or due, "nextAttemptAt" when the
    // next retry is due (null when none is).
    Result<QJsonObject> notifications(const QString &invoiceReference) const;

    // The SEQR app and external services (sandboxsessions.cpp). A service is
    // known by id; registering an id again replaces it. Its URLs must be
    // http(s).
    Status registerService(const ExternalService &service);
    // The same, and kept in the state file (the control API's registrations):
    // known again after a restart.
    Status registerServiceToKeep(const ExternalService &service);
    const QMap<QString, ExternalService> &services() const { return m_services; }
    // "ID=BASE_URL" (the four URLs are BASE_URL + /order, /success, …).
    static Result<ExternalService> serviceFromSpec(const QString &spec);
    // {"id", "baseUrl"} and/or {"orderUrl", "successUrl", "failureUrl",
    // "cancelUrl"} (spelled-out URLs win over baseUrl's).
    static Result<ExternalService> serviceFromJson(const QJsonObject &json);
    // A file's text: [service, …] or {"services": [service, …]}.
    static Result<QList<ExternalService>> servicesFromJson(const QByteArray &json);

    // Scanning HTTP://SEQR.SE/000/<id>?k=v… (or its SEQR:// link): a new
    // client session for the phone's buyer (msisdn; empty: the sandbox's
    // default buyer). The JSON has kind "service", token, serviceId, msisdn,
    // subscriberKey, parameters [{key, value}], orderUrl (with #TOKEN) and
    // the service's successUrl, failureUrl and cancelUrl.
    Result<QJsonObject> openService(const QString &qr, const QString &msisdn = {});
    // What the app does with a link a page navigated to: SEQR://SEQR.SE/R<ref>
    // (and SEQR-DEMO://, HTTP://SEQR.SE/) scans the invoice — tied to the
    // client session `token` when given, so that its returnUrl is the
    // service's success/failure/cancel URL; a service QR link opens the
    // service; SEQR-ACTION://WIZARD/CANCEL leaves the session (kind "left").
    Result<QJsonObject> followLink(const QString &link, const QString &token = {});
    // The customer leaves the service: its TOKEN answers AUTHORIZATION_CANCELLED.
    Result<QJsonObject> leaveService(const QString &token);
    const QMap<QString, ClientSession> &sessions() const { return m_state.sessions; }
    seqr::ClientSessionStatus sessionStatus(const QString &token) const;
    // The buyer a phone plays unless told otherwise.
    static QString defaultMsisdn();

    QJsonObject invoiceJson(const InvoiceRecord &record) const;
    QJsonObject stateJson() const;
    QJsonArray tillsJson() const;

    // Write the state file now (also done shortly after every change).
    void save();

    // The sandbox's clock: the wall clock plus what tests advanced it by.
    // Advancing runs at once what falls due (the acknowledgement window
    // reversing a PAID no till learned of), so tests need not sleep.
    QDateTime now() const;
    void advanceClock(qint64 ms);
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }

private:
    struct Auth;
    enum class Who
    {
        Terminal,
        Reseller,
        Either
    };
    Auth authenticate(const seqr::ClientContext &context, Who who);

    // SEQR's operations, one handler each. The till's registration and its
    // invoices (sandboxservice.cpp):
    seqr::RegisterTerminalResponse handleRequest(const seqr::RegisterTerminalRequest &r);
    seqr::AssignSeqrIdResponse handleRequest(const seqr::AssignSeqrIdRequest &r);
    seqr::UnregisterTerminalResponse handleRequest(const seqr::UnregisterTerminalRequest &r);
    Result<Money> validateInvoice(const seqr::Invoice &invoice, int *code) const;
    // The invoice `invoiceReference` of the till `till`; nullptr when it has
    // none by that reference.
    InvoiceRecord *tillInvoice(const Terminal &till, const QString &invoiceReference);
    seqr::SendInvoiceResponse handleRequest(const seqr::SendInvoiceRequest &r);
    seqr::UpdateInvoiceResponse handleRequest(const seqr::UpdateInvoiceRequest &r);
    seqr::GetPaymentStatusResponse handleRequest(const seqr::GetPaymentStatusRequest &r);
    seqr::CancelInvoiceResponse handleRequest(const seqr::CancelInvoiceRequest &r);
    seqr::SubmitPaymentReceiptResponse handleRequest(const seqr::SubmitPaymentReceiptRequest &r);
    seqr::CommitReservationResponse handleRequest(const seqr::CommitReservationRequest &r);
    seqr::GetClientSessionInfoResponse handleRequest(const seqr::GetClientSessionInfoRequest &r);
    // Refunds, transaction periods and reports (sandboxreports.cpp):
    seqr::RefundPaymentResponse handleRequest(const seqr::RefundPaymentRequest &r);
    seqr::MarkTransactionPeriodResponse handleRequest(const seqr::MarkTransactionPeriodRequest &r);
    seqr::ExecuteReportResponse handleRequest(const seqr::ExecuteReportRequest &r);
    // Whether the one asking may name the till `terminalId` (a period's or a
    // report's TERMINALID): a till of its shop, and only itself when a till
    // asks. No till named: the shop's, whoever asks.
    bool maySpeakFor(const Auth &auth, const QString &terminalId) const;
    QString buildReport(const Period &period, const QString &reportId, const QString &terminalId,
                        int *code) const;

    QString nextReference();
    void setStatus(InvoiceRecord &record, seqr::InvoiceStatus status);
    void markPaid(InvoiceRecord &record);
    void handleAckDeadline(const QString &invoiceReference);
    void scheduleAckDeadline(const QString &invoiceReference);
    void runDueDeadlines();
    void notify(const InvoiceRecord &record);
    void sendNotification(const QString &invoiceReference, const QString &status, int attempt);
    void changed(); // the state changed: saved shortly (with a state file)
    Result<InvoiceRecord *> buyerInvoice(const QString &invoiceReference);
    // An invoice the buyer may still act on (issued, or an offer pending).
    Result<InvoiceRecord *> openBuyerInvoice(const QString &invoiceReference);
    Result<QJsonObject> endByBuyer(const QString &invoiceReference, seqr::InvoiceStatus status);

    SandboxOptions m_options;
    SandboxState m_state;
    QString m_loadError;
    QTimer m_saveTimer;
    QTimer m_deadlineTimer;
    QHash<QString, qint64> m_ackDeadlines; // invoiceReference → due, ms since epoch (sandbox clock)
    qint64 m_clockOffsetMs = 0;
    QNetworkAccessManager *m_network = nullptr;
    QMap<QString, ExternalService> m_services;
};

} // namespace kassa::sandbox
