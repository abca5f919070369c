#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The command lines the README and docs show, read as a reader reads them:
// the fenced blocks' lines, the inline `kassa-cli …` spans, the blocks marked
// `<!-- docs-test … -->` to be run (with the example values they name), and
// what each line is a command of (its key: "kassa-cli refund",
// "kassa-cli coupon block", "kassa-web terminal register").
namespace doclines {

// One documented command line, continuation lines joined.
struct Line
{
    enum class Kind
    {
        Marked,
        Fenced,
        Inline
    };
    QString where; // "manager.md:143"
    QString text;
    Kind kind = Kind::Fenced;
    int block = -1; // Marked: the index of its block
};

// A fenced block marked `<!-- docs-test name=example … -->`: each name is a
// value the test knows (printed by an earlier command, or one of its own
// stand-ins) that replaces the example where it stands as a whole word.
struct Block
{
    QString where;
    QHash<QString, QString> examples; // name → the example in the docs
};

struct Document
{
    QList<Line> lines;
    QList<Block> blocks;
};

// Reads one Markdown file (`name` is how problems name it).
Document read(const QString &path, const QString &name);

// The commands of a ```sh block: continuation lines joined, comments and
// blank lines left out; each with the 0-based index of its first line.
QList<QPair<int, QString>> commandsOf(const QStringList &body);

// A command line's words as a shell splits them (quotes kept together), up
// to a comment, a pipe or the next command.
QStringList shellWords(const QString &line);

// What a program's --help says it takes: its options (with or without a
// value) and, when it has commands, each command with its sub-commands.
struct Syntax
{
    QHash<QString, bool> options; // name → takes a value
    QHash<QString, QSet<QString>> commands;
};
Syntax syntaxOf(const QString &program, const QString &help);

// What is wrong with a line's words (the program's left out) against its
// program's syntax: unknown options, commands or sub-commands. Synopsis
// notation (`[--json]`, `on|off`, `COMMAND`, `…`) is read as a reader would.
QStringList problemsOf(const QStringList &words, const Syntax &syntax);

// What a line (all its words, the program first) is a command of: the
// program, its command and sub-command where the syntax has them, one key
// for each alternative (`loyalty add|list` → two keys); and the options it
// names.
struct Use
{
    QString program;
    QStringList keys;
    QSet<QString> options;
};
Use useOf(const QStringList &words, const QHash<QString, Syntax> &syntaxes);

// A line in synopsis notation: `[…]`, `…`, `a|b` or a placeholder in capitals
// (FILE, REF, COMMAND) outside quotes.
bool isSynopsis(const QString &line);

// `line` with every whole word that is one of the examples replaced by the
// value of the same name; the names it needed and did not have.
QString substituted(const QString &line, const QHash<QString, QString> &examples,
                    const QHash<QString, QString> &values, QStringList *missing);

} // namespace doclines
