// The buyer's side of the sandbox: what the SEQR app on a phone would do.
#include "sandbox/sandboxreplies.h"
#include "sandbox/sandboxservice.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace kassa::seqr;

namespace kassa::sandbox {

// HTTP://SEQR.SE/000/… or its SEQR:// / SEQR-DEMO:// link.
bool isServiceQr(const QString &text)
{
    const QString upper = text.trimmed().toUpper();
    for (const QString &prefix :
         {u"HTTP://SEQR.SE/000/"_s, u"SEQR://SEQR.SE/000/"_s, u"SEQR-DEMO://SEQR.SE/000/"_s}) {
        if (upper.startsWith(prefix))
            return true;
    }
    return false;
}

namespace {

QJsonValue amountJson(const std::optional<Amount> &amount)
{
    if (!amount)
        return QJsonValue();
    const auto money = amount->toMoney();
    return money ? money->toDecimalString() : amount->value.toString();
}

QJsonObject rowJson(const InvoiceRow &row)
{
    return QJsonObject{
        {u"description"_s, row.itemDescription},
        {u"quantity"_s, row.itemQuantity ? row.itemQuantity->toString() : QString()},
        {u"unit"_s, row.itemUnit},
        {u"unitPrice"_s, amountJson(row.itemUnitPrice)},
        {u"total"_s, amountJson(row.itemTotalAmount)},
    };
}

QJsonObject tokenJson(const CustomerToken &t)
{
    return QJsonObject{{u"id"_s, t.id},
                       {u"description"_s, t.description},
                       {u"value"_s, t.value},
                       {u"status"_s, t.status}};
}

// The refunds made of the payment `ersReference` (none without one).
QJsonArray refundsJson(const SandboxState &state, const QString &ersReference)
{
    QJsonArray refunds;
    for (const RefundRecord &r : state.refunds) {
        if (!ersReference.isEmpty() && r.originalErsReference == ersReference)
            refunds.append(QJsonObject{{u"ersReference"_s, r.ersReference},
                                       {u"amount"_s, r.amount.toDecimalString()}});
    }
    return refunds;
}

// Where the app goes once the invoice is over: a service's page when a
// service triggered it, else the invoice's backURL after a payment.
QString returnUrl(const InvoiceRecord &record, const SandboxState &state,
                  const QMap<QString, ExternalService> &services)
{
    if (record.sessionToken.isEmpty())
        return record.status == InvoiceStatus::Paid ? record.invoice.backURL : QString();
    const ClientSession session = state.sessions.value(record.sessionToken);
    const ExternalService service = services.value(session.serviceId);
    QUrl url;
    if (record.status == InvoiceStatus::Paid) {
        url = service.successUrl;
        url.setFragment(record.sessionToken + u'_' + record.invoiceReference);
    } else if (record.status == InvoiceStatus::Canceled && record.canceledByBuyer) {
        url = service.cancelUrl;
        url.setFragment(record.sessionToken);
    } else if (record.status == InvoiceStatus::Canceled || record.status == InvoiceStatus::Failed) {
        url = service.failureUrl;
        url.setFragment(record.sessionToken);
    }
    return url.toString();
}

} // namespace

QJsonObject SandboxService::invoiceJson(const InvoiceRecord &record) const
{
    const Terminal terminal = m_state.terminals.value(record.terminalId);
    return QJsonObject{
        {u"kind"_s, u"invoice"_s},
        {u"invoiceReference"_s, record.invoiceReference},
        {u"qr"_s, QString(u"HTTP://SEQR.SE/R"_s + record.invoiceReference)},
        {u"status"_s, invoiceStatusName(record.status)},
        {u"version"_s, record.version},
        {u"buyerStep"_s, buyerStepName(record.buyerStep)},
        {u"title"_s, record.invoice.title},
        {u"shop"_s, m_state.resellers.value(terminal.resellerId).name},
        {u"till"_s, terminal.name},
        {u"seqrId"_s, terminal.seqrId},
        {u"terminalId"_s, record.terminalId},
        {u"rows"_s, jsonArray(record.invoice.invoiceRows, rowJson)},
        {u"total"_s, record.total.toDecimalString()},
        {u"currency"_s, record.total.currency().code()},
        {u"ersReference"_s, record.ersReference},
        {u"paidAt"_s, record.paidAt.isValid() ? record.paidAt.toString(Qt::ISODate) : QString()},
        {u"acknowledged"_s, record.acknowledged},
        {u"statusRequests"_s, record.statusRequests},
        {u"lastStatusRequestAt"_s, record.lastStatusRequestAt.isValid()
                                       ? record.lastStatusRequestAt.toString(Qt::ISODateWithMs)
                                       : QString()},
        {u"reversed"_s, record.reversed},
        {u"receiptSubmitted"_s, !record.receiptDocument.isEmpty()},
        {u"receiptText"_s, QString::fromUtf8(record.receiptDocument)},
        {u"customerTokens"_s, jsonArray(record.customerTokens, tokenJson)},
        {u"refunds"_s, refundsJson(m_state, record.ersReference)},
        {u"notifications"_s, notificationsJson(record.notifications)},
        {u"backURL"_s, record.invoice.backURL},
        {u"sessionToken"_s, record.sessionToken},
        {u"returnUrl"_s, returnUrl(record, m_state, m_services)},
    };
}

QJsonArray SandboxService::tillsJson() const
{
    QJsonArray tills;
    for (const Terminal &t : m_state.terminals) {
        if (!t.registered)
            continue;
        QString waiting;
        for (const InvoiceRecord &r : m_state.invoices) {
            if (r.terminalId == t.terminalId &&
                (r.status == InvoiceStatus::Issued ||
                 r.status == InvoiceStatus::PendingIssuerAcknowledge))
                waiting = r.invoiceReference;
        }
        const QJsonObject till{{u"terminalId"_s, t.terminalId},
                               {u"name"_s, t.name},
                               {u"externalTerminalId"_s, t.externalTerminalId},
                               {u"seqrId"_s, t.seqrId},
                               {u"shop"_s, m_state.resellers.value(t.resellerId).name},
                               {u"waitingInvoice"_s, waiting}};
        const bool first = !m_options.firstSeqrId.isEmpty() &&
                           t.seqrId.compare(m_options.firstSeqrId, Qt::CaseInsensitive) == 0;
        if (first)
            tills.prepend(till);
        else
            tills.append(till);
    }
    return tills;
}

QJsonObject SandboxService::stateJson() const
{
    const auto period = [](const Period &p) {
        return QJsonObject{{u"id"_s, p.id},
                           {u"resellerId"_s, p.resellerId},
                           {u"terminalId"_s, p.terminalId},
                           {u"closedAt"_s, p.closedAt.toString(Qt::ISODate)}};
    };
    const auto reseller = [](const Reseller &r) {
        return QJsonObject{{u"id"_s, r.id}, {u"userId"_s, r.userId}, {u"name"_s, r.name}};
    };
    const auto session = [this](const ClientSession &c) {
        return QJsonObject{{u"token"_s, c.token},
                           {u"serviceId"_s, c.serviceId},
                           {u"msisdn"_s, c.msisdn},
                           {u"subscriberKey"_s, c.subscriberKey},
                           {u"parameters"_s, parametersJson(c.qrParameters)},
                           {u"createdAt"_s, c.createdAt.toString(Qt::ISODateWithMs)},
                           {u"status"_s, clientSessionStatusName(sessionStatus(c.token))},
                           {u"invoiceReference"_s, c.invoiceReference}};
    };
    return QJsonObject{
        {u"resellers"_s, jsonArray(m_state.resellers, reseller)},
        {u"services"_s, jsonArray(m_services, &ExternalService::toJson)},
        {u"sessions"_s, jsonArray(m_state.sessions, session)},
        {u"tills"_s, tillsJson()},
        {u"invoices"_s,
         jsonArray(m_state.invoices, std::bind_front(&SandboxService::invoiceJson, this))},
        {u"periods"_s, jsonArray(m_state.periods, period)}};
}

Result<InvoiceRecord *> SandboxService::buyerInvoice(const QString &invoiceReference)
{
    auto it = m_state.invoices.find(invoiceReference.trimmed());
    if (it == m_state.invoices.end())
        return refusal(u"There is no invoice "_s + invoiceReference + u'.');
    return &it.value();
}

Result<InvoiceRecord *> SandboxService::openBuyerInvoice(const QString &invoiceReference)
{
    auto found = buyerInvoice(invoiceReference);
    if (found && (*found)->status != InvoiceStatus::Issued &&
        (*found)->status != InvoiceStatus::PendingIssuerAcknowledge)
        return refusal(u"This invoice is already "_s +
                       invoiceStatusName((*found)->status).toLower() + u'.');
    return found;
}

Result<QJsonObject> SandboxService::invoice(const QString &invoiceReference) const
{
    auto it = m_state.invoices.find(invoiceReference.trimmed());
    if (it == m_state.invoices.end())
        return refusal(u"There is no invoice "_s + invoiceReference + u'.');
    return invoiceJson(*it);
}

Result<QJsonObject> SandboxService::scan(const QString &what)
{
    QString text = what.trimmed();
    if (isServiceQr(text))
        return openService(text);
    // The QR texts: HTTP://SEQR.SE/R<invoice> (per payment) and
    // HTTP://SEQR.SE/Q<seqrId> (the till's sticker); SEQR: links too.
    const QString upper = text.toUpper();
    for (const QString &prefix :
         {u"HTTP://SEQR.SE/"_s, u"SEQR://SEQR.SE/"_s, u"SEQR-DEMO://SEQR.SE/"_s}) {
        if (upper.startsWith(prefix)) {
            text = text.mid(prefix.size());
            break;
        }
    }
    QString reference;
    if (text.startsWith(u'R', Qt::CaseInsensitive) && m_state.invoices.contains(text.mid(1))) {
        reference = text.mid(1);
    } else if (m_state.invoices.contains(text)) {
        reference = text;
    } else {
        const QString seqrId =
            text.startsWith(u'Q', Qt::CaseInsensitive) && upper.startsWith(u"HTTP") ? text.mid(1)
                                                                                    : text;
        const Terminal *till = nullptr;
        for (const Terminal &t : m_state.terminals) {
            if (t.registered && !t.seqrId.isEmpty() &&
                (t.seqrId.compare(seqrId, Qt::CaseInsensitive) == 0 ||
                 (seqrId.startsWith(u'Q', Qt::CaseInsensitive) &&
                  t.seqrId.compare(seqrId.mid(1), Qt::CaseInsensitive) == 0)))
                till = &t;
        }
        if (!till)
            return refusal(u"No till or invoice matches \u201c"_s + what.trimmed() + u"\u201d."_s);
        QDateTime newest;
        for (const InvoiceRecord &r : m_state.invoices) {
            if (r.terminalId == till->terminalId && r.status == InvoiceStatus::Issued &&
                (!newest.isValid() || r.createdAt >= newest)) {
                newest = r.createdAt;
                reference = r.invoiceReference;
            }
        }
        if (reference.isEmpty())
            return refusal(u"The till \u201c"_s + till->name + u"\u201d has no payment waiting."_s);
    }
    InvoiceRecord &record = m_state.invoices[reference];
    if (record.status == InvoiceStatus::Issued && record.buyerStep == BuyerStep::None) {
        record.buyerStep = BuyerStep::Scanned;
        changed();
    }
    return invoiceJson(record);
}

Result<QJsonObject> SandboxService::confirm(const QString &invoiceReference)
{
    auto found = buyerInvoice(invoiceReference);
    if (!found)
        return found.error();
    InvoiceRecord &record = **found;
    if (record.status != InvoiceStatus::Issued)
        return refusal(u"This invoice is "_s + invoiceStatusName(record.status).toLower() + u'.');
    record.buyerStep = BuyerStep::Confirming;
    changed();
    return invoiceJson(record);
}

Result<QJsonObject> SandboxService::pay(const QString &invoiceReference, const QString &pin,
                                        const QString &msisdn)
{
    auto found = buyerInvoice(invoiceReference);
    if (!found)
        return found.error();
    InvoiceRecord &record = **found;
    if (record.status == InvoiceStatus::PendingIssuerAcknowledge)
        return refusal(u"The shop is still considering your offer; wait a moment."_s);
    if (record.status != InvoiceStatus::Issued)
        return refusal(u"This invoice is "_s + invoiceStatusName(record.status).toLower() +
                       u" and cannot be paid."_s);
    static const QRegularExpression pinPattern(u"^[0-9]{4,6}$"_s);
    if (!pinPattern.match(pin).hasMatch())
        return refusal(u"Enter your PIN: 4 to 6 digits."_s);
    record.payerMsisdn = msisdn.isEmpty() ? u"46700000000"_s : msisdn;
    record.buyerStep = BuyerStep::None;
    if (record.invoice.paymentMode == PaymentMode::ReservationDesired ||
        record.invoice.paymentMode == PaymentMode::ReservationRequired) {
        record.ersReference = nextReference();
        setStatus(record, InvoiceStatus::Reserved);
    } else {
        markPaid(record);
    }
    changed();
    return invoiceJson(record);
}

Result<QJsonObject> SandboxService::decline(const QString &invoiceReference)
{
    return endByBuyer(invoiceReference, InvoiceStatus::Failed);
}

Result<QJsonObject> SandboxService::customerCancel(const QString &invoiceReference)
{
    return endByBuyer(invoiceReference, InvoiceStatus::Canceled);
}

// The buyer ends an open invoice: declined (FAILED) or canceled (CANCELED).
Result<QJsonObject> SandboxService::endByBuyer(const QString &invoiceReference,
                                               InvoiceStatus status)
{
    auto found = openBuyerInvoice(invoiceReference);
    if (!found)
        return found.error();
    InvoiceRecord &record = **found;
    record.canceledByBuyer = status == InvoiceStatus::Canceled;
    setStatus(record, status);
    changed();
    return invoiceJson(record);
}

Result<QJsonObject> SandboxService::offerToken(const QString &invoiceReference,
                                               const CustomerToken &token)
{
    auto found = openBuyerInvoice(invoiceReference);
    if (!found)
        return found.error();
    InvoiceRecord &record = **found;
    record.customerTokens.append(token);
    if (record.status == InvoiceStatus::PendingIssuerAcknowledge)
        ++record.version; // new tokens: a new version
    else
        setStatus(record, InvoiceStatus::PendingIssuerAcknowledge);
    changed();
    return invoiceJson(record);
}

} // namespace kassa::sandbox
