#include "tests/support/sqlitefile.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa::test {

bool execSql(const QString &path, const QString &sql)
{
    const QString connection = u"kassa-test-sqlitefile"_s;
    bool ran = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        ran = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ran;
}

} // namespace kassa::test
