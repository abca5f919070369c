#include "tests/support/sandboxfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace kassa;
using namespace kassa::sandbox;
using namespace Qt::StringLiterals;

namespace {

// One fenced block the docs mark with `<!-- docs-test … -->` on the line
// before it: its commands, and the example values it names, such as
// `ersReference=1493186684` (the ersReference the commands printed last
// stands in for that example in the commands after it).
struct DocBlock
{
    QString file;
    int line = 0;
    QStringList commands;
    QHash<QString, QString> examples; // printed name → the example in the docs
};

// The commands of a ```sh block: continuation lines joined, comments and
// blank lines left out.
QStringList commandsOf(const QStringList &body)
{
    QStringList commands;
    QString pending;
    for (const QString &raw : body) {
        const QString line = raw.trimmed();
        if (pending.isEmpty() && (line.isEmpty() || line.startsWith(u'#')))
            continue;
        if (line.endsWith(u'\\')) {
            pending += line.chopped(1) + u' ';
            continue;
        }
        commands.append(pending + line);
        pending.clear();
    }
    return commands;
}

QList<DocBlock> markedBlocks(const QString &path, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    static const QRegularExpression marker(u"^\\s*<!-- docs-test(.*)-->\\s*$"_s);
    QList<DocBlock> blocks;
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const auto match = marker.match(lines[i]);
        if (!match.hasMatch() || !lines[i + 1].trimmed().startsWith(u"```"_s))
            continue;
        DocBlock block{name, i + 1, {}, {}};
        for (const QString &pair : match.captured(1).split(u' ', Qt::SkipEmptyParts))
            block.examples.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        QStringList body;
        for (int j = i + 2; j < lines.size() && !lines[j].trimmed().startsWith(u"```"_s); ++j)
            body.append(lines[j]);
        block.commands = commandsOf(body);
        blocks.append(block);
    }
    return blocks;
}

// What a program's --help says it takes: its options (with or without a
// value) and, when it has commands, each command with its sub-commands
// ("terminal" → register, assign-seqr-id, …).
struct Syntax
{
    QHash<QString, bool> options; // name → takes a value
    QHash<QString, QSet<QString>> commands;
};

Syntax syntaxOf(const QString &program, const QString &help)
{
    Syntax syntax;
    static const QRegularExpression option(u"^\\s+(?:-\\w, )?--([a-z0-9][a-z0-9-]*)( <)?"_s);
    static const QRegularExpression word(u"^[a-z][a-z0-9-]*$"_s);
    static const QRegularExpression words(u"^[a-z][a-z0-9-]*(\\|[a-z][a-z0-9-]*)*$"_s);
    const QStringList lines = help.split(u'\n');
    const qsizetype optionsAt = lines.indexOf(u"Options:"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > optionsAt && optionsAt >= 0) {
            if (const auto m = option.match(lines[i]); m.hasMatch())
                syntax.options.insert(m.captured(1), m.hasCaptured(2));
            continue;
        }
        // The description's command lines: "  pay --row …", "  kassa-web terminal register …",
        // "  loyalty list | loyalty remove ID".
        if (!lines[i].startsWith(u"  "_s))
            continue;
        for (QString part : lines[i].split(u" | "_s)) {
            QStringList tokens = part.simplified().split(u' ', Qt::SkipEmptyParts);
            if (!tokens.isEmpty() && tokens.first() == program)
                tokens.removeFirst();
            if (tokens.isEmpty() || !word.match(tokens.first()).hasMatch())
                continue;
            QSet<QString> &subs = syntax.commands[tokens.first()];
            if (tokens.size() > 1 && words.match(tokens.at(1)).hasMatch())
                for (const QString &sub : tokens.at(1).split(u'|'))
                    subs.insert(sub);
        }
    }
    return syntax;
}

// A command line's words as a shell splits them (quotes kept together),
// up to a comment, a pipe or the next command.
QStringList shellWords(const QString &line)
{
    QStringList words;
    QString word;
    QChar quote;
    bool inWord = false;
    for (const QChar c : line) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(std::exchange(word, QString()));
            inWord = false;
        } else if (!inWord && (c == u'#' || c == u'|' || c == u';' || c == u'&' || c == u'>')) {
            break;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

// What is wrong with one documented command line against its program's
// syntax: options it does not take, a command or sub-command it does not
// know. Synopsis notation (`[--json]`, `on|off`, `COMMAND`, `…`) is read as
// the reader would.
QStringList problemsOf(const QStringList &words, const Syntax &syntax)
{
    QStringList problems;
    QStringList positional;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString w = words[i];
        while (w.startsWith(u'[') || w.startsWith(u'('))
            w.remove(0, 1);
        if (!w.startsWith(u"--"_s)) {
            positional.append(w);
            continue;
        }
        QString name = w.mid(2).section(u'=', 0, 0);
        while (name.endsWith(u']') || name.endsWith(u')') || name.endsWith(u"…"_s) ||
               name.endsWith(u'.'))
            name.chop(1);
        if (!syntax.options.contains(name))
            problems.append(u"unknown option --"_s + name);
        else if (syntax.options.value(name) && !w.contains(u'='))
            ++i; // its value
    }
    if (syntax.commands.isEmpty() || positional.isEmpty())
        return problems;
    static const QRegularExpression word(u"^[a-z][a-z0-9-]*$"_s);
    const QString command = positional.first();
    if (!word.match(command).hasMatch())
        return problems; // COMMAND, a placeholder
    if (!syntax.commands.contains(command))
        return problems << u"unknown command "_s + command;
    const QSet<QString> subs = syntax.commands.value(command);
    if (subs.isEmpty() || positional.size() < 2)
        return problems;
    for (const QString &sub : positional.at(1).split(u'|')) {
        if (word.match(sub).hasMatch() && !subs.contains(sub))
            problems.append(u"unknown command "_s + command + u' ' + sub);
    }
    return problems;
}

// Every command line of a program the docs show: in fenced blocks (lines
// that start with the program, continuation lines joined) and in inline
// code (`kassa-cli receipt 12 --copy`), with where it stands.
struct DocCommand
{
    QString where;
    QString line;
};

QList<DocCommand> documentedCommands(const QString &path, const QString &name,
                                     const QStringList &programs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    const QString alternatives = programs.join(u'|');
    const QRegularExpression starts(u"^\\s*(?:\\$ )?(?:\\./build/app/[a-z-]+/)?(?:"_s +
                                    alternatives + u")(?:\\s|$)"_s);
    const QRegularExpression inline_(u"`((?:"_s + alternatives + u") [^`]+)`"_s);
    QList<DocCommand> found;
    bool fenced = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString where = name + u':' + QString::number(i + 1);
        if (lines[i].trimmed().startsWith(u"```"_s)) {
            fenced = !fenced;
            continue;
        }
        if (!fenced) {
            auto spans = inline_.globalMatch(lines[i]);
            while (spans.hasNext())
                found.append({where, spans.next().captured(1)});
            continue;
        }
        if (!starts.match(lines[i]).hasMatch())
            continue;
        QStringList body{lines[i]};
        while (body.last().trimmed().endsWith(u'\\') && i + 1 < lines.size())
            body.append(lines[++i]);
        const QStringList joined = commandsOf(body);
        if (!joined.isEmpty())
            found.append({where, joined.first()});
    }
    return found;
}

} // namespace

// The README's and docs' command lines that need no display, run as written
// against a scratch home (its till configurations point at an in-process
// seqr-sandbox on a free port, whose autopay plays the customer): what a
// reader types works. Blocks are marked `<!-- docs-test -->` in the docs.
class TestDocCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readmeCommandsNameWhatTheBuildMakes();
    void markedCommandsWorkAsWritten();
    void everyDocumentedCommandParses();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    Run run(const QString &command);
    Syntax syntax(const QString &program);
    void writeConfig(const QString &name);

    QString m_source;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_home;
};

void TestDocCommands::initTestCase()
{
    m_source = qEnvironmentVariable("KASSA_SOURCE_DIR");
    QVERIFY2(QFileInfo::exists(m_source + u"/README.md"_s),
             "KASSA_SOURCE_DIR must name the sources");
    for (const char *bin : {"KASSA_CLI_BIN", "KASSA_WEB_BIN", "KASSA_BIN"})
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable(bin)), bin);
    SandboxOptions options;
    options.autopayAfterMs = 500; // the customer pays from the phone page
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
    QVERIFY(m_home.isValid());
    writeConfig(u"till.json"_s);
    writeConfig(u"webshop.json"_s);
}

// A machine where SEQR is the sandbox: the till's and the webshop's
// configurations name its endpoint (the docs' commands use the defaults).
void TestDocCommands::writeConfig(const QString &name)
{
    const QString dir = m_home.filePath(u".config/kassa"_s);
    QVERIFY(QDir().mkpath(dir));
    QFile file(dir + u'/' + name);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QJsonDocument(QJsonObject{{u"endpoint"_s, m_sandbox->soapUrl().toString()}}).toJson());
}

TestDocCommands::Run TestDocCommands::run(const QString &command)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u".config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u".local/share"_s));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, QString());
    QStringList path;
    for (const char *bin : {"KASSA_CLI_BIN", "KASSA_WEB_BIN"})
        path.append(QFileInfo(qEnvironmentVariable(bin)).absolutePath());
    env.insert(u"PATH"_s, path.join(u':') + u':' + env.value(u"PATH"_s));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_home.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"bash"_s, {u"-c"_s, command});
    Run result;
    if (!p.waitForStarted(10000))
        return result;
    // The sandbox answers from this thread's event loop: keep it running.
    const bool ended = QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 120000);
    if (!ended) {
        p.kill();
        p.waitForFinished(5000);
    }
    result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    result.output = QString::fromUtf8(p.readAll());
    return result;
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

void TestDocCommands::markedCommandsWorkAsWritten()
{
    QStringList files{m_source + u"/README.md"_s};
    QDirIterator docs(m_source + u"/docs"_s, {u"*.md"_s}, QDir::Files);
    while (docs.hasNext())
        files.append(docs.next());
    files.sort();
    // The manager's guide registers the till the later blocks use: run it first.
    std::stable_partition(files.begin(), files.end(),
                          [](const QString &f) { return f.endsWith(u"/manager.md"_s); });
    QList<DocBlock> blocks;
    for (const QString &file : std::as_const(files))
        blocks += markedBlocks(file, QFileInfo(file).fileName());
    QVERIFY2(blocks.size() >= 4, "the docs mark their runnable commands");

    QHash<QString, QString> printed; // e.g. ersReference → the last one printed
    static const QRegularExpression named(u"\\b(ersReference)\\s+(\\d+)"_s);
    for (const DocBlock &block : std::as_const(blocks)) {
        for (QString command : block.commands) {
            for (auto it = block.examples.cbegin(); it != block.examples.cend(); ++it) {
                if (!command.contains(it.value()))
                    continue;
                QVERIFY2(printed.contains(it.key()),
                         qPrintable(u"%1:%2 needs a printed %3"_s.arg(block.file)
                                        .arg(block.line)
                                        .arg(it.key())));
                command.replace(it.value(), printed.value(it.key()));
            }
            const Run result = run(command);
            QVERIFY2(result.exitCode == 0,
                     qPrintable(u"%1:%2: `%3` exited %4:\n%5"_s.arg(block.file)
                                    .arg(block.line)
                                    .arg(command)
                                    .arg(result.exitCode)
                                    .arg(result.output)));
            auto matches = named.globalMatch(result.output);
            while (matches.hasNext()) {
                const auto m = matches.next();
                printed.insert(m.captured(1), m.captured(2));
            }
        }
    }

    // What the reader was promised: the till "Kassa 1" (TILL1) and the
    // webshop (WEBSHOP1) registered, a payment of 97.25 with 20.00 of it
    // refunded, the period closed, and the sheet of service codes written.
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
}

// The program's own --help, read as its syntax (kassa under the offscreen
// platform: it needs no display to say what it takes).
Syntax TestDocCommands::syntax(const QString &program)
{
    static const QHash<QString, const char *> binaries{
        {u"kassa-cli"_s, "KASSA_CLI_BIN"},
        {u"kassa-web"_s, "KASSA_WEB_BIN"},
        {u"kassa"_s, "KASSA_BIN"},
        {u"seqr-sandbox"_s, "SEQR_SANDBOX_BIN"},
        {u"printer-sandbox"_s, "PRINTER_SANDBOX_BIN"}};
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, QString());
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable(binaries.value(program)), {u"--help"_s});
    if (!p.waitForFinished(30000))
        return {};
    return syntaxOf(program, QString::fromUtf8(p.readAllStandardOutput()));
}

// Every kassa-cli, kassa-web, kassa, seqr-sandbox and printer-sandbox line
// the README and docs show — in their code blocks and inline — takes only
// options its program takes and names commands it knows, as its --help
// says (`kassa-web terminal …` is kassa-cli's terminal command). A doc that
// shows an option the program does not take fails here.
void TestDocCommands::everyDocumentedCommandParses()
{
    const QStringList programs{u"kassa-cli"_s, u"kassa-web"_s, u"seqr-sandbox"_s,
                               u"printer-sandbox"_s, u"kassa"_s};
    QHash<QString, Syntax> syntaxes;
    for (const QString &program : programs) {
        syntaxes.insert(program, syntax(program));
        QVERIFY2(syntaxes[program].options.contains(u"help"_s), qPrintable(program));
    }
    QVERIFY(syntaxes[u"kassa-cli"_s].commands.value(u"terminal"_s).contains(u"register"_s));
    // The check itself can fail.
    QCOMPARE(problemsOf(shellWords(u"kassa-cli refund 1 --row 1:1 --no-such"_s).mid(1),
                        syntaxes[u"kassa-cli"_s]),
             QStringList{u"unknown option --no-such"_s});
    QCOMPARE(problemsOf({u"terminal"_s, u"enrol"_s}, syntaxes[u"kassa-cli"_s]),
             QStringList{u"unknown command terminal enrol"_s});

    QStringList files{m_source + u"/README.md"_s};
    QDirIterator docs(m_source + u"/docs"_s, {u"*.md"_s}, QDir::Files);
    while (docs.hasNext())
        files.append(docs.next());
    files.sort();
    QStringList problems;
    int checked = 0;
    for (const QString &file : std::as_const(files)) {
        for (const DocCommand &c : documentedCommands(file, QFileInfo(file).fileName(), programs)) {
            QStringList words = shellWords(c.line);
            if (words.first() == u"$")
                words.removeFirst();
            QString program = QFileInfo(words.takeFirst()).fileName();
            if (program == u"kassa-web" && !words.isEmpty() && words.first() == u"terminal")
                program = u"kassa-cli"_s; // kassa-web hands it on
            for (const QString &problem : problemsOf(words, syntaxes.value(program)))
                problems.append(c.where + u": `"_s + c.line + u"`: "_s + problem);
            ++checked;
        }
    }
    QVERIFY2(checked >= 30, qPrintable(QString::number(checked)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestDocCommands)
#include "tst_doccommands.moc"
