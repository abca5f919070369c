#include "app/kassa/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QFile *logFile = nullptr;
qint64 maxBytes = 5 * 1024 * 1024;
QMutex logMutex;
QtMessageHandler previousHandler = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (previousHandler)
        previousHandler(type, context, message);
    const bool ours = context.category && qstrncmp(context.category, "kassa", 5) == 0;
    if (type == QtDebugMsg || (type == QtInfoMsg && !ours))
        return;
    const QMutexLocker lock(&logMutex);
    if (!logFile)
        return;
    if (logFile->size() > maxBytes) {
        const QString path = logFile->fileName();
        logFile->close();
        QFile::remove(path + u".1"_s);
        QFile::rename(path, path + u".1"_s);
        // The new file is created owner-only, before any line is in it
        // (whatever the umask); a file that is there already is made so.
        if (!logFile->open(QIODevice::Append | QIODevice::Text, kOwnerOnly))
            return;
        logFile->setPermissions(kOwnerOnly);
    }
    const QByteArray line =
        QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' ' + levelName(type) +
        ' ' + (context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    logFile->write(line);
    logFile->flush();
}

} // namespace

QString installLogFile(const QString &folder, qint64 rotateAfterBytes)
{
    const QString dir =
        folder.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/logs"_s
            : folder;
    if (!QDir().mkpath(dir))
        return {};
    maxBytes = rotateAfterBytes;
    static QFile file(dir + u"/kassa.log"_s);
    if (!file.open(QIODevice::Append | QIODevice::Text, kOwnerOnly))
        return {};
    file.setPermissions(kOwnerOnly);
    logFile = &file;
    previousHandler = qInstallMessageHandler(handleMessage);
    return file.fileName();
}
