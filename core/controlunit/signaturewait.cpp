#include "core/controlunit/signaturewait.h"

#include "core/controlunit/controlunitservice.h"
#include "core/journal/journal.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kassa::controlunit {

namespace {

struct WaitText
{
    Q_DECLARE_TR_FUNCTIONS(SignatureWait)
};

} // namespace

SignatureWait::SignatureWait(journal::Journal *journal, ControlUnitService *unit,
                             qint64 serialNumber, QString type, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_unit(unit)
    , m_serial(serialNumber)
    , m_type(std::move(type))
{}

bool SignatureWait::isReady(Error *error) const
{
    const auto signature = m_journal->receiptSignature(m_serial, m_type);
    if (!signature) {
        *error = signature.error();
        return false;
    }
    // No signature asked for: the till had no control unit when it was made.
    return !*signature || (*signature)->isSigned;
}

void SignatureWait::start()
{
    Error error;
    if (isReady(&error) || error.code != ErrorCode::None) {
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                if (error.code != ErrorCode::None)
                    Q_EMIT waiting(error);
                else
                    Q_EMIT ready();
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_unit) {
        const Error none = makeError(
            ErrorCode::ControlUnitUnavailable,
            WaitText::tr("The till's control unit is not running. The receipt is signed and can "
                         "be printed once it is."));
        QMetaObject::invokeMethod(
            this, [this, none] { Q_EMIT waiting(none); }, Qt::QueuedConnection);
        return;
    }
    ReceiptSigner *signer = m_unit->signer();
    connect(signer, &ReceiptSigner::receiptSigned, this, &SignatureWait::handleSigned);
    connect(signer, &ReceiptSigner::signingFailed, this, [this](const Error &why) {
        if (!m_done)
            Q_EMIT waiting(why);
    });
    signer->signWaiting();
}

void SignatureWait::handleSigned(qint64, qint64 serialNumber, const QString &type)
{
    if (m_done || serialNumber != m_serial || type != m_type)
        return;
    m_done = true;
    Q_EMIT ready();
}

} // namespace kassa::controlunit
