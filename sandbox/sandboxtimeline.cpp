// What happens to an invoice after SEQR answered: its status changes, the
// acknowledgment window that reverses a payment no till learned of, the
// sandbox's clock tests advance, and the notifications of a notificationUrl.
#include "sandbox/sandboxservice.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kassa::seqr;

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace kassa::sandbox {

void SandboxService::setStatus(InvoiceRecord &record, InvoiceStatus status)
{
    if (record.status == status)
        return;
    record.status = status;
    ++record.version;
    if (isFinal(status))
        record.buyerStep = BuyerStep::None;
    // What a shop's server is told about: paid, reserved, or no longer payable.
    if (status == InvoiceStatus::Paid || status == InvoiceStatus::Reserved ||
        status == InvoiceStatus::Canceled || status == InvoiceStatus::Failed)
        notify(record);
}

void SandboxService::markPaid(InvoiceRecord &record)
{
    record.paidAt = now();
    if (record.ersReference.isEmpty())
        record.ersReference = nextReference();
    record.sequence = ++m_state.sequence;
    record.acknowledged = false;
    setStatus(record, InvoiceStatus::Paid);
    const QString ref = record.invoiceReference;
    scheduleAckDeadline(ref); // notified by setStatus
    qCInfo(lcSandbox).noquote() << "invoice" << ref << "paid, ersReference" << record.ersReference;
}

QDateTime SandboxService::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

void SandboxService::advanceClock(qint64 ms)
{
    m_clockOffsetMs += qMax<qint64>(0, ms);
    runDueDeadlines();
}

void SandboxService::scheduleAckDeadline(const QString &invoiceReference)
{
    m_ackDeadlines.insert(invoiceReference, now().toMSecsSinceEpoch() + m_options.ackWindowMs);
    runDueDeadlines();
}

void SandboxService::runDueDeadlines()
{
    const qint64 at = now().toMSecsSinceEpoch();
    QStringList due;
    qint64 soonest = std::numeric_limits<qint64>::max();
    for (auto it = m_ackDeadlines.cbegin(); it != m_ackDeadlines.cend(); ++it) {
        if (it.value() <= at)
            due.append(it.key());
        else
            soonest = qMin(soonest, it.value());
    }
    for (const QString &ref : std::as_const(due)) {
        m_ackDeadlines.remove(ref);
        handleAckDeadline(ref);
    }
    if (soonest == std::numeric_limits<qint64>::max())
        m_deadlineTimer.stop();
    else
        m_deadlineTimer.start(int(qMin<qint64>(soonest - at, std::numeric_limits<int>::max())));
}

void SandboxService::handleAckDeadline(const QString &invoiceReference)
{
    auto it = m_state.invoices.find(invoiceReference);
    if (it == m_state.invoices.end() || it->status != InvoiceStatus::Paid || it->acknowledged)
        return;
    // No till learned of this payment in time: SEQR takes the money back.
    it->reversed = true;
    setStatus(*it, InvoiceStatus::Canceled);
    qCInfo(lcSandbox).noquote() << "invoice" << invoiceReference
                                << "reversed: no getPaymentStatus reported PAID in time";
    changed();
}

void SandboxService::notify(const InvoiceRecord &record)
{
    if (record.invoice.notificationUrl.isEmpty())
        return;
    // Queued: the SOAP answer or buyer action that caused it goes first,
    // and a notificationUrl that points nowhere never holds anything up.
    const QString ref = record.invoiceReference;
    const QString status = invoiceStatusName(record.status);
    m_state.invoices[ref].notificationPending = true;
    QTimer::singleShot(0, this, [this, ref, status] { sendNotification(ref, status, 1); });
}

void SandboxService::sendNotification(const QString &invoiceReference, const QString &status,
                                      int attempt)
{
    const auto it = m_state.invoices.find(invoiceReference);
    if (it == m_state.invoices.end())
        return;
    it->nextNotificationAt = {};
    QNetworkRequest request{QUrl(it->invoice.notificationUrl)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(m_options.notificationTimeoutMs);
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"invoiceReference"_s, invoiceReference}, {u"status"_s, status}})
            .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, invoiceReference, status, attempt] {
                reply->deleteLater();
                NotificationAttempt a;
                a.at = now();
                a.status = status;
                a.attempt = attempt;
                a.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->error() != QNetworkReply::NoError && a.httpStatus == 0)
                    a.error = reply->errorString();
                auto record = m_state.invoices.find(invoiceReference);
                if (record == m_state.invoices.end())
                    return;
                record->notifications.append(a);
                changed();
                qCInfo(lcSandbox).noquote()
                    << "notification" << attempt << "of" << invoiceReference << status << "->"
                    << (a.httpStatus ? QString::number(a.httpStatus) : a.error);
                if (a.delivered() || attempt > m_options.notificationRetryDelaysMs.size()) {
                    record->notificationPending = false;
                    return;
                }
                const int delayMs = m_options.notificationRetryDelaysMs[attempt - 1];
                record->nextNotificationAt = now().addMSecs(delayMs);
                QTimer::singleShot(delayMs, this, [this, invoiceReference, status, attempt] {
                    sendNotification(invoiceReference, status, attempt + 1);
                });
            });
}

Result<QJsonObject> SandboxService::notifications(const QString &invoiceReference) const
{
    auto it = m_state.invoices.find(invoiceReference.trimmed());
    if (it == m_state.invoices.end())
        return makeError(ErrorCode::InvalidArgument,
                         u"There is no invoice "_s + invoiceReference + u'.');
    return QJsonObject{
        {u"invoiceReference"_s, it->invoiceReference},
        {u"notificationUrl"_s, it->invoice.notificationUrl},
        {u"attempts"_s, notificationsJson(it->notifications)},
        {u"pending"_s, it->notificationPending},
        {u"nextAttemptAt"_s, it->nextNotificationAt.isValid()
                                 ? QJsonValue(it->nextNotificationAt.toString(Qt::ISODateWithMs))
                                 : QJsonValue()}};
}

} // namespace kassa::sandbox
