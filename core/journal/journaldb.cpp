#include "core/journal/journaldb.h"

#include "core/common/enumname.h"

using namespace Qt::StringLiterals;

namespace kassa::journal::detail {

void event(const Db &db, const QString &kind, const QString &ref, const QString &detail)
{
    db.run(u"INSERT INTO events(at, kind, invoice_reference, detail) VALUES(?,?,?,?)"_s,
           {nowText(), kind, ref, detail});
}

QString nowText()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

QString stateText(InvoiceState s)
{
    return enumKey(s).toLower();
}

InvoiceState stateFrom(const QString &s)
{
    return enumFromText<InvoiceState>(s).value_or(InvoiceState::Open);
}

} // namespace kassa::journal::detail
