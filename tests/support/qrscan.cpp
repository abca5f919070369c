#include "tests/support/qrscan.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace kassa::test {

QStringList qrCodesIn(const QString &path)
{
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, u"-Sdisable"_s, u"-Sqrcode.enable"_s, path});
    if (!zbar.waitForFinished(30000))
        return {};
    return QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace kassa::test
