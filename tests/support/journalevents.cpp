#include "tests/support/journalevents.h"

#include "core/reconciliation/tilleventtext.h"

using namespace Qt::StringLiterals;

QStringList describedEvents(const kassa::journal::Journal &journal, const QString &kind)
{
    const auto events = journal.tillEvents(QDateTime(), QDateTime());
    if (!events)
        return {u"(unreadable: "_s + events.error().detail + u')'};
    QStringList sentences;
    for (const kassa::journal::TillEvent &e : *events)
        if (e.kind == kind)
            sentences.append(kassa::describeTillEvent(e, QLocale::c()));
    return sentences;
}
