#include "core/journal/journal.h"

#include "core/journal/journaldb.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kassa::journal {

using namespace detail;

QString invoiceStateName(InvoiceState state)
{
    return stateText(state);
}

Journal::Journal(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{}

Journal::~Journal()
{
    closeConnection(m_connection);
}

Result<std::unique_ptr<Journal>> Journal::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::StorageFailed,
                         u"cannot create the folder "_s + info.absolutePath());
    const QString connection = u"kassa-journal-"_s + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<Journal> journal(new Journal(info.absoluteFilePath(), connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            return makeError(ErrorCode::StorageFailed, u"cannot open the journal "_s + path +
                                                           u": "_s + db.lastError().text());
    }
    if (auto migrated = journal->migrate(); !migrated)
        return migrated.error();
    return journal;
}

Status Journal::appendEvent(const QString &kind, const QString &invoiceReference,
                            const QString &detail)
{
    Db db(m_connection);
    return transact(db, [&] { event(db, kind, invoiceReference, detail); });
}

Result<QStringList> Journal::events(const QString &invoiceReference) const
{
    Db db(m_connection);
    return db.read([&] {
        QStringList list;
        QSqlQuery q = db.run(u"SELECT kind FROM events WHERE invoice_reference=? ORDER BY id"_s,
                             {invoiceReference});
        while (q.next())
            list.append(q.value(0).toString());
        return list;
    });
}

Result<QString> Journal::journalId() const
{
    Db db(m_connection);
    return db.read([&] {
        QSqlQuery q = db.run(u"SELECT value FROM journal_meta WHERE key='journal_id'"_s);
        return q.next() ? q.value(0).toString() : QString();
    });
}

} // namespace kassa::journal
