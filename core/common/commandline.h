#pragma once

#include <QString>

#include <span>

class QCommandLineParser;

// What Kassa's programs share on their command line: who they are (the name
// behind their folders and before their complaints, and Kassa's version for
// --version), the --help text with the usual --help and --version, and
// options read from a table.
namespace kassa {

void setProgramIdentity(const QString &name);

void describeCommandLine(QCommandLineParser &parser, const QString &description);

// One option as a program lists it; its help is marked with
// QT_TRANSLATE_NOOP and translated when added.
struct OptionText
{
    const char *name;
    const char *help;  // in the translation context given to addOptions
    const char *value; // the value's name; null: a flag
};

// The options, in the order --help lists them.
void addOptions(QCommandLineParser &parser, const char *context,
                std::span<const OptionText> options);

} // namespace kassa
