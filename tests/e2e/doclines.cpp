#include "tests/e2e/doclines.h"

#include <QFile>
#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace doclines {

namespace {

const QString programs =
    u"kassa-cli|kassa-web|seqr-sandbox|printer-sandbox|control-unit-sandbox|kassa"_s;

// A Kassa program at the start of a line, maybe as the build names it.
const QRegularExpression &programStart()
{
    static const QRegularExpression re(u"^\\s*(?:\\$ )?(?:\\./build/app/[a-z-]+/)?(?:"_s +
                                       programs + u")(?:\\s|$)"_s);
    return re;
}

void readFence(const QStringList &lines, int &i, const QString &tag, const QString &name, int block,
               Document &doc)
{
    QStringList body;
    const int first = i + 1;
    for (++i; i < lines.size() && !lines[i].trimmed().startsWith(u"```"_s); ++i)
        body.append(lines[i]);
    const Line::Kind kind = block >= 0 ? Line::Kind::Marked : Line::Kind::Fenced;
    for (const auto &[at, command] : commandsOf(body)) {
        // A shell block holds commands only; elsewhere (a synopsis, a
        // listing) only the lines that start with a Kassa program are.
        if (tag == u"sh" || block >= 0 || programStart().match(command).hasMatch())
            doc.lines.append({name + u':' + QString::number(first + at + 1), command, kind, block});
    }
}

} // namespace

QList<QPair<int, QString>> commandsOf(const QStringList &body)
{
    QList<QPair<int, QString>> commands;
    QString pending;
    int start = 0;
    for (int i = 0; i < body.size(); ++i) {
        const QString line = body[i].trimmed();
        if (pending.isEmpty() && (line.isEmpty() || line.startsWith(u'#')))
            continue;
        if (pending.isEmpty())
            start = i;
        if (line.endsWith(u'\\')) {
            pending += line.chopped(1) + u' ';
            continue;
        }
        commands.append({start, pending + line});
        pending.clear();
    }
    return commands;
}

Document read(const QString &path, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    static const QRegularExpression marker(u"^\\s*<!-- docs-test(.*)-->\\s*$"_s);
    static const QRegularExpression inline_(u"`((?:\\./build/app/[a-z-]+/)?(?:"_s + programs +
                                            u") [^`]+)`"_s);
    Document doc;
    int marked = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines[i].trimmed();
        if (const auto m = marker.match(lines[i]); m.hasMatch()) {
            Block block{name + u':' + QString::number(i + 1), {}};
            for (const QString &pair : m.captured(1).split(u' ', Qt::SkipEmptyParts))
                block.examples.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
            doc.blocks.append(block);
            marked = int(doc.blocks.size()) - 1;
            continue;
        }
        if (trimmed.startsWith(u"```"_s)) {
            readFence(lines, i, trimmed.mid(3).trimmed(), name, std::exchange(marked, -1), doc);
            continue;
        }
        if (!trimmed.isEmpty())
            marked = -1; // a marker stands right before its block
        auto spans = inline_.globalMatch(lines[i]);
        while (spans.hasNext())
            doc.lines.append({name + u':' + QString::number(i + 1), spans.next().captured(1),
                              Line::Kind::Inline, -1});
    }
    return doc;
}

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
        // "  loyalty list | loyalty remove ID", "  training [on|off]".
        if (!lines[i].startsWith(u"  "_s))
            continue;
        for (const QString &part : lines[i].split(u" | "_s)) {
            QStringList tokens = part.simplified().split(u' ', Qt::SkipEmptyParts);
            if (!tokens.isEmpty() && tokens.first() == program)
                tokens.removeFirst();
            if (tokens.isEmpty() || !word.match(tokens.first()).hasMatch())
                continue;
            QSet<QString> &subs = syntax.commands[tokens.first()];
            QString sub = tokens.value(1);
            if (sub.startsWith(u'[') && sub.endsWith(u']'))
                sub = sub.mid(1, sub.size() - 2);
            if (words.match(sub).hasMatch())
                for (const QString &s : sub.split(u'|'))
                    subs.insert(s);
        }
    }
    return syntax;
}

namespace {

// A word as a synopsis means it: brackets and ellipses off.
QString bare(QString w)
{
    while (w.startsWith(u'[') || w.startsWith(u'('))
        w.remove(0, 1);
    while (w.endsWith(u']') || w.endsWith(u')') || w.endsWith(u"…"_s) || w.endsWith(u'.'))
        w.chop(1);
    return w;
}

// The words that are not options or options' values.
QStringList positionals(const QStringList &words, const Syntax &syntax, QSet<QString> *options)
{
    QStringList positional;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString w = bare(words[i]);
        if (!w.startsWith(u"--"_s)) {
            positional.append(w);
            continue;
        }
        const QString name = w.mid(2).section(u'=', 0, 0);
        options->insert(name);
        if (syntax.options.value(name) && !w.contains(u'='))
            ++i; // its value
    }
    return positional;
}

} // namespace

QStringList problemsOf(const QStringList &words, const Syntax &syntax)
{
    QStringList problems;
    QSet<QString> options;
    const QStringList positional = positionals(words, syntax, &options);
    for (const QString &name : std::as_const(options))
        if (!syntax.options.contains(name))
            problems.append(u"unknown option --"_s + name);
    problems.sort();
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

Use useOf(const QStringList &words, const QHash<QString, Syntax> &syntaxes)
{
    Use use;
    if (words.isEmpty())
        return use;
    use.program = words.first().section(u'/', -1);
    QString parser = use.program;
    if (use.program == u"kassa-web" && words.value(1) == u"terminal")
        parser = u"kassa-cli"_s; // kassa-web hands its terminal commands on
    const Syntax syntax = syntaxes.value(parser);
    const QStringList positional = positionals(words.mid(1), syntax, &use.options);
    static const QRegularExpression word(u"^[a-z][a-z0-9-]*(\\|[a-z][a-z0-9-]*)*$"_s);
    if (positional.isEmpty()) {
        use.keys.append(use.program);
        return use;
    }
    if (!word.match(positional.first()).hasMatch())
        return use; // COMMAND: a placeholder for any
    for (const QString &command : positional.first().split(u'|')) {
        const QSet<QString> subs = syntaxes.value(command == u"terminal" ? u"kassa-cli"_s : parser)
                                       .commands.value(command);
        const QString sub = positional.value(1);
        if (subs.isEmpty() || !word.match(sub).hasMatch()) {
            use.keys.append(use.program + u' ' + command);
            continue;
        }
        for (const QString &s : sub.split(u'|'))
            use.keys.append(use.program + u' ' + command + u' ' + s);
    }
    return use;
}

bool isSynopsis(const QString &line)
{
    static const QRegularExpression notation(u"[\\[…]|\\w\\|\\w|<[a-z]+>"_s);
    static const QRegularExpression placeholder(u"^[A-Z][A-Z_]*$"_s);
    if (notation.match(line).hasMatch())
        return true;
    const QStringList words = shellWords(line);
    return std::any_of(words.cbegin(), words.cend(),
                       [](const QString &w) { return placeholder.match(w).hasMatch(); });
}

QString substituted(const QString &line, const QHash<QString, QString> &examples,
                    const QHash<QString, QString> &values, QStringList *missing)
{
    QString result = line;
    for (auto it = examples.cbegin(); it != examples.cend(); ++it) {
        const QRegularExpression whole(u"(?<=^|\\s)"_s + QRegularExpression::escape(it.value()) +
                                       u"(?=\\s|$)"_s);
        if (!whole.match(result).hasMatch())
            continue;
        if (!values.contains(it.key())) {
            missing->append(it.key());
            continue;
        }
        result.replace(whole, values.value(it.key()));
    }
    return result;
}

} // namespace doclines
