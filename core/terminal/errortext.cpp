#include "core/terminal/errortext.h"

#include "core/controlunit/unittext.h"
#include "core/seqr/resultcode.h"

#include <QCoreApplication>

using kassa::ErrorCode;
using kassa::seqr::ResultCode;

namespace {

// The translation context of these sentences.
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
};

QString refused(int code)
{
    switch (ResultCode(code)) {
    case ResultCode::AuthenticationFailed:
        return ErrorText::tr("SEQR refused the password.");
    case ResultCode::AccessDenied:
        return ErrorText::tr(
            "SEQR refused access (a terminal password must have at least 4 characters).");
    case ResultCode::InvalidInitiatorPrincipalId:
    case ResultCode::InitiatorPrincipalNotFound:
        return ErrorText::tr("SEQR does not know this shop account or till.");
    case ResultCode::InvalidInitiatorPrincipalState:
        return ErrorText::tr("This till is not registered at SEQR any more; register it again.");
    case ResultCode::InvalidInvoiceData:
        return ErrorText::tr("SEQR refused the invoice data.");
    case ResultCode::InvalidSeqrId:
        return ErrorText::tr(
            "That SEQR ID is not valid (letters and digits only) or belongs to another till.");
    case ResultCode::InvalidInvoiceReference:
        return ErrorText::tr("SEQR does not know that invoice.");
    case ResultCode::InvalidErsReference:
        return ErrorText::tr("SEQR does not know that payment reference.");
    case ResultCode::CannotCancelPaidInvoice:
        return ErrorText::tr("The invoice is already paid and cannot be canceled.");
    case ResultCode::CannotCancelInvoiceInProgress:
        return ErrorText::tr(
            "The customer is confirming the payment right now; it cannot be canceled.");
    case ResultCode::InvoiceAlreadyCanceled:
        return ErrorText::tr("The invoice was already canceled.");
    case ResultCode::SumOfRefundsCanNotBeMoreThanOriginalTransaction:
        return ErrorText::tr("Refunds cannot add up to more than the payment.");
    case ResultCode::ResellerNotAllowedToDoRefund:
    case ResultCode::ReceiverAccountDoesNotAllowRefunds:
        return ErrorText::tr("This shop's SEQR account does not allow refunds.");
    case ResultCode::ReportNotReady:
        return ErrorText::tr("SEQR's report is not ready yet.");
    case ResultCode::SystemError:
    case ResultCode::SystemBusy:
    case ResultCode::ServiceUnavailable:
        return ErrorText::tr("SEQR is having trouble right now; try again in a moment.");
    default:
        return ErrorText::tr("SEQR refused the request.");
    }
}

// The sentence for an error, without its detail.
QString sentenceFor(const kassa::Error &error)
{
    switch (error.code) {
    case ErrorCode::ConnectionProblem:
        return ErrorText::tr("SEQR does not answer (no connection, or no reply in time).");
    case ErrorCode::BadAnswer:
        return ErrorText::tr("SEQR answered with an error; nothing was changed. Try again "
                             "in a moment.");
    case ErrorCode::TlsFailure:
        return ErrorText::tr(
            "No secure connection to SEQR (its certificate is not trusted, or the endpoint "
            "does not speak HTTPS), so nothing was sent. Check the endpoint and CA file.");
    case ErrorCode::ServiceRefused:
        return refused(error.resultCode);
    case ErrorCode::StorageFailed:
        return ErrorText::tr("The journal could not be read or written.");
    case ErrorCode::StorageBusy:
        return ErrorText::tr("The journal is busy, or its disk is full or failing.");
    case ErrorCode::NotRegistered:
        return ErrorText::tr("This till is not registered with SEQR; it must be registered first.");
    case ErrorCode::NotFound:
        return ErrorText::tr("Not found.");
    case ErrorCode::InvalidArgument:
    case ErrorCode::InvalidNumber:
    case ErrorCode::TooManyDecimals:
    case ErrorCode::Overflow:
    case ErrorCode::CurrencyMismatch:
    case ErrorCode::UnknownCurrency:
        return ErrorText::tr("That value is not accepted.");
    case ErrorCode::ControlUnitRefused:
    case ErrorCode::ControlUnitUnavailable:
    case ErrorCode::ControlUnitBadAnswer:
        return kassa::controlunit::describeUnitError(error);
    case ErrorCode::RefundInDoubt:
        return ErrorText::tr(
            "Refund in doubt: SEQR's answer was lost, so it may or may not have made the refund. "
            "No other refund of this payment can be made until SEQR's report or the manager "
            "settles it; do not give the money back another way meanwhile.");
    case ErrorCode::MalformedXml:
    case ErrorCode::UnexpectedMessage:
    case ErrorCode::SoapFault:
        return ErrorText::tr(
            "SEQR answered something Kassa cannot read; nothing was changed. Try again.");
    default:
        return ErrorText::tr("That did not work.");
    }
}

// The error's detail, SEQR's own words without its code name in front.
QString detailOf(const kassa::Error &error)
{
    QString detail = error.detail;
    if (error.code == ErrorCode::ServiceRefused) {
        const QString name = kassa::seqr::resultCodeName(error.resultCode);
        if (detail.startsWith(name))
            detail = detail.mid(name.size());
        while (detail.startsWith(QLatin1Char(':')) || detail.startsWith(QLatin1Char(' ')))
            detail.remove(0, 1);
    }
    return detail;
}

} // namespace

QString kassa::describe(const kassa::Error &error, bool withDetail)
{
    QString sentence = sentenceFor(error);
    const QString detail = detailOf(error);
    if (withDetail && !detail.isEmpty())
        sentence += QStringLiteral(" (") + detail + QLatin1Char(')');
    return sentence;
}

QString kassa::describeNotStarted(const kassa::Error &error, bool withDetail)
{
    const QString sentence = describe(error, withDetail);
    switch (error.code) {
    case ErrorCode::ConnectionProblem:
    case ErrorCode::BadAnswer:
    case ErrorCode::TlsFailure:
        return ErrorText::tr("%1 SEQR payments need SEQR; take the payment another way.")
            .arg(sentence);
    default:
        return sentence;
    }
}
