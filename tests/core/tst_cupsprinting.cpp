// escpos:cups:QUEUE for real: a private CUPS server (cupsd on a loopback
// port of its own, with its own spool) gets a raw queue whose device is the
// virtual ESC/POS printer on TCP; the till's receipt goes through `lp` and
// arrives whole at the virtual printer. A queue that does not exist is said.
#include "core/printing/printqueue.h"
#include "core/printing/tillprinter.h"
#include "core/receipt/receiptbuilder.h"
#include "sandbox/virtualprinter.h"
#include "tests/support/freeport.h"
#include "tests/support/printoutcome.h"
#include "tests/support/receiptsamples.h"
#include "tests/support/testing.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::printing;
using namespace kassa::sandbox;
using namespace Qt::StringLiterals;

class TestCupsPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void receiptGoesThroughARawQueue();
    void aQueueThatDoesNotExistIsSaid();

private:
    bool writeConfiguration();
    QString m_server; // 127.0.0.1:PORT
    QTemporaryDir m_dir;
    QProcess m_cupsd;
    VirtualPrinter m_printer;
};

bool TestCupsPrinting::writeConfiguration()
{
    // cupsd runs its backends as another user when started as root: they
    // must reach the spool.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup);
    for (const char *sub : {"spool", "cache", "state", "log", "tmp", "root"})
        QDir(m_dir.path()).mkpath(QString::fromLatin1(sub));
    QFile cupsd(m_dir.filePath(u"root/cupsd.conf"_s));
    QFile files(m_dir.filePath(u"root/cups-files.conf"_s));
    if (!cupsd.open(QIODevice::WriteOnly) || !files.open(QIODevice::WriteOnly))
        return false;
    cupsd.write("Listen " + m_server.toLatin1() +
                "\nLogLevel warn\nWebInterface No\nBrowsing No\n"
                "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
                "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n");
    const QByteArray d = m_dir.path().toUtf8();
    files.write("ServerRoot " + d + "/root\nRequestRoot " + d + "/spool\nCacheDir " + d +
                "/cache\nStateDir " + d + "/state\nTempDir " + d + "/tmp\nAccessLog " + d +
                "/log/access_log\nErrorLog " + d + "/log/error_log\nPageLog " + d +
                "/log/page_log\n");
    return true;
}

void TestCupsPrinting::initTestCase()
{
    const QStringList tools{u"cupsd"_s, u"lpadmin"_s, u"lp"_s};
    for (const QString &tool : tools) {
        const QStringList sbin{u"/usr/sbin"_s, u"/usr/bin"_s};
        if (QStandardPaths::findExecutable(tool).isEmpty() &&
            QStandardPaths::findExecutable(tool, sbin).isEmpty()) {
            KASSA_SKIP(qPrintable(u"%1 is not installed (.ci/run installs cups)"_s.arg(tool)));
        }
    }
    QVERIFY(m_dir.isValid());
    const quint16 port = kassa::test::freePort();
    QVERIFY(port != 0);
    m_server = u"127.0.0.1:%1"_s.arg(port);
    QVERIFY(writeConfiguration());
    QString cupsd = QStandardPaths::findExecutable(u"cupsd"_s);
    if (cupsd.isEmpty())
        cupsd = QStandardPaths::findExecutable(u"cupsd"_s, {u"/usr/sbin"_s});
    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd.start(cupsd, {u"-f"_s, u"-c"_s, m_dir.filePath(u"root/cupsd.conf"_s), u"-s"_s,
                          m_dir.filePath(u"root/cups-files.conf"_s)});
    QVERIFY(m_cupsd.waitForStarted());
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     QTcpSocket probe;
                     probe.connectToHost(QHostAddress::LocalHost, port);
                     return probe.waitForConnected(200) || m_cupsd.state() == QProcess::NotRunning;
                 },
                 30000) &&
                 m_cupsd.state() == QProcess::Running,
             qPrintable(u"cupsd did not start: "_s + QString::fromLocal8Bit(m_cupsd.readAll())));
    // `lp`, run by the till's print queue, asks this server.
    qputenv("CUPS_SERVER", m_server.toLatin1());

    QVERIFY(m_printer.start());
    QProcess lpadmin;
    lpadmin.setProcessChannelMode(QProcess::MergedChannels);
    QString tool = QStandardPaths::findExecutable(u"lpadmin"_s);
    if (tool.isEmpty())
        tool = QStandardPaths::findExecutable(u"lpadmin"_s, {u"/usr/sbin"_s});
    lpadmin.start(tool, {u"-h"_s, m_server, u"-p"_s, u"kassa-receipts"_s, u"-E"_s, u"-v"_s,
                         u"socket://127.0.0.1:%1"_s.arg(m_printer.port()), u"-m"_s, u"raw"_s});
    QVERIFY(lpadmin.waitForFinished(30000));
    QVERIFY2(lpadmin.exitCode() == 0, lpadmin.readAll().constData());
}

void TestCupsPrinting::cleanupTestCase()
{
    m_cupsd.terminate();
    if (!m_cupsd.waitForFinished(10000))
        m_cupsd.kill();
}

void TestCupsPrinting::receiptGoesThroughARawQueue()
{
    auto spec = PrinterSpec::parse(u"escpos:cups:kassa-receipts"_s);
    QVERIFY(spec);
    TillPrinter till(*spec, PrinterProfile());
    QSignalSpy finished(till.queue(), &PrintQueue::jobFinished);
    const int id = till.printReceipt(
        saleReceipt(samples::receiptSale(), samples::receiptSettings()), u"Receipt 42"_s, 42);
    const PrintOutcome outcome = outcomeOf(finished, id, 60000);
    QVERIFY2(outcome.printed, qPrintable(outcome.detail));
    // CUPS says nothing of the printer back; the paper says it all.
    QTRY_COMPARE_WITH_TIMEOUT(m_printer.receipts().size(), 1, 60000);
    const QString paper = m_printer.receipts().first().text;
    QVERIFY2(paper.contains(u"TOTAL SEK"_s) && paper.contains(u"243.90"_s), qPrintable(paper));
    QVERIFY2(m_printer.problems().isEmpty(), qPrintable(m_printer.problems().join(u'\n')));
}

void TestCupsPrinting::aQueueThatDoesNotExistIsSaid()
{
    auto spec = PrinterSpec::parse(u"escpos:cups:no-such-queue"_s);
    QVERIFY(spec);
    TillPrinter till(*spec, PrinterProfile());
    QSignalSpy finished(till.queue(), &PrintQueue::jobFinished);
    const int id = till.printTestPage();
    const PrintOutcome outcome = outcomeOf(finished, id, 60000);
    QVERIFY(outcome.job.id == id);
    QVERIFY(!outcome.printed);
    QCOMPARE(outcome.problem, PrinterProblem::Unreachable);
    QVERIFY2(outcome.detail.contains(u"no-such-queue"_s), qPrintable(outcome.detail));
}

QTEST_MAIN(TestCupsPrinting)
#include "tst_cupsprinting.moc"
