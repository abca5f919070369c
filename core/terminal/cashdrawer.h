#pragma once

#include "core/common/result.h"
#include "core/journal/journaltypes.h"

#include <QObject>

#include <functional>

namespace kassa {

namespace journal {
class Journal;
}

// The till's cash drawer (SKVFS 2014:9 counts every opening): open()
// journals the opening with its cause — a cash sale (also the cash part of a
// split tender), a cash refund, the float, No sale — and only then calls the
// kick set by whoever holds the printer the drawer hangs off
// (TillPrinter::drawerKickFunction()). Without a kick the opening is still
// journaled (a drawer opened by hand or a till without a printer). A journal
// that refuses keeps the drawer shut and says why. Owned by TillHost; lives
// in its thread.
class CashDrawer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CashDrawer)

public:
    explicit CashDrawer(journal::Journal *journal, QObject *parent = nullptr);

    void setKick(std::function<void()> kick) { m_kick = std::move(kick); }
    bool hasKick() const { return bool(m_kick); }
    void setCashierId(const QString &id) { m_cashierId = id; }

    // `reference`: the sale's or refund's id, or the reason typed (No sale, float).
    Status open(journal::DrawerCause cause, const QString &reference = {});
    // A completed sale: opens when any of it was paid in cash; a SEQR-only
    // sale keeps the drawer shut. Returns whether it opened.
    Result<bool> openAfterSale(qint64 saleId);

Q_SIGNALS:
    void opened(kassa::journal::DrawerCause cause, const QString &reference);

private:
    journal::Journal *m_journal;
    std::function<void()> m_kick;
    QString m_cashierId;
};

} // namespace kassa
