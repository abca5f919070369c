#include "app/kassa/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMaxBytes = 5 * 1024 * 1024;

QFile *logFile = nullptr;
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
    if (logFile->size() > kMaxBytes) {
        const QString path = logFile->fileName();
        logFile->close();
        QFile::remove(path + u".1"_s);
        QFile::rename(path, path + u".1"_s);
        logFile->open(QIODevice::Append | QIODevice::Text);
    }
    const QByteArray line =
        QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' ' + levelName(type) +
        ' ' + (context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    logFile->write(line);
    logFile->flush();
}

} // namespace

QString installLogFile()
{
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/logs"_s;
    if (!QDir().mkpath(dir))
        return {};
    static QFile file(dir + u"/kassa.log"_s);
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    logFile = &file;
    previousHandler = qInstallMessageHandler(handleMessage);
    return file.fileName();
}
