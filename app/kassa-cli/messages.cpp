#include "app/kassa-cli/messages.h"

#include "core/seqr/resultcode.h"

#include <QCoreApplication>

using kassa::ErrorCode;
using kassa::seqr::ResultCode;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kassa-cli", text);
}

QString refused(int code)
{
    switch (ResultCode(code)) {
    case ResultCode::AuthenticationFailed:
        return tr("SEQR refused the password.");
    case ResultCode::AccessDenied:
        return tr("SEQR refused access (a terminal password must have at least 4 characters).");
    case ResultCode::InvalidInitiatorPrincipalId:
    case ResultCode::InitiatorPrincipalNotFound:
        return tr("SEQR does not know this shop account or till.");
    case ResultCode::InvalidInitiatorPrincipalState:
        return tr("This till is not registered at SEQR any more; register it again.");
    case ResultCode::InvalidInvoiceData:
        return tr("SEQR refused the invoice data.");
    case ResultCode::InvalidSeqrId:
        return tr(
            "That SEQR ID is not valid (letters and digits only) or belongs to another till.");
    case ResultCode::InvalidInvoiceReference:
        return tr("SEQR does not know that invoice.");
    case ResultCode::InvalidErsReference:
        return tr("SEQR does not know that payment reference.");
    case ResultCode::CannotCancelPaidInvoice:
        return tr("The invoice is already paid and cannot be canceled.");
    case ResultCode::CannotCancelInvoiceInProgress:
        return tr("The customer is confirming the payment right now; it cannot be canceled.");
    case ResultCode::InvoiceAlreadyCanceled:
        return tr("The invoice was already canceled.");
    case ResultCode::SumOfRefundsCanNotBeMoreThanOriginalTransaction:
        return tr("Refunds cannot add up to more than the payment.");
    case ResultCode::ResellerNotAllowedToDoRefund:
    case ResultCode::ReceiverAccountDoesNotAllowRefunds:
        return tr("This shop's SEQR account does not allow refunds.");
    case ResultCode::ReportNotReady:
        return tr("SEQR's report is not ready yet.");
    case ResultCode::SystemError:
    case ResultCode::SystemBusy:
    case ResultCode::ServiceUnavailable:
        return tr("SEQR is having trouble right now; try again in a moment.");
    default:
        return tr("SEQR refused the request.");
    }
}

} // namespace

QString describe(const kassa::Error &error)
{
    QString sentence;
    switch (error.code) {
    case ErrorCode::ConnectionProblem:
        sentence = tr("SEQR cannot be reached. SEQR payments need a connection; take the payment "
                      "another way.");
        break;
    case ErrorCode::TlsFailure:
        sentence = tr("SEQR's certificate is not trusted, so nothing was sent. Check the endpoint "
                      "and CA file.");
        break;
    case ErrorCode::ServiceRefused:
        sentence = refused(error.resultCode);
        break;
    case ErrorCode::StorageFailed:
        sentence = tr("The journal could not be written (is the disk full?).");
        break;
    case ErrorCode::NotRegistered:
        sentence = tr("This till is not registered with SEQR. Run: kassa-cli terminal register …");
        break;
    case ErrorCode::NotFound:
        sentence = tr("Not found.");
        break;
    default:
        sentence = tr("That did not work.");
        break;
    }
    QString detail = error.detail;
    if (error.code == ErrorCode::ServiceRefused) {
        // SEQR's own words without its code name in front.
        const QString name = kassa::seqr::resultCodeName(error.resultCode);
        if (detail.startsWith(name))
            detail = detail.mid(name.size());
        while (detail.startsWith(QLatin1Char(':')) || detail.startsWith(QLatin1Char(' ')))
            detail.remove(0, 1);
    }
    if (!detail.isEmpty())
        sentence += QStringLiteral(" (") + detail + QLatin1Char(')');
    return sentence;
}
