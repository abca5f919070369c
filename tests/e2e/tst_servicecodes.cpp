#include "core/terminal/tillconfig.h"
#include "tests/support/qrscan.h"
#include "tests/support/testing.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace Qt::StringLiterals;

// `kassa-web service-codes`: the service ID and the codes are saved in
// kassa-web's configuration, and the printed sheet (PDF) is rendered by
// poppler and every code on it read back by zbarimg, as a phone would.
class TestServiceCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sheetReadsBackWithEveryCode();
    void badInputIsRefusedAndWritesNothing();

private:
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr);
    QString m_bin;
    QTemporaryDir m_dir;
};

void TestServiceCodes::initTestCase()
{
    m_bin = qEnvironmentVariable("KASSA_WEB_BIN");
    QVERIFY2(QFileInfo::exists(m_bin), "KASSA_WEB_BIN must name the kassa-web executable");
    for (const char *tool : {"pdftoppm", "zbarimg"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            KASSA_SKIP(qPrintable(u"%1 is not installed (poppler-utils, zbar-tools)"_s.arg(
                QString::fromLatin1(tool))));
    }
}

int TestServiceCodes::run(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start(m_bin, args);
    if (!p.waitForFinished(30000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitCode();
}

void TestServiceCodes::sheetReadsBackWithEveryCode()
{
    const QString config = m_dir.filePath(u"webshop.json"_s);
    const QString pdf = m_dir.filePath(u"codes.pdf"_s);
    QByteArray out, err;
    QCOMPARE(run({u"--config"_s, config, u"service-codes"_s, u"--service-id"_s, u"KASSACAFE"_s,
                  u"--tables"_s, u"7"_s, u"--code"_s, u"Disken:counter=1"_s, u"--code"_s,
                  u"Hylla 3:shelf=3&aisle=B"_s, u"--out"_s, pdf},
                 &out, &err),
             0);
    QVERIFY2(out.contains("9 service code"), out.constData());

    // Saved: the service ID, the codes with their labels, a feed key for tills.
    auto saved = TillConfig::load(config);
    QVERIFY(saved);
    QCOMPARE(saved->orderService.serviceId, u"KASSACAFE"_s);
    QCOMPARE(saved->orderService.codes.size(), 9);
    QCOMPARE(saved->orderService.codes.at(6).label, u"Table 7"_s);
    QCOMPARE(saved->orderService.placeOf({{u"msisdn"_s, u"46700000001"_s}, {u"table"_s, u"7"_s}}),
             u"Table 7"_s);
    QVERIFY(saved->orderService.feedKey.size() >= 32);

    // Rendered at 150 dpi (a printer's sheet scanned by a phone is finer).
    QProcess render;
    render.start(u"pdftoppm"_s, {u"-r"_s, u"150"_s, u"-png"_s, pdf, m_dir.filePath(u"page"_s)});
    QVERIFY(render.waitForFinished(30000));
    QCOMPARE(render.exitCode(), 0);
    const QStringList pages = QDir(m_dir.path()).entryList({u"page*.png"_s}, QDir::Files);
    QCOMPARE(pages.size(), 2); // six codes a page
    QStringList decoded;
    for (const QString &page : pages)
        decoded += test::qrCodesIn(m_dir.filePath(page));
    decoded.sort();
    QStringList expected;
    for (int i = 1; i <= 7; ++i)
        expected << u"HTTP://SEQR.SE/000/KASSACAFE?table=%1"_s.arg(i);
    expected << u"HTTP://SEQR.SE/000/KASSACAFE?counter=1"_s
             << u"HTTP://SEQR.SE/000/KASSACAFE?shelf=3&aisle=B"_s;
    expected.sort();
    QCOMPARE(decoded, expected);

    // Again without options: the configuration's codes, the same sheet.
    QCOMPARE(run({u"--config"_s, config, u"service-codes"_s, u"--out"_s, pdf}, &out), 0);
    QVERIFY2(out.contains("Table 7  HTTP://SEQR.SE/000/KASSACAFE?table=7"), out.constData());
}

void TestServiceCodes::badInputIsRefusedAndWritesNothing()
{
    const QString config = m_dir.filePath(u"other.json"_s);
    const QString pdf = m_dir.filePath(u"bad.pdf"_s);
    QByteArray err;
    QCOMPARE(run({u"--config"_s, config, u"service-codes"_s, u"--service-id"_s, u"KASSA CAFE"_s,
                  u"--tables"_s, u"3"_s, u"--out"_s, pdf},
                 nullptr, &err),
             2);
    QVERIFY2(err.contains("--service-id"), err.constData());
    QCOMPARE(run({u"--config"_s, config, u"service-codes"_s, u"--service-id"_s, u"CAFE"_s,
                  u"--code"_s, u"no parameters"_s, u"--out"_s, pdf},
                 nullptr, &err),
             2);
    QVERIFY2(err.contains("LABEL:key=value"), err.constData());
    // No codes at all: said, no sheet.
    QCOMPARE(run({u"--config"_s, config, u"service-codes"_s, u"--service-id"_s, u"CAFE"_s,
                  u"--out"_s, pdf},
                 nullptr, &err),
             2);
    QVERIFY2(err.contains("no service codes"), err.constData());
    QVERIFY(!QFileInfo::exists(pdf));
}

QTEST_GUILESS_MAIN(TestServiceCodes)
#include "tst_servicecodes.moc"
