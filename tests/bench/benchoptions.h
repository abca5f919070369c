#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <algorithm>
#include <array>
#include <cstddef>

// A bench's whole-number option: --name N (or the value's own letter).
struct BenchCount
{
    QString name;
    QString help;
    int defaultValue = 1;
    QString valueName = QStringLiteral("N");
};

// Reads the bench's command line into `parser`: --help, `counts` and any
// `options` of its own (read from `parser` afterwards). The counts' values in
// their order, each at least 1.
template<std::size_t N>
std::array<int, N> readBenchCounts(QCommandLineParser &parser, const BenchCount (&counts)[N],
                                   const QList<QCommandLineOption> &options = {})
{
    parser.addHelpOption();
    for (const BenchCount &count : counts)
        parser.addOption(QCommandLineOption(count.name, count.help, count.valueName,
                                            QString::number(count.defaultValue)));
    parser.addOptions(options);
    parser.process(*QCoreApplication::instance());
    std::array<int, N> values{};
    for (std::size_t i = 0; i < N; ++i)
        values[i] = std::max(1, parser.value(counts[i].name).toInt());
    return values;
}

// The same for a bench with no options of its own.
template<std::size_t N> std::array<int, N> readBenchCounts(const BenchCount (&counts)[N])
{
    QCommandLineParser parser;
    return readBenchCounts(parser, counts);
}
