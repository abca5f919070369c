#pragma once

#include "tests/e2e/doclines.h"

#include <QHash>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

// Runs the docs' marked blocks against a scratch home, as a reader would
// type them (bash, with the build's programs on PATH), and says which of the
// other documented lines no run covers and nobody exempted. What each run
// must print (its promise), what is exempt and why, and how a server line is
// run (start, ask, stop) are in docrunner.cpp; the promises are data, in
// tests/e2e/docpromises.txt.
class DocRunner
{
public:
    DocRunner(const QString &sourceDir, const QString &home);

    QString problem() const { return m_problem; }
    static const QStringList &programs();
    static bool isKassaProgram(const QString &word);
    const QHash<QString, doclines::Syntax> &syntaxes() const { return m_syntaxes; }
    // Every documented line, the files in the order the blocks run.
    const QList<doclines::Line> &lines() const { return m_lines; }

    // ~/.config/kassa/NAME with these keys.
    bool writeConfig(const QString &name, const QJsonObject &config) const;
    // A value an example in a marker may stand for (a printed one replaces it).
    void setValue(const QString &name, const QString &value) { m_values.insert(name, value); }

    QStringList runMarkedBlocks();
    int ranCommands() const { return m_ran; }
    QStringList uncoveredLines() const;
    QStringList coverageProblems(const doclines::Line &line) const;

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    // A documented command's promise: when `line` matches the command,
    // its output matches `output`.
    struct Promise
    {
        QRegularExpression line;
        QRegularExpression output;
    };
    // The promises in `path` into m_promises; what is wrong with the file
    // into problem().
    void readPromises(const QString &path);
    QString runCommand(const doclines::Line &line, const QString &command);
    QProcessEnvironment environment() const;
    Run run(const QString &command) const;
    QString runServer(const QString &command, const doclines::Use &use) const;
    QString probe(const QString &program, const QString &output) const;
    QString probePrinter(const QString &port, const QString &output) const;
    QStringList promisesBroken(const QString &command, const QString &output) const;
    void remember(const QString &output);

    QString m_source;
    QString m_home;
    QString m_problem;
    QHash<QString, QString> m_bins;
    QHash<QString, doclines::Syntax> m_syntaxes;
    QList<doclines::Line> m_lines;
    QList<doclines::Block> m_blocks;
    QList<Promise> m_promises;
    QHash<QString, QString> m_values;
    QSet<QString> m_ranKeys;
    QHash<QString, QSet<QString>> m_ranOptions; // program → options its runs used
    int m_ran = 0;
};
