#include "tests/support/pdftext.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace kassa::test {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(30000))
        return u"(pdftotext did not run: is poppler-utils installed?)"_s;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace kassa::test
