#include "app/kassa/logfile.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTest, "kassa.test", QtInfoMsg)

// Kassa's log file: owner-only from the first line, and still so after it
// is rotated (the new file is created, not inherited).
class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rotatedLogIsOwnerOnly();
};

void TestLogFile::rotatedLogIsOwnerOnly()
{
    // A permissive umask: without care, a new file would be readable by all.
    const mode_t previous = ::umask(0);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = installLogFile(dir.path(), 200);
    QCOMPARE(path, dir.filePath(u"kassa.log"_s));
    for (int i = 0; i < 20; ++i)
        qCWarning(lcTest) << "line" << i << "of a log that passes 200 bytes";
    ::umask(previous);
    QVERIFY(QFile::exists(path + u".1"_s));
    QVERIFY(QFile::exists(path));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                        QFileDevice::WriteOther;
    for (const QString &file : QStringList{path, path + u".1"_s}) {
        QCOMPARE(QFile::permissions(file) & others, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(file) & ownerOnly, ownerOnly);
    }
    QFile current(path);
    QVERIFY(current.open(QIODevice::ReadOnly));
    QVERIFY(current.readAll().contains("of a log that passes 200 bytes"));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
