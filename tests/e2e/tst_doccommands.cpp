#include "sandbox/controlunitports.h"
#include "sandbox/controlunitsandbox.h"
#include "sandbox/virtualprinter.h"
#include "tests/e2e/docrunner.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/unitsandbox.h"

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::sandbox;
using namespace Qt::StringLiterals;
using namespace doclines;

// The README's and docs' command lines, run as written against a scratch
// home: its till configurations point at an in-process seqr-sandbox on a
// free port (whose autopay plays the customer), the till's receipt printer
// is a virtual one and its control unit a sandbox on a pseudo-terminal.
// Every command line the docs show is run (its block marked
// `<!-- docs-test … -->`), or is a mention that a run line covers (inline
// code, a synopsis), or stands in the exempt list with why — a new line that
// is none of these fails (tests/e2e/docrunner.cpp says what is exempt).
class TestDocCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readmeCommandsNameWhatTheBuildMakes();
    void everyDocumentedCommandParses();
    void markedCommandsWorkAsWritten();
    void everyOtherLineIsCoveredOrExempt();

private:
    QString m_source;
    QTemporaryDir m_home;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<VirtualPrinter> m_printer;
    std::unique_ptr<ControlUnitSandbox> m_unit;
    std::unique_ptr<ControlUnitPorts> m_unitPorts;
    std::unique_ptr<DocRunner> m_runner;
};

void TestDocCommands::initTestCase()
{
    m_source = qEnvironmentVariable("KASSA_SOURCE_DIR");
    QVERIFY2(QFileInfo::exists(m_source + u"/README.md"_s),
             "KASSA_SOURCE_DIR must name the sources");
    QVERIFY(m_home.isValid());
    SandboxOptions options;
    options.autopayAfterMs = 500; // the customer pays from the phone page
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
    m_printer = std::make_unique<VirtualPrinter>();
    QVERIFY(m_printer->start());
    QVERIFY(test::openUnit(m_unit, m_unitPorts, u"SBX-DOCS-0001"_s,
                           m_home.filePath(u"unit.sqlite"_s), test::UnitLine::Pty));

    m_runner = std::make_unique<DocRunner>(m_source, m_home.path());
    QVERIFY2(m_runner->problem().isEmpty(), qPrintable(m_runner->problem()));
    // The machine the docs assume: SEQR is the sandbox (the docs' commands use
    // the configurations' endpoint), the till has the receipt printer
    // printers.md's configuration names, and the shop's products are in
    // products.csv (the demo catalog's).
    const QString endpoint = m_sandbox->soapUrl().toString();
    QVERIFY(m_runner->writeConfig(
        u"till.json"_s, {{u"endpoint"_s, endpoint}, {u"printer"_s, m_printer->tcpSpec()}}));
    QVERIFY(m_runner->writeConfig(u"webshop.json"_s, {{u"endpoint"_s, endpoint}}));
    QVERIFY(QFile::copy(m_source + u"/resources/catalog/demo-catalog.csv"_s,
                        m_home.filePath(u"products.csv"_s)));
    // The test's stand-ins for what the docs name on a real shop's machine.
    m_runner->setValue(u"device"_s, m_unitPorts->ptyPath());
    m_runner->setValue(u"printer"_s, m_printer->tcpSpec());
    m_runner->setValue(u"today"_s, QDate::currentDate().toString(Qt::ISODate));
}

// README's first screen: `bash .ci/run --build-only && ./build/app/kassa/kassa
// --demo` and `bash .ci/run` (building and running every test cannot run
// inside a test): .ci/run knows --build-only and builds in build/, and the
// build puts kassa at app/kassa/kassa.
void TestDocCommands::readmeCommandsNameWhatTheBuildMakes()
{
    QFile readme(m_source + u"/README.md"_s);
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    QVERIFY(text.contains(u"bash .ci/run --build-only && ./build/app/kassa/kassa --demo"_s));
    QVERIFY(text.contains(u"\nbash .ci/run\n"_s));
    QFile ci(m_source + u"/.ci/run"_s);
    QVERIFY(ci.open(QIODevice::ReadOnly));
    const QByteArray script = ci.readAll();
    QVERIFY(script.contains("\"--build-only\""));
    QVERIFY(script.contains("-B build "));
    QVERIFY2(QFileInfo(qEnvironmentVariable("KASSA_BIN"))
                 .absoluteFilePath()
                 .endsWith(u"/app/kassa/kassa"_s),
             qPrintable(qEnvironmentVariable("KASSA_BIN")));
}

// Every Kassa program's line the README and docs show — in their code
// blocks and inline — takes only options its program takes and names
// commands it knows, as its --help says (`kassa-web terminal …` is
// kassa-cli's terminal command).
void TestDocCommands::everyDocumentedCommandParses()
{
    const QHash<QString, Syntax> &syntaxes = m_runner->syntaxes();
    for (const QString &program : DocRunner::programs())
        QVERIFY2(syntaxes.value(program).options.contains(u"help"_s), qPrintable(program));
    QVERIFY(syntaxes[u"kassa-cli"_s].commands.value(u"terminal"_s).contains(u"register"_s));
    // The check itself can fail.
    QCOMPARE(problemsOf(shellWords(u"kassa-cli refund 1 --row 1:1 --no-such"_s).mid(1),
                        syntaxes[u"kassa-cli"_s]),
             QStringList{u"unknown option --no-such"_s});
    QCOMPARE(problemsOf({u"terminal"_s, u"enrol"_s}, syntaxes[u"kassa-cli"_s]),
             QStringList{u"unknown command terminal enrol"_s});

    QStringList problems;
    int checked = 0;
    for (const Line &line : m_runner->lines()) {
        QStringList words = shellWords(line.text);
        if (words.isEmpty() || !DocRunner::isKassaProgram(words.first()))
            continue;
        QString program = QFileInfo(words.takeFirst()).fileName();
        if (program == u"kassa-web" && !words.isEmpty() && words.first() == u"terminal")
            program = u"kassa-cli"_s; // kassa-web hands it on
        for (const QString &problem : problemsOf(words, syntaxes.value(program)))
            problems.append(line.where + u": `"_s + line.text + u"`: "_s + problem);
        ++checked;
    }
    QVERIFY2(checked >= 60, qPrintable(QString::number(checked)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// The marked blocks, in the order a new shop follows the guides (the
// manager's first: it registers the till the others use), command by
// command: each exits 0, prints what the docs promise (DocRunner's
// promises), writes the files it names; a server answers and stops.
void TestDocCommands::markedCommandsWorkAsWritten()
{
    const QStringList failures = m_runner->runMarkedBlocks();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n\n"_s)));
    QVERIFY2(m_runner->ranCommands() >= 40, qPrintable(QString::number(m_runner->ranCommands())));

    // What the reader was promised in all: the till "Kassa 1" (TILL1) and the
    // webshop (WEBSHOP1) registered, a payment of 97.25 with 20.00 of it
    // refunded, the period closed, the sheet of service codes written, the
    // test page, a receipt's copy (KOPIA) and the X report on the till's
    // printer, and the control unit's codes for the receipts after it was set.
    const SandboxState &state = m_sandbox->serviceConst().state();
    QStringList tills;
    for (const Terminal &t : state.terminals)
        tills.append(t.name + u" (" + t.seqrId + u')');
    tills.sort();
    QCOMPARE(tills, (QStringList{u"Kassa 1 (TILL1)"_s, u"Lilla Livs webbutik (WEBSHOP1)"_s}));
    QCOMPARE(state.refunds.size(), 1);
    QCOMPARE(state.refunds.first().amount, Money(2000, Currency::sek()));
    QVERIFY(!state.periods.isEmpty());
    QVERIFY(QFileInfo(m_home.filePath(u"codes.pdf"_s)).size() > 1000);
    QStringList printed;
    for (const VirtualPrinter::Receipt &r : m_printer->receipts())
        printed.append(r.text);
    const QString paper = printed.join(u"\n----\n"_s);
    QVERIFY2(paper.contains(u"KOPIA"_s), qPrintable(paper));
    QVERIFY2(paper.contains(u"X report"_s), qPrintable(paper));
    QVERIFY2(paper.contains(u"SBX-DOCS-0001"_s), qPrintable(paper));
    const auto signedReceipts = m_unit->signedReceipts();
    QVERIFY(signedReceipts);
    QVERIFY2(signedReceipts->size() >= 3, qPrintable(QString::number(signedReceipts->size())));
}

// The lines not run: each is a mention (inline, or a synopsis) of a command
// some run line runs, with options some run line of its program uses, or
// stands in the exempt list with why.
void TestDocCommands::everyOtherLineIsCoveredOrExempt()
{
    QVERIFY2(m_runner->ranCommands() > 0, "markedCommandsWorkAsWritten runs first");
    const QStringList problems = m_runner->uncoveredLines();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The check can fail: a line nobody runs and nobody exempts.
    QVERIFY(
        !m_runner
             ->coverageProblems({u"x.md:1"_s, u"kassa-cli drawer open"_s, Line::Kind::Fenced, -1})
             .isEmpty());
    QVERIFY(!m_runner
                 ->coverageProblems(
                     {u"x.md:1"_s, u"kassa-cli float set AMOUNT"_s, Line::Kind::Inline, -1})
                 .isEmpty());
    QVERIFY(m_runner
                ->coverageProblems(
                    {u"x.md:1"_s, u"kassa-cli refund REF --amount X"_s, Line::Kind::Inline, -1})
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestDocCommands)
#include "tst_doccommands.moc"
