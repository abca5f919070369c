#pragma once

#include "core/printing/escposcodepage.h"
#include "core/printing/monobitmap.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kassa::sandbox {

// One thing an ESC/POS printer put on paper or did.
struct PrintedItem
{
    enum class Kind
    {
        Text,          // a line of text
        Barcode,       // Code 128 (`text`: its data), `moduleWidth` and `height` in dots
        Qr,            // a QR code (`text`: its data), `moduleWidth` dots per module
        Image,         // a raster image
        Cut,           // the paper cut (`partial`)
        DrawerKick,    // a pulse on the drawer port: `pin` 2 or 5, `onMs`, `offMs`
        StatusRequest, // DLE EOT `request` (1 printer, 2 off-line cause, 3 error, 4 paper)
    };
    Kind kind = Kind::Text;
    QString text;
    bool bold = false;
    bool large = false;
    int alignment = 0; // 0 left, 1 centre, 2 right
    int moduleWidth = 0;
    int height = 0;
    bool partial = false;
    int pin = 0;
    int onMs = 0;
    int offMs = 0;
    int request = 0;
    printing::MonoBitmap image;
};

// The bytes an ESC/POS printer receives, taken apart as the printer does:
// text in the selected code page (PC437 after ESC @ until ESC t), styles,
// line feeds, Code 128 barcodes, QR codes, raster images, cuts and drawer
// kicks, and DLE EOT status requests in their place among them. Bytes may
// arrive split anywhere. A line longer than the paper wraps, as on paper.
// Commands it does not know are skipped and named in problems().
class EscPosDecoder
{
public:
    explicit EscPosDecoder(int columns = 48);

    void feed(const QByteArray &bytes);

    // What was printed or asked since the last take, in order.
    QList<PrintedItem> takeItems();
    QStringList problems() const { return m_problems; }
    // Bytes still waiting for the rest of a command.
    qsizetype pending() const { return m_buffer.size(); }

private:
    struct Style
    {
        bool bold = false;
        bool large = false;
        int alignment = 0;
    };

    // Byte `i` of the command being read, and how many bytes it has so far.
    int at(qsizetype i) const;
    qsizetype available() const { return m_buffer.size() - m_pos; }
    // The length of the command at m_pos; 0: incomplete.
    qsizetype handleCommand();
    qsizetype handleEsc();
    // ESC c n: the commands of three bytes (style, alignment, code page, feed).
    qsizetype handleEscWithArgument(char command);
    qsizetype handleGs();
    qsizetype handleGsK();
    qsizetype handleQr();
    qsizetype handleRaster();
    void addText(char byte);
    void endLine(bool evenEmpty = true);
    void reset();
    void problem(const QString &what);

    int m_columns;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QList<PrintedItem> m_items;
    QStringList m_problems;
    printing::CodePage m_codePage = printing::CodePage::Pc437;
    Style m_style;
    Style m_lineStyle;
    QString m_line;
    bool m_lineStarted = false;
    int m_barcodeWidth = 3;
    int m_barcodeHeight = 162;
    int m_qrModule = 3;
    QByteArray m_qrData;
};

// The characters of Code 128 data as GS k takes it ("{B", "{C" code sets,
// "{{" a '{'), e.g. "{B8{C\x01\x17" → "80123".
QString code128Text(const QByteArray &data);

} // namespace kassa::sandbox
