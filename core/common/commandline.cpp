#include "core/common/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace kassa {

void setProgramIdentity(const QString &name)
{
    QCoreApplication::setApplicationName(name);
    QCoreApplication::setApplicationVersion(QStringLiteral(KASSA_VERSION));
}

void describeCommandLine(QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
}

void addOptions(QCommandLineParser &parser, const char *context,
                std::span<const OptionText> options)
{
    for (const OptionText &o : options)
        parser.addOption(QCommandLineOption(QString::fromLatin1(o.name),
                                            QCoreApplication::translate(context, o.help),
                                            QString::fromLatin1(o.value)));
}

} // namespace kassa
