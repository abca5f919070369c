#include "tests/e2e/docrunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

using namespace doclines;
using namespace Qt::StringLiterals;

namespace {

// The documented lines that are not run, and why. Everything else the docs
// show is run (its block marked) or is a mention a run covers.
struct Exemption
{
    QRegularExpression line;
    const char *why;
};

const QList<Exemption> &exemptions()
{
    static const QList<Exemption> list{
        {QRegularExpression(u"^(\\./build/app/kassa/)?kassa(\\s|$)"_s),
         "the cashier's window needs a display: tst_kassademo runs `kassa --demo`, "
         "tst_kassaprocess its --version, docs/screenshots.sh the rest under Xvfb"},
        {QRegularExpression(u"^(bash \\.ci/run|cmake |ctest |\\(cd build && cpack )"_s),
         "builds Kassa or runs its tests: this test runs inside such a build "
         "(readmeCommandsNameWhatTheBuildMakes checks the names the README uses)"},
        {QRegularExpression(u"^sudo "_s),
         "installs a package or a service, or creates the shop's database: changes the machine"},
        {QRegularExpression(u"^\\./build/tests/bench/"_s),
         "a benchmark runs for minutes and measures, it does not test (docs/benchmarks.md)"},
        {QRegularExpression(u"^(tests/valgrind/|QT_QPA_PLATFORM=offscreen valgrind )"_s),
         "runs Kassa's tests under valgrind, for many minutes, by hand"},
        {QRegularExpression(u"^kassa-cli cancel REF$"_s),
         "needs an invoice another process is taking at that moment: "
         "tst_kassacli cancelFromASecondProcess"},
        {QRegularExpression(u"^kassa-cli <version>$"_s), "what --version prints, not a command"},
    };
    return list;
}

// Options no run needs to show: every program is asked for its --help and
// --version (everyDocumentedCommandParses, tst_kassaprocess), and the test's
// configurations name the sandbox's endpoint (tst_kassacli passes --endpoint).
const QSet<QString> optionsNotRun{u"help"_s, u"version"_s, u"endpoint"_s};

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption);
}

// Values the commands print that later commands use (the last one wins).
const QList<QPair<QString, QRegularExpression>> &printedValues()
{
    static const QList<QPair<QString, QRegularExpression>> list{
        {u"ersReference"_s, re(u"\\bersReference (\\d+)"_s)},
        {u"receiptNumber"_s, re(u"\\bReceipt (\\d+)$"_s)},
    };
    return list;
}

// The order a new shop reads the guides in: the manager's registers the till
// and makes its first sales, the webshop's imports the catalog (price set
// needs it), the printer's copies a receipt before the rules' own sale.
int readingOrder(const QString &file)
{
    static const QStringList first{u"manager.md"_s, u"webshop.md"_s, u"printers.md"_s,
                                   u"swedish-rules.md"_s};
    const qsizetype at = first.indexOf(file);
    return at < 0 ? int(first.size()) : int(at);
}

QByteArray httpGet(const QUrl &url, int *status)
{
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(url)));
    (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 30000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->readAll();
}

} // namespace

const QStringList &DocRunner::programs()
{
    static const QStringList list{u"kassa-cli"_s,
                                  u"kassa-web"_s,
                                  u"seqr-sandbox"_s,
                                  u"printer-sandbox"_s,
                                  u"control-unit-sandbox"_s,
                                  u"kassa"_s};
    return list;
}

bool DocRunner::isKassaProgram(const QString &word)
{
    const QString name = QFileInfo(word).fileName();
    return programs().contains(name) &&
           (word == name || word == u"./build/app/"_s + name + u'/' + name);
}

DocRunner::DocRunner(const QString &sourceDir, const QString &home)
    : m_source(sourceDir)
    , m_home(home)
{
    const QHash<QString, const char *> env{{u"kassa-cli"_s, "KASSA_CLI_BIN"},
                                           {u"kassa-web"_s, "KASSA_WEB_BIN"},
                                           {u"kassa"_s, "KASSA_BIN"},
                                           {u"seqr-sandbox"_s, "SEQR_SANDBOX_BIN"},
                                           {u"printer-sandbox"_s, "PRINTER_SANDBOX_BIN"},
                                           {u"control-unit-sandbox"_s, "CONTROL_UNIT_SANDBOX_BIN"}};
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        const QString bin = qEnvironmentVariable(it.value());
        if (!QFileInfo(bin).isExecutable())
            m_problem += QString::fromLatin1(it.value()) + u" names no program; "_s;
        m_bins.insert(it.key(), bin);
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        e.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        e.insert(u"LANGUAGE"_s, QString());
        p.setProcessEnvironment(e);
        p.start(bin, {u"--help"_s});
        if (p.waitForFinished(30000))
            m_syntaxes.insert(it.key(),
                              syntaxOf(it.key(), QString::fromUtf8(p.readAllStandardOutput())));
    }
    // ./build/app/… in the docs: the build this test belongs to.
    const QDir build = QFileInfo(m_bins.value(u"kassa-cli"_s)).dir().filePath(u"../.."_s);
    QFile::link(build.absolutePath(), m_home + u"/build"_s);
    readPromises(m_source + u"/tests/e2e/docpromises.txt"_s);

    QStringList files{m_source + u"/README.md"_s};
    QDirIterator docs(m_source + u"/docs"_s, {u"*.md"_s}, QDir::Files);
    while (docs.hasNext())
        files.append(docs.next());
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        const QString fa = QFileInfo(a).fileName(), fb = QFileInfo(b).fileName();
        return std::pair(readingOrder(fa), fa) < std::pair(readingOrder(fb), fb);
    });
    for (const QString &file : std::as_const(files)) {
        Document doc = read(file, QFileInfo(file).fileName());
        for (Line &line : doc.lines) {
            if (line.block >= 0)
                line.block += int(m_blocks.size());
            m_lines.append(line);
        }
        m_blocks += doc.blocks;
    }
}

bool DocRunner::writeConfig(const QString &name, const QJsonObject &config) const
{
    const QString dir = m_home + u"/.config/kassa"_s;
    QFile file(dir + u'/' + name);
    return QDir().mkpath(dir) && file.open(QIODevice::WriteOnly) &&
           file.write(QJsonDocument(config).toJson()) > 0;
}

QStringList DocRunner::runMarkedBlocks()
{
    QStringList failures;
    for (const Line &line : std::as_const(m_lines)) {
        if (line.kind != Line::Kind::Marked)
            continue;
        QStringList missing;
        const QString command =
            substituted(line.text, m_blocks.at(line.block).examples, m_values, &missing);
        if (!missing.isEmpty()) {
            failures.append(line.where + u": `"_s + line.text + u"` needs a printed "_s +
                            missing.join(u", "_s));
            continue;
        }
        const QString failure = runCommand(line, command);
        if (!failure.isEmpty())
            failures.append(line.where + u": `"_s + command + u"`: "_s + failure);
    }
    return failures;
}

QString DocRunner::runCommand(const Line &line, const QString &command)
{
    Q_UNUSED(line)
    const Use use = useOf(shellWords(command), m_syntaxes);
    for (const QString &key : use.keys)
        m_ranKeys.insert(key);
    m_ranOptions[use.program] += use.options;
    ++m_ran;
    static const QSet<QString> servers{u"seqr-sandbox"_s, u"printer-sandbox"_s,
                                       u"control-unit-sandbox"_s};
    if (servers.contains(use.program) || use.keys == QStringList{u"kassa-web"_s})
        return runServer(command, use);
    const Run result = run(command);
    if (result.exitCode != 0)
        return u"exited %1:\n%2"_s.arg(result.exitCode).arg(result.output);
    QStringList broken = promisesBroken(command, result.output);
    // The files it says it writes.
    const QStringList words = shellWords(command);
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (words[i] != u"--out" && words[i] != u"--pdf")
            continue;
        QFile file(QDir(m_home).filePath(words[i + 1]));
        if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
            broken.append(u"wrote no "_s + words[i + 1]);
        else if (words[i + 1].endsWith(u".pdf"_s) && !file.read(5).startsWith("%PDF-"))
            broken.append(words[i + 1] + u" is no PDF"_s);
    }
    remember(result.output);
    if (!broken.isEmpty())
        return broken.join(u"; "_s) + u"\n"_s + result.output;
    return {};
}

void DocRunner::readPromises(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_problem += path + u" cannot be read; "_s;
        return;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString where = path + u':' + QString::number(i + 1);
        const QString next = lines.value(i + 1);
        if (!line.startsWith(u"run: "_s) || !next.startsWith(u"out: "_s)) {
            m_problem += where + u": not a run: line followed by an out: line; "_s;
            return;
        }
        const Promise promise{re(line.mid(5)), re(next.mid(5))};
        if (!promise.line.isValid() || !promise.output.isValid())
            m_problem += where + u": not a valid pattern; "_s;
        m_promises.append(promise);
        ++i;
    }
    if (m_promises.isEmpty())
        m_problem += path + u" holds no promise; "_s;
}

QStringList DocRunner::promisesBroken(const QString &command, const QString &output) const
{
    QStringList broken;
    int applied = 0;
    for (const Promise &p : m_promises) {
        if (!p.line.match(command).hasMatch())
            continue;
        ++applied;
        if (!p.output.match(output).hasMatch())
            broken.append(u"it did not print /"_s + p.output.pattern() + u'/');
    }
    if (applied == 0)
        broken.append(u"no promise says what it prints (add one to tests/e2e/docpromises.txt)"_s);
    return broken;
}

void DocRunner::remember(const QString &output)
{
    for (const auto &[name, pattern] : printedValues()) {
        auto matches = pattern.globalMatch(output);
        while (matches.hasNext())
            m_values.insert(name, matches.next().captured(1));
    }
}

QProcessEnvironment DocRunner::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home);
    env.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_home + u"/.local/share"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, QString());
    QStringList path;
    for (const QString &bin : m_bins)
        path.append(QFileInfo(bin).absolutePath());
    env.insert(u"PATH"_s, path.join(u':') + u':' + env.value(u"PATH"_s));
    return env;
}

DocRunner::Run DocRunner::run(const QString &command) const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setWorkingDirectory(m_home);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"bash"_s, {u"-c"_s, command});
    Run result;
    if (!p.waitForStarted(10000))
        return result;
    // The sandboxes answer from this thread's event loop: keep it running.
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 120000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    result.output = QString::fromUtf8(p.readAll());
    return result;
}

// A server line is started as written but on a free port (the docs' 8090,
// 8091 and 9100 may be taken on a shared machine: `--port N` becomes
// `--port 0`, a line without one gets it), asked whether it does what the
// docs say, and stopped.
QString DocRunner::runServer(const QString &command, const Use &use) const
{
    static const QRegularExpression port(u"--port\\s+\\d+"_s);
    QString onFreePort = command;
    if (use.program != u"control-unit-sandbox") {
        if (port.match(command).hasMatch())
            onFreePort.replace(port, u"--port 0"_s);
        else
            onFreePort.insert(command.indexOf(u' ') < 0 ? command.size() : command.indexOf(u' '),
                              u" --port 0"_s);
    }
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setWorkingDirectory(m_home);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"bash"_s, {u"-c"_s, u"exec "_s + onFreePort});
    QString output;
    QString failure = u"did not say where it listens"_s;
    (void)QTest::qWaitFor(
        [&] {
            output += QString::fromUtf8(p.readAll());
            if (p.state() == QProcess::NotRunning)
                return true;
            failure = probe(use.program, output);
            return !failure.startsWith(u"did not say"_s);
        },
        30000);
    if (p.state() == QProcess::NotRunning)
        return u"ended at once (%1):\n%2"_s.arg(p.exitCode()).arg(output);
    p.terminate();
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    return failure.isEmpty() ? QString() : failure + u":\n"_s + output;
}

// Whether a started server does what the docs say; "did not say …" while
// its output does not yet name its port.
QString DocRunner::probe(const QString &program, const QString &output) const
{
    const QHash<QString, QRegularExpression> listens{
        {u"seqr-sandbox"_s, re(u"SOAP endpoint: +http://localhost:(\\d+)/"_s)},
        {u"kassa-web"_s, re(u"listening on [0-9.]+:(\\d+)"_s)},
        {u"printer-sandbox"_s, re(u"escpos:tcp:127\\.0\\.0\\.1:(\\d+)"_s)}};
    const auto at = listens.value(program).match(output);
    if (!at.hasMatch())
        return u"did not say where it listens"_s;
    const QString port = at.captured(1);
    int status = 0;
    if (program == u"seqr-sandbox") {
        // The phone page the docs send the reader to.
        const QByteArray page = httpGet(QUrl(u"http://127.0.0.1:"_s + port + u"/phone"_s), &status);
        return status == 200 && page.contains("<html")
                   ? QString()
                   : u"its phone page answered %1"_s.arg(status);
    }
    if (program == u"kassa-web") {
        // The imported catalog, for sale.
        const QByteArray body = httpGet(
            QUrl(u"http://127.0.0.1:"_s + port + u"/shop/api/products?q=Mj%C3%B6lk"_s), &status);
        const QJsonArray products = QJsonDocument::fromJson(body)[u"products"_s].toArray();
        const bool offered = std::any_of(products.begin(), products.end(), [](const QJsonValue &p) {
            return p[u"name"_s].toString() == u"Mjölk 3 % 1 l"_s &&
                   p[u"price"_s].toString() == u"15.90\u00a0SEK"_s;
        });
        return offered
                   ? QString()
                   : u"its shop offered no \"Mjölk 3 % 1 l\" at 15.90 SEK (%1): %2"_s.arg(status)
                         .arg(QString::fromUtf8(body));
    }
    if (program == u"printer-sandbox")
        return probePrinter(port, output);
    return u"no probe for "_s + program;
}

// A receipt sent to the printer's port is written where it says it prints
// (`printing to DIR`); with --pty it names its pseudo-terminal, which exists.
QString DocRunner::probePrinter(const QString &port, const QString &output) const
{
    const auto dir = re(u"printing to (\\S+)$"_s).match(output);
    if (!dir.hasMatch())
        return u"did not say where it prints"_s;
    const auto pty = re(u"escpos:serial:(/dev/pts/\\d+):9600"_s).match(output);
    if (pty.hasMatch() && !QFileInfo::exists(pty.captured(1)))
        return pty.captured(1) + u" does not exist"_s;
    const QByteArray text = "Docs check " + port.toLatin1();
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port.toUShort());
    if (!socket.waitForConnected(10000))
        return u"refused a connection"_s;
    socket.write("\x1b@" + text + QByteArray("\n\x1dV\x00", 4));
    socket.flush();
    bool printed = false;
    (void)QTest::qWaitFor(
        [&] {
            socket.waitForBytesWritten(10);
            QDirIterator it(QDir(m_home).filePath(dir.captured(1)), {u"receipt-*.txt"_s});
            while (it.hasNext() && !printed) {
                QFile f(it.next());
                printed = f.open(QIODevice::ReadOnly) && f.readAll().contains(text);
            }
            return printed;
        },
        15000);
    return printed ? QString() : u"wrote no receipt with \"%1\""_s.arg(QString::fromLatin1(text));
}

QStringList DocRunner::uncoveredLines() const
{
    QStringList problems;
    for (const Line &line : m_lines)
        if (line.kind != Line::Kind::Marked)
            problems += coverageProblems(line);
    return problems;
}

QStringList DocRunner::coverageProblems(const Line &line) const
{
    for (const Exemption &e : exemptions())
        if (e.line.match(line.text).hasMatch())
            return {};
    const QString what = line.where + u": `"_s + line.text + u"` "_s;
    const QStringList words = shellWords(line.text);
    if ((line.kind == Line::Kind::Fenced && !isSynopsis(line.text)) || words.isEmpty() ||
        !isKassaProgram(words.first()))
        return {what + u"is neither run (mark its block <!-- docs-test -->) nor exempt "
                       u"(DocRunner's exemptions, with why)"_s};
    // A mention: a run line runs the same command, and runs of its program use
    // each option it names.
    QStringList problems;
    const Use use = useOf(words, m_syntaxes);
    for (const QString &key : use.keys)
        if (!m_ranKeys.contains(key))
            problems.append(what + u"mentions `"_s + key + u"`, which no marked block runs"_s);
    for (const QString &option : use.options)
        if (!optionsNotRun.contains(option) && !m_ranOptions.value(use.program).contains(option))
            problems.append(what + u"mentions --"_s + option + u", which no run of "_s +
                            use.program + u" uses"_s);
    return problems;
}
