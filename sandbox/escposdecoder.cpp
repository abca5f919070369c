#include "sandbox/escposdecoder.h"

#include "core/printing/escposcommands.h"

using namespace Qt::StringLiterals;
using namespace kassa::printing;

namespace kassa::sandbox {

namespace {

constexpr char FS = 0x1C;
constexpr char DC4 = 0x14;

} // namespace

QString code128Text(const QByteArray &data)
{
    QString text;
    char set = 'B';
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '{' && i + 1 < data.size()) {
            const char next = data[++i];
            if (next == 'A' || next == 'B' || next == 'C')
                set = next;
            else if (next == '{')
                text += u'{';
            continue; // shift and FNC1–4 print nothing
        }
        if (set == 'C')
            text += QString::number(uchar(c)).rightJustified(2, u'0');
        else
            text += QChar(char16_t(uchar(c)));
    }
    return text;
}

EscPosDecoder::EscPosDecoder(int columns)
    : m_columns(std::max(8, columns))
{}

void EscPosDecoder::feed(const QByteArray &bytes)
{
    m_buffer += bytes;
    m_pos = 0;
    while (m_pos < m_buffer.size()) {
        const qsizetype length = handleCommand();
        if (length == 0)
            break;
        m_pos += length;
    }
    m_buffer.remove(0, m_pos);
    m_pos = 0;
}

int EscPosDecoder::at(qsizetype i) const
{
    return static_cast<unsigned char>(m_buffer[m_pos + i]);
}

QList<PrintedItem> EscPosDecoder::takeItems()
{
    return std::exchange(m_items, {});
}

qsizetype EscPosDecoder::handleCommand()
{
    const char c = char(at(0));
    switch (c) {
    case escpos::LF:
        endLine();
        return 1;
    case escpos::ESC:
        return handleEsc();
    case escpos::GS:
        return handleGs();
    case escpos::DLE:
        if (available() < 3)
            return 0;
        if (char(at(1)) == escpos::EOT) {
            PrintedItem request;
            request.kind = PrintedItem::Kind::StatusRequest;
            request.request = at(2);
            m_items.append(request);
            return 3;
        }
        if (char(at(1)) == DC4) {
            if (available() < 5)
                return 0;
            if (char(at(2)) == 1) { // a real-time drawer pulse, in 100 ms steps
                PrintedItem kick;
                kick.kind = PrintedItem::Kind::DrawerKick;
                kick.pin = char(at(3)) == 1 ? 5 : 2;
                kick.onMs = kick.offMs = at(4) * 100;
                m_items.append(kick);
            }
            return 5;
        }
        return 3; // DLE ENQ n
    case FS:
        problem(u"FS %1"_s.arg(available() > 1 ? at(1) : 0));
        return std::min<qsizetype>(2, available());
    case '\t':
        addText(' ');
        return 1;
    default:
        if (uchar(c) >= 0x20)
            addText(c);
        return 1; // CR and other control bytes do nothing
    }
}

qsizetype EscPosDecoder::handleEsc()
{
    if (available() < 2)
        return 0;
    const char command = char(at(1));
    switch (command) {
    case '@':
        reset();
        return 2;
    case '2':
        return 2;
    case 'p': {
        if (available() < 5)
            return 0;
        PrintedItem kick;
        kick.kind = PrintedItem::Kind::DrawerKick;
        kick.pin = (at(2) & 1) ? 5 : 2;
        kick.onMs = at(3) * 2;
        kick.offMs = at(4) * 2;
        m_items.append(kick);
        return 5;
    }
    case '$':
        return available() < 4 ? 0 : 4;
    default:
        return handleEscWithArgument(command);
    }
}

qsizetype EscPosDecoder::handleEscWithArgument(char command)
{
    if (available() < 3)
        return 0;
    const int n = at(2);
    switch (command) {
    case 'E':
        m_style.bold = (n & 1) != 0;
        break;
    case '!':
        m_style.bold = (n & 0x08) != 0;
        m_style.large = (n & 0x30) == 0x30;
        break;
    case 'a':
        m_style.alignment = std::clamp(n >= '0' ? n - '0' : n, 0, 2);
        break;
    case 't':
        if (const auto page = codePageForTableNumber(n))
            m_codePage = *page;
        else
            problem(u"ESC t %1 (a code page Kassa does not know)"_s.arg(n));
        break;
    case 'd':
        // The line being printed is the first of the n fed.
        for (int i = 0; i < n; ++i)
            endLine();
        break;
    case 'G':
    case '-':
    case 'M':
    case '3':
    case 'J':
    case 'R':
    case 'r':
    case '{':
    case 'V':
    case ' ':
    case '=':
        break; // no bearing on what the transcript and picture show
    default:
        problem(u"ESC %1"_s.arg(QChar(char16_t(uchar(command)))));
        return 2;
    }
    return 3;
}

qsizetype EscPosDecoder::handleGs()
{
    if (available() < 3)
        return 0;
    const char command = char(at(1));
    const int n = at(2);
    switch (command) {
    case '!':
        m_style.large = (n & 0x0F) != 0 && (n & 0xF0) != 0;
        return 3;
    case 'V': {
        const bool feeds = n == 65 || n == 66;
        if (feeds && available() < 4)
            return 0;
        endLine(false);
        PrintedItem cut;
        cut.kind = PrintedItem::Kind::Cut;
        cut.partial = n == 1 || n == 49 || n == 66;
        m_items.append(cut);
        return feeds ? 4 : 3;
    }
    case 'w':
        m_barcodeWidth = n;
        return 3;
    case 'h':
        m_barcodeHeight = n;
        return 3;
    case 'H':
    case 'f':
    case 'B':
    case 'a':
    case 'r':
        return 3;
    case 'L':
    case 'W':
    case 'P':
        return available() < 4 ? 0 : 4;
    case 'k':
        return handleGsK();
    case '(':
        return handleQr();
    case 'v':
        return handleRaster();
    default:
        problem(u"GS %1"_s.arg(QChar(char16_t(uchar(command)))));
        return 2;
    }
}

qsizetype EscPosDecoder::handleGsK()
{
    const int type = at(2);
    QByteArray data;
    qsizetype length = 0;
    if (type <= 6) { // NUL-terminated forms
        const qsizetype end = m_buffer.indexOf('\0', m_pos + 3) - m_pos;
        if (end < 0)
            return 0;
        data = m_buffer.mid(m_pos + 3, end - 3);
        length = end + 1;
    } else {
        if (available() < 4)
            return 0;
        length = 4 + at(3);
        if (available() < length)
            return 0;
        data = m_buffer.mid(m_pos + 4, length - 4);
    }
    endLine(false);
    PrintedItem barcode;
    barcode.kind = PrintedItem::Kind::Barcode;
    barcode.text = type == 73 ? code128Text(data) : QString::fromLatin1(data);
    barcode.alignment = m_style.alignment;
    barcode.moduleWidth = m_barcodeWidth;
    barcode.height = m_barcodeHeight;
    if (type != 73)
        problem(u"GS k %1 (only Code 128 is drawn)"_s.arg(type));
    m_items.append(barcode);
    return length;
}

qsizetype EscPosDecoder::handleQr()
{
    if (available() < 5)
        return 0;
    const qsizetype length = 5 + at(3) + 256 * at(4);
    if (available() < length)
        return 0;
    if (char(at(2)) != 'k' || length < 7 || at(5) != 49)
        return length; // another GS ( function: nothing to draw
    const int function = at(6);
    if (function == 67 && length >= 8)
        m_qrModule = at(7);
    else if (function == 80 && length >= 8)
        m_qrData = m_buffer.mid(m_pos + 8, length - 8);
    else if (function == 81) {
        endLine(false);
        PrintedItem qr;
        qr.kind = PrintedItem::Kind::Qr;
        qr.text = QString::fromUtf8(m_qrData);
        qr.alignment = m_style.alignment;
        qr.moduleWidth = m_qrModule;
        m_items.append(qr);
    }
    return length;
}

qsizetype EscPosDecoder::handleRaster()
{
    if (available() < 8)
        return 0;
    const int rowBytes = at(4) + 256 * at(5);
    const int rows = at(6) + 256 * at(7);
    const qsizetype length = 8 + qsizetype(rowBytes) * rows;
    if (available() < length)
        return 0;
    endLine(false);
    PrintedItem image;
    image.kind = PrintedItem::Kind::Image;
    image.alignment = m_style.alignment;
    image.image = MonoBitmap(rowBytes * 8, rows, m_buffer.mid(m_pos + 8, length - 8));
    m_items.append(image);
    return length;
}

void EscPosDecoder::addText(char byte)
{
    const int width = m_lineStarted && m_lineStyle.large ? m_columns / 2 : m_columns;
    if (m_lineStarted && m_line.size() >= width)
        endLine(); // the printer wraps a line longer than the paper
    if (!m_lineStarted) {
        m_lineStyle = m_style;
        m_lineStarted = true;
    }
    m_line += decodeFromCodePage(byte, m_codePage);
}

void EscPosDecoder::endLine(bool evenEmpty)
{
    if (!m_lineStarted && !evenEmpty)
        return;
    PrintedItem line;
    line.text = m_line;
    const Style &style = m_lineStarted ? m_lineStyle : m_style;
    line.bold = style.bold;
    line.large = style.large;
    line.alignment = style.alignment;
    m_items.append(line);
    m_line.clear();
    m_lineStarted = false;
}

void EscPosDecoder::reset()
{
    m_style = {};
    m_codePage = CodePage::Pc437;
    m_line.clear();
    m_lineStarted = false;
    m_barcodeWidth = 3;
    m_barcodeHeight = 162;
    m_qrModule = 3;
    m_qrData.clear();
}

void EscPosDecoder::problem(const QString &what)
{
    if (m_problems.size() < 100)
        m_problems.append(what);
}

} // namespace kassa::sandbox
