#include "sandbox/sandboxservice.h"

#include "sandbox/sandboxreplies.h"

#include "core/seqr/resultcode.h"
#include "core/seqr/seqrcodec.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace kassa::seqr;

Q_LOGGING_CATEGORY(lcSandbox, "kassa.sandbox", QtInfoMsg)

namespace kassa::sandbox {

namespace {

bool isAlphanumeric(const QString &s)
{
    if (s.isEmpty() || s.size() > 32)
        return false;
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')))
            return false;
    }
    return true;
}

} // namespace

Reseller demoReseller()
{
    return Reseller{u"900100"_s, u"9900"_s, u"demo-reseller-pw"_s, u"Kassa Demo Shop"_s};
}

SandboxService::SandboxService(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    if (!m_options.stateFile.isEmpty() && QFile::exists(m_options.stateFile)) {
        QFile f(m_options.stateFile);
        QJsonParseError error;
        const QJsonDocument doc = f.open(QIODevice::ReadOnly)
                                      ? QJsonDocument::fromJson(f.readAll(), &error)
                                      : QJsonDocument();
        if (doc.isObject())
            m_state = SandboxState::fromJson(doc.object());
        else
            m_loadError = u"cannot read sandbox state from "_s + m_options.stateFile + u": "_s +
                          (f.isOpen() ? error.errorString() : f.errorString());
    }
    if (m_options.resellers.isEmpty())
        m_options.resellers.append(demoReseller());
    // A session past its lifetime answers as an unknown one: not kept on.
    const QDateTime sessionsFrom = now().addMSecs(-m_options.sessionLifetimeMs);
    m_state.sessions.removeIf([&](const auto &it) { return it.value().createdAt < sessionsFrom; });
    // Services registered at run time before, then the command line's (which
    // win for the same id).
    for (const ExternalService &service : std::as_const(m_state.services))
        (void)registerService(service); // checked when it was registered
    for (const ExternalService &service : std::as_const(m_options.services)) {
        if (auto registered = registerService(service); !registered && m_loadError.isEmpty())
            m_loadError = registered.error().detail;
    }
    for (const Reseller &r : std::as_const(m_options.resellers))
        m_state.resellers.insert(r.id, r);
    if (m_state.nextReference == 0)
        m_state.nextReference = 1000000000LL + QRandomGenerator::global()->bounded(800000000);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(100);
    connect(&m_saveTimer, &QTimer::timeout, this, &SandboxService::save);
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &SandboxService::runDueDeadlines);

    // Payments still waiting for acknowledgement get their window again.
    for (const InvoiceRecord &record : std::as_const(m_state.invoices)) {
        if (record.status == InvoiceStatus::Paid && !record.acknowledged) {
            scheduleAckDeadline(record.invoiceReference);
        }
    }
}

SandboxService::~SandboxService()
{
    if (m_saveTimer.isActive())
        save();
}

void SandboxService::save()
{
    m_saveTimer.stop();
    if (m_options.stateFile.isEmpty())
        return;
    QSaveFile f(m_options.stateFile);
    if (!f.open(QIODevice::WriteOnly)) {
        qCWarning(lcSandbox) << "cannot save state:" << f.errorString();
        return;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(m_state.toJson()).toJson(QJsonDocument::Compact));
    if (!f.commit())
        qCWarning(lcSandbox) << "cannot save state:" << f.errorString();
}

void SandboxService::changed()
{
    if (!m_options.stateFile.isEmpty() && !m_saveTimer.isActive())
        m_saveTimer.start();
}

QString SandboxService::nextReference()
{
    // SEQR's references are digit strings; one counter keeps them unique.
    return QString::number(m_state.nextReference++);
}

SandboxService::Auth SandboxService::authenticate(const ClientContext &context, Who who)
{
    const PrincipalId &p = context.initiatorPrincipalId;
    if (p.id.isEmpty())
        return Auth::refused(ResultCode::InvalidInitiatorPrincipalId, u"no initiatorPrincipalId"_s);
    if (p.type == u"RESELLERUSER") {
        if (who == Who::Terminal)
            return Auth::refused(ResultCode::InvalidInitiatorPrincipalId,
                                 u"this operation needs a TERMINALID principal"_s);
        auto it = m_state.resellers.find(p.id);
        if (it == m_state.resellers.end() || it->userId != p.userId)
            return Auth::refused(ResultCode::InitiatorPrincipalNotFound);
        if (it->password != context.password)
            return Auth::refused(ResultCode::AuthenticationFailed);
        return Auth{0, {}, nullptr, &it.value()};
    }
    if (p.type == u"TERMINALID") {
        if (who == Who::Reseller)
            return Auth::refused(ResultCode::InvalidInitiatorPrincipalId,
                                 u"this operation needs a RESELLERUSER principal"_s);
        auto it = m_state.terminals.find(p.id);
        if (it == m_state.terminals.end())
            return Auth::refused(ResultCode::InitiatorPrincipalNotFound);
        if (it->password != context.password)
            return Auth::refused(ResultCode::AuthenticationFailed);
        if (!it->registered)
            return Auth::refused(ResultCode::InvalidInitiatorPrincipalState,
                                 u"terminal is unregistered"_s);
        return Auth{0, {}, &it.value(), &m_state.resellers[it->resellerId]};
    }
    return Auth::refused(ResultCode::InvalidInitiatorPrincipalId,
                         u"unknown principal type "_s + p.type);
}

InvoiceRecord *SandboxService::tillInvoice(const Terminal &till, const QString &invoiceReference)
{
    const auto it = m_state.invoices.find(invoiceReference);
    return it != m_state.invoices.end() && it->terminalId == till.terminalId ? &it.value()
                                                                             : nullptr;
}

QByteArray SandboxService::handle(const AnyRequest &request)
{
    return std::visit([this](const auto &r) { return codec::encodeResponse(handleRequest(r)); },
                      request);
}

RegisterTerminalResponse SandboxService::handleRequest(const RegisterTerminalRequest &r)
{
    KASSA_AUTHENTICATE(RegisterTerminalResponse, Who::Reseller)
    if (r.password.size() < 4)
        return failure<RegisterTerminalResponse>(
            ResultCode::AccessDenied, u"terminal password must have at least 4 characters"_s);
    if (r.externalTerminalId.trimmed().isEmpty())
        return failure<RegisterTerminalResponse>(ResultCode::InvalidInvoiceData,
                                                 u"externalTerminalId missing"_s);
    // Registering the same till again replaces its earlier registration.
    for (Terminal &t : m_state.terminals) {
        if (t.resellerId == auth.reseller->id && t.externalTerminalId == r.externalTerminalId &&
            t.registered)
            t.registered = false;
    }
    Terminal t;
    t.terminalId =
        QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0') +
        QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
    t.resellerId = auth.reseller->id;
    t.externalTerminalId = r.externalTerminalId;
    t.name = r.name;
    t.password = r.password;
    m_state.terminals.insert(t.terminalId, t);
    changed();
    qCInfo(lcSandbox).noquote() << "registered terminal" << t.terminalId << "for"
                                << t.externalTerminalId;
    auto response = success<RegisterTerminalResponse>();
    response.terminalId = t.terminalId;
    return response;
}

AssignSeqrIdResponse SandboxService::handleRequest(const AssignSeqrIdRequest &r)
{
    KASSA_AUTHENTICATE(AssignSeqrIdResponse, Who::Terminal)
    if (!isAlphanumeric(r.seqrId))
        return failure<AssignSeqrIdResponse>(ResultCode::InvalidSeqrId,
                                             u"a SEQR ID is 1-32 letters and digits"_s);
    for (const Terminal &t : std::as_const(m_state.terminals)) {
        if (t.registered && t.seqrId.compare(r.seqrId, Qt::CaseInsensitive) == 0 &&
            t.terminalId != auth.terminal->terminalId)
            return failure<AssignSeqrIdResponse>(ResultCode::InvalidSeqrId,
                                                 u"SEQR ID already in use"_s);
    }
    auth.terminal->seqrId = r.seqrId.toUpper();
    changed();
    return success<AssignSeqrIdResponse>();
}

UnregisterTerminalResponse SandboxService::handleRequest(const UnregisterTerminalRequest &r)
{
    KASSA_AUTHENTICATE(UnregisterTerminalResponse, Who::Terminal)
    auth.terminal->registered = false;
    auth.terminal->seqrId.clear();
    changed();
    return success<UnregisterTerminalResponse>();
}

Result<Money> SandboxService::validateInvoice(const Invoice &invoice, int *code) const
{
    *code = int(ResultCode::InvalidInvoiceData);
    if (!invoice.totalAmount)
        return makeError(ErrorCode::InvalidArgument, u"totalAmount missing"_s);
    const auto total = invoice.totalAmount->toMoney();
    if (!total)
        return makeError(ErrorCode::InvalidArgument, u"totalAmount: "_s + total.error().detail);
    if (!total->isPositive())
        return makeError(ErrorCode::InvalidArgument, u"totalAmount must be positive"_s);
    if (invoice.invoiceRows.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"an invoice needs at least one row"_s);
    Money sum(0, total->currency());
    for (qsizetype i = 0; i < invoice.invoiceRows.size(); ++i) {
        const InvoiceRow &row = invoice.invoiceRows[i];
        const QString where = u"row "_s + QString::number(i + 1) + u": "_s;
        if (!row.itemTotalAmount)
            return makeError(ErrorCode::InvalidArgument, where + u"itemTotalAmount missing"_s);
        const auto amount = row.itemTotalAmount->toMoney();
        if (!amount)
            return makeError(ErrorCode::InvalidArgument, where + amount.error().detail);
        if (row.itemQuantity && (row.itemQuantity->isNegative() || row.itemQuantity->isZero()))
            return makeError(ErrorCode::InvalidArgument,
                             where + u"itemQuantity must be positive"_s);
        const auto added = sum.plus(*amount);
        if (!added)
            return makeError(ErrorCode::InvalidArgument, where + added.error().detail);
        sum = *added;
    }
    if (!(sum == *total))
        return makeError(ErrorCode::InvalidArgument, u"rows add up to "_s + sum.toDecimalString() +
                                                         u", totalAmount is "_s +
                                                         total->toDecimalString());
    if (!invoice.notificationUrl.isEmpty()) {
        const QUrl url(invoice.notificationUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"http" && url.scheme() != u"https")) {
            *code = int(ResultCode::InvalidNotificationUrl);
            return makeError(ErrorCode::InvalidArgument,
                             u"notificationUrl must be an http(s) URL"_s);
        }
    }
    *code = 0;
    return *total;
}

SendInvoiceResponse SandboxService::handleRequest(const SendInvoiceRequest &r)
{
    KASSA_AUTHENTICATE(SendInvoiceResponse, Who::Terminal)
    int code = 0;
    const auto total = validateInvoice(r.invoice, &code);
    if (!total)
        return failure<SendInvoiceResponse>(ResultCode(code), total.error().detail);
    InvoiceRecord record;
    record.invoiceReference = nextReference();
    record.terminalId = auth.terminal->terminalId;
    record.invoice = r.invoice;
    record.total = *total;
    record.createdAt = now();
    record.customerTokens = r.tokens;
    const QString ref = record.invoiceReference;
    m_state.invoices.insert(ref, record);
    changed();
    if (m_options.autopayAfterMs >= 0) {
        QTimer::singleShot(m_options.autopayAfterMs, this, [this, ref] {
            auto paid = pay(ref, u"0000"_s, u"46700000000"_s);
            if (!paid)
                qCInfo(lcSandbox).noquote()
                    << "autopay of" << ref << "skipped:" << paid.error().detail;
        });
    }
    auto response = success<SendInvoiceResponse>();
    response.invoiceReference = ref;
    response.invoiceQRCode = u"HTTP://SEQR.SE/R"_s + ref;
    return response;
}

UpdateInvoiceResponse SandboxService::handleRequest(const UpdateInvoiceRequest &r)
{
    KASSA_AUTHENTICATE(UpdateInvoiceResponse, Who::Terminal)
    KASSA_TILL_INVOICE(UpdateInvoiceResponse)
    if (record.buyerStep == BuyerStep::Confirming)
        return failure<UpdateInvoiceResponse>(ResultCode::PaymentInProgress);
    if (record.status != InvoiceStatus::Issued &&
        record.status != InvoiceStatus::PendingIssuerAcknowledge)
        return failure<UpdateInvoiceResponse>(ResultCode::InvalidInvoiceData,
                                              u"invoice is "_s + invoiceStatusName(record.status));
    int code = 0;
    const auto total = validateInvoice(r.invoice, &code);
    if (!total)
        return failure<UpdateInvoiceResponse>(ResultCode(code), total.error().detail);
    record.invoice = r.invoice;
    record.total = *total;
    record.customerTokens = r.tokens;
    // The shop has considered the buyer's tokens: the buyer may pay now.
    if (record.status == InvoiceStatus::PendingIssuerAcknowledge)
        setStatus(record, InvoiceStatus::Issued);
    else
        ++record.version;
    changed();
    return success<UpdateInvoiceResponse>();
}

GetPaymentStatusResponse SandboxService::handleRequest(const GetPaymentStatusRequest &r)
{
    KASSA_AUTHENTICATE(GetPaymentStatusResponse, Who::Terminal)
    KASSA_TILL_INVOICE(GetPaymentStatusResponse)
    ++record.statusRequests;
    record.lastStatusRequestAt = now();
    auto response = success<GetPaymentStatusResponse>();
    response.status = record.status;
    response.version = record.version;
    if (record.status == InvoiceStatus::PendingIssuerAcknowledge)
        response.customerTokens = record.customerTokens;
    if (record.status == InvoiceStatus::Paid || record.status == InvoiceStatus::Reserved) {
        response.ersReference = record.ersReference;
        Receipt receipt;
        receipt.terminalId = record.terminalId;
        receipt.paymentDate = record.paidAt;
        receipt.clientInvoiceId = record.invoice.clientInvoiceId;
        receipt.invoiceReference = record.invoiceReference;
        receipt.paymentReference = record.ersReference;
        receipt.payerTerminalId = record.payerMsisdn;
        receipt.receiverName = auth.reseller ? auth.reseller->name : QString();
        response.receipt = receipt;
        if (record.status == InvoiceStatus::Paid && !record.acknowledged) {
            // The till has now learned of the payment: it stays.
            record.acknowledged = true;
            changed();
        }
    }
    return response;
}

CancelInvoiceResponse SandboxService::handleRequest(const CancelInvoiceRequest &r)
{
    KASSA_AUTHENTICATE(CancelInvoiceResponse, Who::Terminal)
    KASSA_TILL_INVOICE(CancelInvoiceResponse)
    switch (record.status) {
    case InvoiceStatus::Paid:
    case InvoiceStatus::Reserved:
        return failure<CancelInvoiceResponse>(ResultCode::CannotCancelPaidInvoice);
    case InvoiceStatus::Canceled:
    case InvoiceStatus::Failed:
        return failure<CancelInvoiceResponse>(ResultCode::InvoiceAlreadyCanceled);
    default:
        break;
    }
    if (record.buyerStep == BuyerStep::Confirming)
        return failure<CancelInvoiceResponse>(ResultCode::CannotCancelInvoiceInProgress);
    setStatus(record, InvoiceStatus::Canceled);
    changed();
    return success<CancelInvoiceResponse>();
}

SubmitPaymentReceiptResponse SandboxService::handleRequest(const SubmitPaymentReceiptRequest &r)
{
    KASSA_AUTHENTICATE(SubmitPaymentReceiptResponse, Who::Terminal)
    for (InvoiceRecord &record : m_state.invoices) {
        if (record.ersReference == r.ersReference &&
            record.terminalId == auth.terminal->terminalId &&
            record.status == InvoiceStatus::Paid) {
            record.receiptDocument = r.receiptDocument.receiptData;
            changed();
            return success<SubmitPaymentReceiptResponse>();
        }
    }
    return failure<SubmitPaymentReceiptResponse>(ResultCode::InvalidErsReference);
}

CommitReservationResponse SandboxService::handleRequest(const CommitReservationRequest &r)
{
    KASSA_AUTHENTICATE(CommitReservationResponse, Who::Terminal)
    KASSA_TILL_INVOICE(CommitReservationResponse)
    if (record.status != InvoiceStatus::Reserved)
        return failure<CommitReservationResponse>(ResultCode::InvoiceStateNotReserved);
    markPaid(record);
    changed();
    return success<CommitReservationResponse>();
}

GetClientSessionInfoResponse SandboxService::handleRequest(const GetClientSessionInfoRequest &r)
{
    // The service's backend asks with its shop's or a till's credentials.
    KASSA_AUTHENTICATE(GetClientSessionInfoResponse, Who::Either)
    const ClientSessionStatus status = sessionStatus(r.key);
    GetClientSessionInfoResponse response;
    response.resultCode = 0;
    response.resultDescription = clientSessionStatusName(status);
    if (status == ClientSessionStatus::Success) {
        const ClientSession session = m_state.sessions.value(r.key.trimmed());
        response.parameters = {Parameter{u"msisdn"_s, session.msisdn},
                               Parameter{u"subscriberKey"_s, session.subscriberKey}};
        response.parameters.append(session.qrParameters);
    }
    return response;
}

} // namespace kassa::sandbox
