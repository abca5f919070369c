#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace kassa::printing {

// The character tables a receipt printer is told to use (ESC t n). PC865
// (Nordic) has å ä ö Å Ä Ö Ø ø; PC858 (multilingual Latin 1 with the euro
// sign) has them too and €, but not every printer carries it.
enum class CodePage
{
    Pc437, // a printer's table after ESC @, until it is told another
    Pc865,
    Pc858,
};

// The table's number for ESC t on Epson-compatible printers (PC437: 0,
// PC865: 5, PC858: 19).
int escPosTableNumber(CodePage page);
// The table ESC t `number` selects; none for a table Kassa does not know.
std::optional<CodePage> codePageForTableNumber(int number);

// The bytes `text` prints as in `page`: ASCII as it is, other characters by
// the table, any character the table lacks as '?'.
QByteArray encodeForCodePage(const QString &text, CodePage page);

// The character byte `byte` prints as in `page` (the reverse of encodeForCodePage()).
QChar decodeFromCodePage(char byte, CodePage page);

// Whether every character of `text` is in `page`.
bool codePageCovers(CodePage page, const QString &text);

} // namespace kassa::printing
