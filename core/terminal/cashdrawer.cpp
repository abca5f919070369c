#include "core/terminal/cashdrawer.h"

#include "core/journal/journal.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
Q_LOGGING_CATEGORY(lcDrawer, "kassa.drawer")
}

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

} // namespace kassa
