#include "tests/support/qrscan.h"

#include <QDir>
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

QStringList qrCodesInPdf(const QString &pdf, const QString &dir, int *pages)
{
    *pages = 0;
    QProcess render;
    render.start(u"pdftoppm"_s,
                 {u"-r"_s, u"150"_s, u"-png"_s, pdf, QDir(dir).filePath(u"qrscan-page"_s)});
    if (!render.waitForFinished(30000) || render.exitCode() != 0)
        return {};
    QStringList codes;
    const QStringList pictures =
        QDir(dir).entryList({u"qrscan-page*.png"_s}, QDir::Files, QDir::Name);
    for (const QString &picture : pictures)
        codes += qrCodesIn(QDir(dir).filePath(picture));
    *pages = int(pictures.size());
    codes.sort();
    return codes;
}

QStringList sampleSheetCodes()
{
    QStringList codes;
    for (int i = 1; i <= 7; ++i)
        codes << u"HTTP://SEQR.SE/000/KASSACAFE?table=%1"_s.arg(i);
    codes << u"HTTP://SEQR.SE/000/KASSACAFE?counter=1"_s
          << u"HTTP://SEQR.SE/000/KASSACAFE?shelf=3&aisle=B"_s;
    codes.sort();
    return codes;
}

} // namespace kassa::test
