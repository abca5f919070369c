#include "ui/qrcodewidget.h"

#include <QTest>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

using namespace kassa::ui;
using namespace Qt::StringLiterals;

// What a phone's camera would read from the widget, decoded by ZXing's reader.
class TestQrCodeWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phoneReadsTheInvoiceText_data();
    void phoneReadsTheInvoiceText();
    void modulesAreWholePixelsWithQuietZone();
    void renderedImageDecodes();
    void emptyTextShowsNothing();

private:
    static ZXing::Result decode(const QImage &image);
};

ZXing::Result TestQrCodeWidget::decode(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    return ZXing::ReadBarcode(view, hints);
}

void TestQrCodeWidget::phoneReadsTheInvoiceText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("size");
    QTest::newRow("invoice, display size") << u"HTTP://SEQR.SE/R1234567890"_s << QSize(640, 480);
    QTest::newRow("invoice, small window")
        << u"HTTP://SEQR.SE/R98765432101234"_s << QSize(150, 150);
    QTest::newRow("till sticker, wide") << u"HTTP://SEQR.SE/QLILLALIVS4"_s << QSize(1000, 300);
}

void TestQrCodeWidget::phoneReadsTheInvoiceText()
{
    QFETCH(QString, text);
    QFETCH(QSize, size);
    QrCodeWidget widget;
    widget.setText(text);
    widget.resize(size);
    const QImage shot = widget.grab().toImage();
    const ZXing::Result result = decode(shot);
    QVERIFY(result.isValid());
    QCOMPARE(QString::fromStdString(result.text()), text);
    QCOMPARE(QString::fromStdString(result.ecLevel()), u"M"_s);
}

void TestQrCodeWidget::modulesAreWholePixelsWithQuietZone()
{
    QrCodeWidget widget;
    widget.setText(u"HTTP://SEQR.SE/R1234567890"_s);
    widget.resize(437, 391);
    const QImage shot = widget.grab().toImage().convertToFormat(QImage::Format_Grayscale8);
    const int n = widget.moduleCount();
    const int px = widget.modulePixels();
    QCOMPARE(n, 25); // version 2: 26 alphanumeric characters at level M
    QCOMPARE(px, 391 / (25 + 8));
    // Only pure black and white: no smoothing, no scaling.
    int left = shot.width(), top = shot.height(), right = -1, bottom = -1;
    for (int y = 0; y < shot.height(); ++y) {
        const uchar *line = shot.constScanLine(y);
        for (int x = 0; x < shot.width(); ++x) {
            QVERIFY2(line[x] == 0 || line[x] == 255, "grey pixel");
            if (line[x] == 0) {
                left = qMin(left, x);
                right = qMax(right, x);
                top = qMin(top, y);
                bottom = qMax(bottom, y);
            }
        }
    }
    QCOMPARE(right - left + 1, n * px);
    QCOMPARE(bottom - top + 1, n * px);
    QVERIFY(top >= 4 * px && shot.height() - 1 - bottom >= 4 * px);
    QVERIFY(left >= 4 * px && shot.width() - 1 - right >= 4 * px);
}

void TestQrCodeWidget::renderedImageDecodes()
{
    const QImage image = QrCodeWidget::render(u"HTTP://SEQR.SE/R555"_s, 3);
    QCOMPARE(image.width(), (21 + 8) * 3);
    const ZXing::Result result = decode(image);
    QCOMPARE(QString::fromStdString(result.text()), u"HTTP://SEQR.SE/R555"_s);
}

void TestQrCodeWidget::emptyTextShowsNothing()
{
    QrCodeWidget widget;
    widget.resize(200, 200);
    QCOMPARE(widget.moduleCount(), 0);
    QVERIFY(!decode(widget.grab().toImage()).isValid());
}

QTEST_MAIN(TestQrCodeWidget)
#include "tst_qrcodewidget.moc"
