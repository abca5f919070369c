#include "core/controlunit/receiptsigner.h"

#include "core/controlunit/controlunit.h"
#include "core/controlunit/unittext.h"
#include "core/journal/journal.h"
#include "core/payment/returnreceipts.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcControlUnit)

namespace kassa::controlunit {

namespace {

struct SignerText
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptSigner)
};

} // namespace

Result<ReceiptFigures> receiptFiguresOf(const journal::Sale &sale, ReceiptType type,
                                        const SignerSettings &settings)
{
    if (!sale.receiptNumber || sale.status != journal::SaleStatus::Completed)
        return makeError(ErrorCode::InvalidArgument, u"the sale is not completed"_s);
    if (settings.orgNumber.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         u"the organisation number is not set (till setup)"_s);
    ReceiptFigures f;
    f.at = sale.completedAt;
    f.serialNumber = *sale.receiptNumber;
    f.tillId = settings.tillId.trimmed().isEmpty() ? u"KASSA1"_s : settings.tillId.trimmed();
    f.orgNumber = settings.orgNumber.trimmed();
    f.type = type;
    Money returns(0, sale.total.currency());
    for (const journal::SaleRow &row : sale.rows)
        if (row.total.isNegative())
            returns = returns.minus(row.total).valueOr(returns);
    f.total = sale.total;
    f.returnsTotal = returns;
    for (const VatLine &line : sale.vat)
        f.vat.append(VatAmount{line.ratePercent, line.vat});
    return f;
}

Result<ReceiptFigures> receiptFiguresOf(const ReturnReceipt &receipt,
                                        const SignerSettings &settings)
{
    if (settings.orgNumber.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         u"the organisation number is not set (till setup)"_s);
    ReceiptFigures f;
    f.at = receipt.record.madeAt;
    f.serialNumber = receipt.record.receiptNumber;
    f.tillId = settings.tillId.trimmed().isEmpty() ? u"KASSA1"_s : settings.tillId.trimmed();
    f.orgNumber = settings.orgNumber.trimmed();
    f.type = receipt.record.training ? ReceiptType::Training : ReceiptType::Normal;
    f.total = receipt.total.negated().valueOr(receipt.total);
    f.returnsTotal = receipt.total;
    for (const VatLine &line : receipt.vat)
        f.vat.append(VatAmount{line.ratePercent, line.vat.negated().valueOr(line.vat)});
    return f;
}

ReceiptSigner::ReceiptSigner(journal::Journal *journal, ControlUnit *unit, SignerSettings settings,
                             QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_unit(unit)
    , m_settings(std::move(settings))
    , m_keeper(journal->path())
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ReceiptSigner::signWaiting);
}

ReceiptSigner::~ReceiptSigner()
{
    delete m_call;
}

QString ReceiptSigner::saleRefusal() const
{
    if (m_error.code == ErrorCode::None || m_waiting == 0)
        return {};
    // The unit's own words; else the journal failed (the signer's only
    // other source of errors), said as the till says it elsewhere.
    QString why = describeUnitError(m_error);
    if (why.isEmpty())
        why = m_error.code == ErrorCode::StorageBusy
                  ? SignerText::tr("The journal is busy, or its disk is full or failing.")
                  : SignerText::tr("The journal could not be read or written.");
    return SignerText::tr("A receipt is waiting for the control unit, so no new sale can start: "
                          "%1")
        .arg(why);
}

Result<qint64> ReceiptSigner::requestSignature(qint64 saleId, ReceiptType type)
{
    auto sale = m_journal->sale(saleId);
    if (!sale)
        return sale.error();
    if (!sale->receiptNumber)
        return makeError(ErrorCode::InvalidArgument, u"the sale has no receipt"_s);
    // A training sale's own receipt is a training receipt.
    const QString key = type == ReceiptType::Normal ? journal::receiptTypeOf(*sale)
                                                    : QString::fromLatin1(receiptTypeKey(type));
    auto id = m_journal->requestSignature(saleId, *sale->receiptNumber, key);
    if (id)
        signWaiting();
    return id;
}

void ReceiptSigner::signWaiting()
{
    if (m_call || m_keeping)
        return;
    m_retry.stop();
    auto waiting = m_journal->waitingSignatures();
    if (!waiting)
        return fail(waiting.error());
    const int before = m_waiting;
    m_waiting = int(waiting->size());
    if (waiting->isEmpty()) {
        m_error = {};
        if (before != 0)
            Q_EMIT stateChanged();
        return;
    }
    signNext(waiting->first());
    Q_EMIT stateChanged();
}

Result<ReceiptFigures> ReceiptSigner::figuresOf(const journal::ReceiptSignature &signature) const
{
    const auto type = receiptTypeFromKey(signature.type.toLatin1()).value_or(ReceiptType::Normal);
    // A pro forma receipt is no sale: its figures are its own.
    if (signature.type == u"profo"_s) {
        auto proForma = m_journal->proForma(signature.serialNumber);
        if (!proForma)
            return proForma.error();
        return receiptFiguresOf(proForma->asSale(), type, m_settings);
    }
    // Nor is a return receipt (no sale of its own; schema 11).
    if (signature.saleId == 0) {
        auto receipt = returnReceiptOf(*m_journal, signature.serialNumber);
        if (!receipt)
            return receipt.error();
        auto figures = receiptFiguresOf(*receipt, m_settings);
        if (!figures)
            return figures.error();
        ReceiptFigures f = std::move(figures).value();
        // Its one copy: the return's figures, signed as kopia.
        if (signature.type == u"kopia"_s)
            f.type = ReceiptType::Copy;
        return f;
    }
    auto sale = m_journal->sale(signature.saleId);
    if (!sale)
        return sale.error();
    return receiptFiguresOf(*sale, type, m_settings);
}

void ReceiptSigner::signNext(const journal::ReceiptSignature &signature)
{
    auto figures = figuresOf(signature);
    if (!figures)
        return fail(figures.error());
    m_signing = signature;
    m_call = m_unit->registerReceipt(*figures);
    connect(m_call, &UnitCall::finished, this, &ReceiptSigner::handleFinished);
}

void ReceiptSigner::handleFinished()
{
    UnitCall *call = m_call;
    if (!call || sender() != call)
        return;
    m_call = nullptr;
    call->deleteLater();
    if (!call->isSuccess())
        return fail(call->error());
    const QString fields = QString::fromLatin1(receiptFields(call->figures()).value().join('#'));
    const Signature signature = call->signature();
    // The code is journaled by the worker's connection: its commit (an
    // fsync) never holds the window's thread. Nothing else is signed, and
    // the receipt is not printed, until it is kept.
    m_keeping = true;
    const qint64 id = m_signing.id;
    m_keeper.run(
        [id, fields, signature](journal::Journal &journal) {
            return journal.recordSignature(id, fields, signature.controlCode, signature.unitId);
        },
        [this, signature](const Status &kept) { handleKept(kept, signature); });
}

void ReceiptSigner::handleKept(const Status &kept, const Signature &signature)
{
    m_keeping = false;
    if (!kept)
        return fail(kept.error());
    qCInfo(lcControlUnit).noquote()
        << "receipt" << m_signing.serialNumber << m_signing.type << "signed by" << signature.unitId;
    m_error = {};
    Q_EMIT receiptSigned(m_signing.saleId, m_signing.serialNumber, m_signing.type,
                         signature.controlCode, signature.unitId);
    signWaiting();
}

void ReceiptSigner::fail(const Error &error)
{
    qCWarning(lcControlUnit).noquote()
        << "receipt" << m_signing.serialNumber << "not signed:" << error.detail;
    m_error = error;
    Q_EMIT signingFailed(error);
    Q_EMIT stateChanged();
    m_retry.start(m_settings.retryEvery);
}

} // namespace kassa::controlunit
