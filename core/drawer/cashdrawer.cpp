#include "core/drawer/cashdrawer.h"

#include "core/journal/journal.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
Q_LOGGING_CATEGORY(lcDrawer, "kassa.drawer")

// The day began at the last Z report (invalid: with the journal).
Result<QDateTime> dayBegan(const journal::Journal &journal)
{
    const auto last = journal.lastZReport();
    if (!last)
        return last.error();
    return *last ? (*last)->takenAt : QDateTime();
}
} // namespace

CashDrawer::CashDrawer(journal::Journal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{}

Status CashDrawer::open(journal::DrawerCause cause, const QString &reference)
{
    if (!m_journal)
        return makeError(ErrorCode::StorageFailed, u"the till has no journal"_s);
    // The journal first: a drawer that opens unrecorded is what the rules forbid.
    if (auto recorded = m_journal->recordDrawerOpening(cause, reference, m_cashierId); !recorded) {
        qCWarning(lcDrawer) << "drawer kept shut: the journal refused the opening:"
                            << recorded.error().detail;
        return recorded.error();
    }
    if (m_kick)
        m_kick();
    Q_EMIT opened(cause, reference);
    return Ok{};
}

Result<bool> CashDrawer::openAfterSale(qint64 saleId)
{
    if (!m_journal)
        return makeError(ErrorCode::StorageFailed, u"the till has no journal"_s);
    const auto sale = m_journal->sale(saleId);
    if (!sale)
        return sale.error();
    const bool withCash =
        std::any_of(sale->tenders.cbegin(), sale->tenders.cend(), [](const journal::Tender &t) {
            return t.kind == journal::TenderKind::Cash && t.amount.isPositive();
        });
    if (!withCash)
        return false;
    if (auto opened = open(journal::DrawerCause::CashSale, QString::number(saleId)); !opened)
        return opened.error();
    return true;
}

Result<bool> CashDrawer::needsFloat() const
{
    if (!m_journal)
        return makeError(ErrorCode::StorageFailed, u"the till has no journal"_s);
    const auto from = dayBegan(*m_journal);
    if (!from)
        return from.error();
    const auto changes = m_journal->floatChanges(*from, QDateTime::currentDateTimeUtc());
    if (!changes)
        return changes.error();
    return changes->isEmpty();
}

Result<journal::FloatChange> CashDrawer::setFloat(const Money &amount, const QString &reason)
{
    if (!m_journal)
        return makeError(ErrorCode::StorageFailed, u"the till has no journal"_s);
    if (amount.isNegative())
        return makeError(ErrorCode::InvalidArgument, u"the float cannot be negative"_s);
    const auto from = dayBegan(*m_journal);
    if (!from)
        return from.error();
    auto change = m_journal->recordFloat(amount, *from, reason, m_cashierId);
    if (!change)
        return change;
    if (auto opened = open(journal::DrawerCause::Float, reason); !opened)
        qCWarning(lcDrawer) << "float journaled, drawer kept shut:" << opened.error().detail;
    return change;
}

} // namespace kassa
