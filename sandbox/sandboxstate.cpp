#include "sandbox/sandboxstate.h"

#include "core/common/enumname.h"

#include "core/seqr/seqrcodec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kassa::sandbox {

namespace {

// Invoices are kept in SEQR's own wire form: lossless through the codec.
QString invoiceToText(const seqr::Invoice &invoice, const QList<seqr::CustomerToken> &tokens)
{
    return QString::fromUtf8(
        seqr::codec::encodeRequest(seqr::SendInvoiceRequest{{}, invoice, tokens}));
}

void invoiceFromText(const QString &text, seqr::Invoice &invoice,
                     QList<seqr::CustomerToken> &tokens)
{
    const auto decoded = seqr::codec::decodeRequest(text.toUtf8());
    if (decoded && std::holds_alternative<seqr::SendInvoiceRequest>(*decoded)) {
        invoice = std::get<seqr::SendInvoiceRequest>(*decoded).invoice;
        tokens = std::get<seqr::SendInvoiceRequest>(*decoded).tokens;
    }
}

QJsonObject moneyJson(const Money &m)
{
    return {{u"value"_s, m.toDecimalString()}, {u"currency"_s, m.currency().code()}};
}

Money moneyFrom(const QJsonValue &v)
{
    const auto m = Money::parse(v[u"value"_s].toString(), v[u"currency"_s].toString());
    return m ? *m : Money();
}

QString dateText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFrom(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

QJsonArray notificationsJson(const QList<NotificationAttempt> &attempts)
{
    return jsonArray(attempts, &NotificationAttempt::toJson);
}

QJsonArray parametersJson(const seqr::Parameters &parameters)
{
    return jsonArray(parameters, [](const seqr::Parameter &p) {
        return QJsonObject{{u"key"_s, p.key}, {u"value"_s, p.value}};
    });
}

QString buyerStepName(BuyerStep step)
{
    return enumWords(step);
}

QJsonObject NotificationAttempt::toJson() const
{
    return {{u"at"_s, dateText(at)},       {u"status"_s, status}, {u"attempt"_s, attempt},
            {u"httpStatus"_s, httpStatus}, {u"error"_s, error},   {u"delivered"_s, delivered()}};
}

NotificationAttempt NotificationAttempt::fromJson(const QJsonObject &json)
{
    return NotificationAttempt{dateFrom(json[u"at"_s]), json[u"status"_s].toString(),
                               json[u"attempt"_s].toInt(), json[u"httpStatus"_s].toInt(),
                               json[u"error"_s].toString()};
}

namespace {

// One record of each kind as the state file holds it.
QJsonObject invoiceRecordJson(const InvoiceRecord &i)
{
    return QJsonObject{{u"invoiceReference"_s, i.invoiceReference},
                       {u"terminalId"_s, i.terminalId},
                       {u"invoice"_s, invoiceToText(i.invoice, i.customerTokens)},
                       {u"total"_s, moneyJson(i.total)},
                       {u"status"_s, seqr::invoiceStatusName(i.status)},
                       {u"version"_s, i.version},
                       {u"buyerStep"_s, int(i.buyerStep)},
                       {u"createdAt"_s, dateText(i.createdAt)},
                       {u"paidAt"_s, dateText(i.paidAt)},
                       {u"ersReference"_s, i.ersReference},
                       {u"payerMsisdn"_s, i.payerMsisdn},
                       {u"acknowledged"_s, i.acknowledged},
                       {u"reversed"_s, i.reversed},
                       {u"receiptDocument"_s, QString::fromLatin1(i.receiptDocument.toBase64())},
                       {u"sequence"_s, i.sequence},
                       {u"notifications"_s, notificationsJson(i.notifications)},
                       {u"sessionToken"_s, i.sessionToken},
                       {u"canceledByBuyer"_s, i.canceledByBuyer}};
}

InvoiceRecord invoiceFrom(const QJsonValue &v)
{
    InvoiceRecord i;
    i.invoiceReference = v[u"invoiceReference"_s].toString();
    i.terminalId = v[u"terminalId"_s].toString();
    invoiceFromText(v[u"invoice"_s].toString(), i.invoice, i.customerTokens);
    i.total = moneyFrom(v[u"total"_s]);
    i.status = seqr::invoiceStatusFromName(v[u"status"_s].toString());
    i.version = v[u"version"_s].toInt();
    i.buyerStep = BuyerStep(v[u"buyerStep"_s].toInt());
    i.createdAt = dateFrom(v[u"createdAt"_s]);
    i.paidAt = dateFrom(v[u"paidAt"_s]);
    i.ersReference = v[u"ersReference"_s].toString();
    i.payerMsisdn = v[u"payerMsisdn"_s].toString();
    i.acknowledged = v[u"acknowledged"_s].toBool();
    i.reversed = v[u"reversed"_s].toBool();
    i.receiptDocument = QByteArray::fromBase64(v[u"receiptDocument"_s].toString().toLatin1());
    i.sequence = v[u"sequence"_s].toInteger();
    for (const QJsonValue &n : v[u"notifications"_s].toArray())
        i.notifications.append(NotificationAttempt::fromJson(n.toObject()));
    i.sessionToken = v[u"sessionToken"_s].toString();
    i.canceledByBuyer = v[u"canceledByBuyer"_s].toBool();
    return i;
}

QJsonObject sessionRecordJson(const ClientSession &c)
{
    const QJsonArray parameters = parametersJson(c.qrParameters);
    return QJsonObject{{u"token"_s, c.token},         {u"serviceId"_s, c.serviceId},
                       {u"msisdn"_s, c.msisdn},       {u"subscriberKey"_s, c.subscriberKey},
                       {u"parameters"_s, parameters}, {u"createdAt"_s, dateText(c.createdAt)},
                       {u"left"_s, c.left},           {u"invoiceReference"_s, c.invoiceReference}};
}

ClientSession sessionFrom(const QJsonValue &v)
{
    ClientSession c;
    c.token = v[u"token"_s].toString();
    c.serviceId = v[u"serviceId"_s].toString();
    c.msisdn = v[u"msisdn"_s].toString();
    c.subscriberKey = v[u"subscriberKey"_s].toString();
    for (const QJsonValue &p : v[u"parameters"_s].toArray())
        c.qrParameters.append(seqr::Parameter{p[u"key"_s].toString(), p[u"value"_s].toString()});
    c.createdAt = dateFrom(v[u"createdAt"_s]);
    c.left = v[u"left"_s].toBool();
    c.invoiceReference = v[u"invoiceReference"_s].toString();
    return c;
}

QJsonObject resellerJson(const Reseller &r)
{
    return QJsonObject{
        {u"id"_s, r.id}, {u"userId"_s, r.userId}, {u"password"_s, r.password}, {u"name"_s, r.name}};
}

QJsonObject terminalJson(const Terminal &t)
{
    return QJsonObject{{u"terminalId"_s, t.terminalId},
                       {u"resellerId"_s, t.resellerId},
                       {u"externalTerminalId"_s, t.externalTerminalId},
                       {u"name"_s, t.name},
                       {u"password"_s, t.password},
                       {u"seqrId"_s, t.seqrId},
                       {u"registered"_s, t.registered}};
}

QJsonObject refundJson(const RefundRecord &r)
{
    return QJsonObject{
        {u"ersReference"_s, r.ersReference}, {u"originalErsReference"_s, r.originalErsReference},
        {u"terminalId"_s, r.terminalId},     {u"cashierId"_s, r.cashierId},
        {u"amount"_s, moneyJson(r.amount)},  {u"at"_s, dateText(r.at)},
        {u"sequence"_s, r.sequence}};
}

QJsonObject periodJson(const Period &p)
{
    return QJsonObject{{u"id"_s, p.id},
                       {u"resellerId"_s, p.resellerId},
                       {u"terminalId"_s, p.terminalId},
                       {u"fromSequence"_s, p.fromSequence},
                       {u"toSequence"_s, p.toSequence},
                       {u"closedAt"_s, dateText(p.closedAt)},
                       {u"reportCalls"_s, p.reportCalls}};
}

} // namespace

QJsonObject SandboxState::toJson() const
{
    return {{u"format"_s, 1},
            {u"services"_s, jsonArray(services, &ExternalService::toJson)},
            {u"sessions"_s, jsonArray(sessions, sessionRecordJson)},
            {u"resellers"_s, jsonArray(resellers, resellerJson)},
            {u"terminals"_s, jsonArray(terminals, terminalJson)},
            {u"invoices"_s, jsonArray(invoices, invoiceRecordJson)},
            {u"refunds"_s, jsonArray(refunds, refundJson)},
            {u"periods"_s, jsonArray(periods, periodJson)},
            {u"sequence"_s, sequence},
            {u"nextReference"_s, nextReference}};
}

SandboxState SandboxState::fromJson(const QJsonObject &json)
{
    SandboxState s;
    for (const QJsonValue &v : json[u"resellers"_s].toArray()) {
        Reseller r{v[u"id"_s].toString(), v[u"userId"_s].toString(), v[u"password"_s].toString(),
                   v[u"name"_s].toString()};
        s.resellers.insert(r.id, r);
    }
    for (const QJsonValue &v : json[u"terminals"_s].toArray()) {
        Terminal t{v[u"terminalId"_s].toString(),
                   v[u"resellerId"_s].toString(),
                   v[u"externalTerminalId"_s].toString(),
                   v[u"name"_s].toString(),
                   v[u"password"_s].toString(),
                   v[u"seqrId"_s].toString(),
                   v[u"registered"_s].toBool()};
        s.terminals.insert(t.terminalId, t);
    }
    for (const QJsonValue &v : json[u"invoices"_s].toArray()) {
        const InvoiceRecord i = invoiceFrom(v);
        s.invoices.insert(i.invoiceReference, i);
    }
    for (const QJsonValue &v : json[u"refunds"_s].toArray())
        s.refunds.append(RefundRecord{
            v[u"ersReference"_s].toString(), v[u"originalErsReference"_s].toString(),
            v[u"terminalId"_s].toString(), v[u"cashierId"_s].toString(), moneyFrom(v[u"amount"_s]),
            dateFrom(v[u"at"_s]), v[u"sequence"_s].toInteger()});
    for (const QJsonValue &v : json[u"periods"_s].toArray()) {
        Period p{v[u"id"_s].toString(),          v[u"resellerId"_s].toString(),
                 v[u"terminalId"_s].toString(),  v[u"fromSequence"_s].toInteger(),
                 v[u"toSequence"_s].toInteger(), dateFrom(v[u"closedAt"_s]),
                 v[u"reportCalls"_s].toInt()};
        s.periods.insert(p.id, p);
    }
    for (const QJsonValue &v : json[u"services"_s].toArray()) {
        ExternalService service{v[u"id"_s].toString(), QUrl(v[u"orderUrl"_s].toString()),
                                QUrl(v[u"successUrl"_s].toString()),
                                QUrl(v[u"failureUrl"_s].toString()),
                                QUrl(v[u"cancelUrl"_s].toString())};
        s.services.insert(service.id, service);
    }
    for (const QJsonValue &v : json[u"sessions"_s].toArray()) {
        const ClientSession c = sessionFrom(v);
        if (!c.token.isEmpty())
            s.sessions.insert(c.token, c);
    }
    s.sequence = json[u"sequence"_s].toInteger();
    s.nextReference = json[u"nextReference"_s].toInteger();
    return s;
}

ExternalService ExternalService::fromBaseUrl(const QString &id, const QUrl &baseUrl)
{
    QString base = baseUrl.toString(QUrl::StripTrailingSlash);
    const auto at = [&base](const char *path) { return QUrl(base + QLatin1StringView(path)); };
    return ExternalService{id, at("/order"), at("/success"), at("/failure"), at("/cancel")};
}

QJsonObject ExternalService::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"orderUrl"_s, orderUrl.toString()},
                       {u"successUrl"_s, successUrl.toString()},
                       {u"failureUrl"_s, failureUrl.toString()},
                       {u"cancelUrl"_s, cancelUrl.toString()}};
}

QStringList demoCafeMenu()
{
    return {u"7350009901000"_s, u"7350009901017"_s, u"7350009901024"_s, u"7350009901031"_s,
            u"7350009901048"_s, u"7350009901055"_s, u"7350009901062"_s, u"7350009901079"_s,
            u"7350009901086"_s, u"7350009901093"_s};
}

} // namespace kassa::sandbox
