#include "core/printing/escposcommands.h"
#include "core/printing/escposrenderer.h"
#include "core/printing/monobitmap.h"
#include "core/receipt/receiptbuilder.h"
#include "core/receipt/receiptlayout.h"
#include "tests/support/receiptsamples.h"

#include <QBuffer>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::printing;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

// The text style (bold, double size, alignment) in force where `needle` starts.
struct StyleAt
{
    bool found = false;
    bool bold = false;
    bool large = false;
    int alignment = 0;
};

StyleAt styleAt(const QByteArray &bytes, const QByteArray &needle)
{
    StyleAt s;
    const qsizetype at = bytes.indexOf(needle);
    if (at < 0)
        return s;
    s.found = true;
    for (qsizetype i = 0; i + 2 < at; ++i) {
        if (bytes[i] == escpos::ESC && bytes[i + 1] == 'E')
            s.bold = bytes[i + 2] != 0;
        else if (bytes[i] == escpos::GS && bytes[i + 1] == '!')
            s.large = bytes[i + 2] == 0x11;
        else if (bytes[i] == escpos::ESC && bytes[i + 1] == 'a')
            s.alignment = bytes[i + 2];
    }
    return s;
}

// The printed text lines: the bytes between line feeds, commands left out
// (for receipts without images or QR codes; the line feed after a barcode
// is its spacing, not a line).
QList<QByteArray> textLines(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    QByteArray current;
    bool afterBarcode = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        const char next = i + 1 < bytes.size() ? bytes[i + 1] : char(0);
        if (c == escpos::ESC) {
            i += next == '@' ? 1 : 2;
        } else if (c == escpos::GS && next == 'k') {
            i += 3 + uchar(i + 3 < bytes.size() ? bytes[i + 3] : 0);
            afterBarcode = true;
        } else if (c == escpos::GS) {
            i += next == 'V' ? 3 : 2;
        } else if (c == escpos::LF) {
            if (!afterBarcode || !current.isEmpty())
                lines.append(current);
            current.clear();
            afterBarcode = false;
        } else {
            current.append(c);
        }
    }
    return lines;
}

QByteArray pngOf(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

class TestEscPosRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithInitializeAndCodePage();
    void swedishLettersArePc865Bytes();
    void euroSignChoosesPc858();
    void totalAndCopyMarkAreBoldAndDoubleSize();
    void ersReferenceIsCode128();
    void qrCodeIsStoredAndPrinted();
    void endsWithPartialCut();
    void longNamesWrapAndFiguresAreWhole_data();
    void longNamesWrapAndFiguresAreWhole();
    void logoIsRasterImage();
    void pngsOfEveryKindReadAsBlackAndWhite_data();
    void pngsOfEveryKindReadAsBlackAndWhite();
    void notAPngIsRefused();
    void drawerKickUsesPinAndPulse();
};

void TestEscPosRenderer::startsWithInitializeAndCodePage()
{
    const QByteArray bytes =
        EscPosRenderer().render(saleReceipt(samples::receiptSale(), samples::receiptSettings()));
    QVERIFY(bytes.startsWith(hex("1b40 1b7405")));
    // The code page follows every ESC @ (a printer forgets it there).
    qsizetype at = -1;
    int inits = 0;
    while ((at = bytes.indexOf(hex("1b40"), at + 1)) >= 0) {
        ++inits;
        QCOMPARE(bytes.mid(at + 2, 2), hex("1b74"));
    }
    QCOMPARE(inits, 1);
}

void TestEscPosRenderer::swedishLettersArePc865Bytes()
{
    ReceiptContent content;
    content.addText(u"åäö ÅÄÖ"_s);
    // A decomposed "a" + combining ring prints as å as well.
    content.addText(u"a\u030Angström"_s);
    const QByteArray bytes = EscPosRenderer().render(content);
    QVERIFY(bytes.contains(hex("868494 20 8f8e99 0a")));
    QVERIFY(bytes.contains(QByteArray(hex("86") + "ngstr" + hex("94") + "m\n")));
    // The sale's receipt: the shop's name and the juice's name as PC865.
    const QByteArray receipt =
        EscPosRenderer().render(saleReceipt(samples::receiptSale(), samples::receiptSettings()));
    QVERIFY(receipt.contains(QByteArray("Caf" + hex("82") + " " + hex("8f") + "ker" + hex("94"))));
    QVERIFY(
        receipt.contains(QByteArray("f" + hex("84") + "rskpressad " + hex("84") + "ppeljuice")));
}

void TestEscPosRenderer::euroSignChoosesPc858()
{
    ReceiptContent content;
    content.addPair(u"Äpple"_s, u"1,50 €"_s);
    const QByteArray automatic = EscPosRenderer().render(content);
    QVERIFY(automatic.startsWith(hex("1b40 1b7413")));
    QVERIFY(automatic.contains(QByteArray("1,50 " + hex("d5"))));
    QVERIFY(automatic.contains(QByteArray(hex("8e") + "pple")));

    PrinterProfile nordic;
    nordic.codePage = PrinterProfile::CodePageChoice::Pc865;
    const QByteArray forced = EscPosRenderer(nordic).render(content);
    QVERIFY(forced.startsWith(hex("1b40 1b7405")));
    QVERIFY(forced.contains("1,50 ?"));
}

void TestEscPosRenderer::totalAndCopyMarkAreBoldAndDoubleSize()
{
    const QByteArray bytes = EscPosRenderer().render(
        saleReceipt(samples::receiptSale(), samples::receiptSettings(), true));
    const StyleAt mark = styleAt(bytes, "*** KOPIA/COPY ***");
    QVERIFY(mark.found);
    QVERIFY(mark.bold && mark.large);
    QCOMPARE(mark.alignment, 1);
    // Twice the size: the total's line holds 24 characters on 80 mm paper.
    const QList<QByteArray> lines = textLines(bytes);
    const auto total = std::find_if(lines.begin(), lines.end(),
                                    [](const QByteArray &l) { return l.startsWith("TOTAL SEK"); });
    QVERIFY(total != lines.end());
    QCOMPARE(*total, QByteArray("TOTAL SEK") + QByteArray(9, ' ') + "243.90");
    const StyleAt style = styleAt(bytes, *total);
    QVERIFY(style.bold && style.large);
    QCOMPARE(style.alignment, 0);
    // Rows are normal text again.
    const StyleAt row = styleAt(bytes, "Kanelbulle");
    QVERIFY(row.found && !row.bold && !row.large);
}

void TestEscPosRenderer::ersReferenceIsCode128()
{
    const QByteArray bytes = EscPosRenderer().render(
        saleReceipt(samples::receiptSale(u"8012345678901"_s), samples::receiptSettings()));
    // 13 digits: the first in code set B, then six pairs in code set C.
    QVERIFY(bytes.contains(hex("1d6b49 0b 7b42 38 7b43 01 17 2d 43 59 01")));
    // Its characters printed under it, three dots a module on 80 mm paper.
    QVERIFY(bytes.contains(hex("1d4802 1d6600 1d6850 1d7703 1d6b49")));
    // The same reference in words, on the reference's line.
    QVERIFY(bytes.contains("8012345678901\n"));

    // A reference with letters: code set B, '{' doubled.
    ReceiptContent content;
    content.addBarcode(u"R{7"_s);
    QVERIFY(EscPosRenderer().render(content).contains(hex("1d6b49 06 7b42 52 7b7b 37")));
}

void TestEscPosRenderer::qrCodeIsStoredAndPrinted()
{
    ReceiptSettings settings = samples::receiptSettings();
    settings.qrCode = u"https://shop.example/r/{receipt}"_s;
    const QByteArray bytes = EscPosRenderer().render(saleReceipt(samples::receiptSale(), settings));
    const QByteArray data = "https://shop.example/r/42";
    const char length = char(data.size() + 3);
    QVERIFY(bytes.contains(hex("1d286b 0400 31 41 32 00")));
    QVERIFY(bytes.contains(QByteArray(hex("1d286b") + length + hex("00 31 50 30") + data)));
    QVERIFY(bytes.contains(hex("1d286b 0300 31 51 30")));
}

void TestEscPosRenderer::endsWithPartialCut()
{
    ReceiptContent content;
    content.addText(u"Tack!"_s);
    QVERIFY(EscPosRenderer().render(content).endsWith(QByteArray("Tack!\n" + hex("1d564200"))));
    PrinterProfile noCutter;
    noCutter.cutter = false;
    const QByteArray bytes = EscPosRenderer(noCutter).render(content);
    QVERIFY(bytes.endsWith(QByteArray("Tack!\n" + hex("1b6405"))));
    QVERIFY(!bytes.contains(hex("1d56")));
}

void TestEscPosRenderer::longNamesWrapAndFiguresAreWhole_data()
{
    QTest::addColumn<int>("paperMm");
    QTest::addColumn<int>("columns");
    QTest::newRow("80 mm") << 80 << 48;
    QTest::newRow("58 mm") << 58 << 32;
}

void TestEscPosRenderer::longNamesWrapAndFiguresAreWhole()
{
    QFETCH(int, paperMm);
    QFETCH(int, columns);
    const PrinterProfile profile = PrinterProfile::forPaper(paperMm);
    QCOMPARE(profile.columns, columns);
    const ReceiptContent content = saleReceipt(samples::receiptSale(), samples::receiptSettings());
    const QByteArray bytes = EscPosRenderer(profile).render(content);
    const QList<QByteArray> lines = textLines(bytes);
    for (const QByteArray &line : lines)
        QVERIFY2(line.size() <= columns, line.constData());
    // The same lines as core's layout for the width (the PDF's rules).
    QList<QByteArray> expected;
    for (const ReceiptLine &line : layoutReceipt(content, columns, true)) {
        if (line.kind == ReceiptLine::Kind::Text)
            expected.append(encodeForCodePage(line.text, CodePage::Pc865).trimmed());
    }
    QList<QByteArray> printed;
    for (const QByteArray &line : lines)
        printed.append(line.trimmed());
    QCOMPARE(printed, expected);
    // The juice's name wrapped over two lines at least, its price whole at the end of one.
    const auto juice = std::find_if(lines.begin(), lines.end(),
                                    [](const QByteArray &l) { return l.startsWith("Ekologisk"); });
    QVERIFY(juice != lines.end());
    QVERIFY(!juice->endsWith("49.90"));
    QVERIFY(
        std::any_of(juice, lines.end(), [](const QByteArray &l) { return l.endsWith(" 49.90"); }));
    QVERIFY(lines.contains(QByteArray("Change").leftJustified(columns - 6, ' ') + "100.00"));
}

void TestEscPosRenderer::logoIsRasterImage()
{
    // 20 × 3: a black bar in the left half of the middle row.
    QImage image(20, 3, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int x = 0; x < 10; ++x)
        image.setPixel(x, 1, qRgb(0, 0, 0));
    auto logo = MonoBitmap::fromPng(pngOf(image));
    QVERIFY(logo);
    EscPosRenderer renderer;
    renderer.setLogo(*logo);
    ReceiptContent content;
    content.addText(u"Shop"_s);
    const QByteArray bytes = renderer.render(content);
    // Centred, 3 bytes a row, 3 rows, after the initialisation.
    QVERIFY(bytes.startsWith(hex("1b40 1b7405 1b6101 1d763000 0300 0300 000000 ffc000 000000 0a")));

    // A logo wider than 58 mm paper is scaled down to its 384 dots.
    EscPosRenderer narrow(PrinterProfile::forPaper(58));
    narrow.setLogo(MonoBitmap(1000, 100));
    QVERIFY(narrow.render(content).contains(hex("1d763000 3000 2600")));
}

void TestEscPosRenderer::pngsOfEveryKindReadAsBlackAndWhite_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("mono") << int(QImage::Format_Mono);
    QTest::newRow("grey") << int(QImage::Format_Grayscale8);
    QTest::newRow("grey 16") << int(QImage::Format_Grayscale16);
    QTest::newRow("palette") << int(QImage::Format_Indexed8);
    QTest::newRow("rgb") << int(QImage::Format_RGB32);
    QTest::newRow("rgba") << int(QImage::Format_ARGB32);
    QTest::newRow("rgba 64") << int(QImage::Format_RGBA64);
}

void TestEscPosRenderer::pngsOfEveryKindReadAsBlackAndWhite()
{
    QFETCH(int, format);
    // A dark "K" of blocks on white, a transparent corner (white on paper).
    QImage source(37, 23, QImage::Format_ARGB32);
    source.fill(Qt::white);
    const auto fill = [&source](int left, int top, int width, int height, QRgb colour) {
        for (int y = top; y < top + height; ++y)
            for (int x = left; x < left + width; ++x)
                source.setPixel(x, y, colour);
    };
    fill(3, 2, 6, 19, qRgb(0, 0, 0));
    fill(9, 9, 20, 4, qRgb(40, 40, 120));
    fill(20, 14, 12, 7, qRgb(0, 128, 0));
    fill(30, 0, 7, 5, qRgba(0, 0, 0, 0));
    const QImage converted =
        source.convertToFormat(QImage::Format(format), Qt::ThresholdDither | Qt::AvoidDither);
    auto bitmap = MonoBitmap::fromPng(pngOf(converted));
    QVERIFY2(bitmap, bitmap ? "" : qPrintable(bitmap.error().detail));
    QCOMPARE(bitmap->width(), 37);
    QCOMPARE(bitmap->height(), 23);
    const QImage expected = converted.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < 23; ++y) {
        for (int x = 0; x < 37; ++x) {
            const QRgb p = expected.pixel(x, y);
            const int grey = (299 * qRed(p) + 587 * qGreen(p) + 114 * qBlue(p)) / 1000;
            const int onPaper = (grey * qAlpha(p) + 255 * (255 - qAlpha(p))) / 255;
            QVERIFY2(bitmap->pixel(x, y) == (onPaper < 128), qPrintable(u"%1,%2"_s.arg(x).arg(y)));
        }
    }
    QVERIFY(bitmap->pixel(5, 10));
    if (converted.hasAlphaChannel())
        QVERIFY(!bitmap->pixel(33, 2));
}

void TestEscPosRenderer::notAPngIsRefused()
{
    QVERIFY(!MonoBitmap::fromPng("GIF89a"));
    QByteArray png = pngOf(QImage(8, 8, QImage::Format_RGB32));
    png.truncate(png.size() - 30); // cut inside the image data
    const auto cut = MonoBitmap::fromPng(png);
    QVERIFY(!cut);
    QVERIFY(cut.error().detail.contains(u"PNG"_s));
    QVERIFY(!MonoBitmap::loadPng(u"/nonexistent/logo.png"_s));
}

void TestEscPosRenderer::drawerKickUsesPinAndPulse()
{
    PrinterProfile profile;
    QCOMPARE(EscPosRenderer(profile).drawerKick(), hex("1b70 00 32 64"));
    profile.drawerPin = 5;
    profile.drawerPulseMs = 120;
    QCOMPARE(EscPosRenderer(profile).drawerKick(), hex("1b70 01 3c 78"));
    QCOMPARE(escpos::drawerKick(2, 400), hex("1b70 00 c8 ff"));
}

QTEST_GUILESS_MAIN(TestEscPosRenderer)
#include "tst_escposrenderer.moc"
