#include "core/printing/escposrenderer.h"

#include "core/printing/escposcommands.h"
#include "core/receipt/receiptlayout.h"

namespace kassa::printing {

namespace {

constexpr int kBarcodeHeight = 80; // dots: 10 mm at 203 dpi

// The printer's text style, sent only when it changes.
struct Style
{
    bool bold = false;
    bool large = false;
    int alignment = 0;
};

void applyStyle(QByteArray &out, Style &current, const Style &wanted)
{
    if (current.bold != wanted.bold)
        out += escpos::bold(wanted.bold);
    if (current.large != wanted.large)
        out += escpos::doubleSize(wanted.large);
    if (current.alignment != wanted.alignment)
        out += escpos::align(wanted.alignment);
    current = wanted;
}

QString trimmedRight(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1] == u' ')
        --end;
    return text.left(end);
}

} // namespace

EscPosRenderer::EscPosRenderer(PrinterProfile profile)
    : m_profile(std::move(profile))
{}

void EscPosRenderer::setLogo(const MonoBitmap &logo)
{
    m_logo = logo.scaledToWidth(m_profile.dots);
}

CodePage EscPosRenderer::codePageFor(const ReceiptContent &content) const
{
    switch (m_profile.codePage) {
    case PrinterProfile::CodePageChoice::Pc865:
        return CodePage::Pc865;
    case PrinterProfile::CodePageChoice::Pc858:
        return CodePage::Pc858;
    case PrinterProfile::CodePageChoice::Auto:
        break;
    }
    const QString all = content.allText();
    return codePageCovers(CodePage::Pc865, all) || !codePageCovers(CodePage::Pc858, all)
               ? CodePage::Pc865
               : CodePage::Pc858;
}

QByteArray EscPosRenderer::render(const ReceiptContent &content) const
{
    const CodePage page = codePageFor(content);
    QByteArray out = escpos::initialize(page);
    out.reserve(4096 + m_logo.bits().size());
    Style style;
    if (!m_logo.isNull()) {
        applyStyle(out, style, Style{false, false, 1});
        out += escpos::rasterImage(m_logo);
        out += escpos::LF;
    }
    for (const ReceiptLine &line : layoutReceipt(content, m_profile.columns, true)) {
        switch (line.kind) {
        case ReceiptLine::Kind::Text:
            applyStyle(out, style, Style{line.bold, line.large, line.centered ? 1 : 0});
            out += encodeForCodePage(trimmedRight(line.text), page);
            out += escpos::LF;
            break;
        case ReceiptLine::Kind::Barcode:
            applyStyle(out, style, Style{false, false, 1});
            appendBarcode(out, line.text);
            break;
        case ReceiptLine::Kind::Qr:
            applyStyle(out, style, Style{false, false, 1});
            appendQr(out, line.text);
            break;
        }
    }
    applyStyle(out, style, Style{});
    out += m_profile.cutter ? escpos::partialCut() : escpos::feedLines(5);
    return out;
}

void EscPosRenderer::appendBarcode(QByteArray &out, const QString &data) const
{
    const QByteArray ascii = data.toLatin1();
    const int modules = escpos::code128Modules(ascii);
    for (int width = 3; width >= 1; --width) {
        if (modules * width <= m_profile.dots) {
            out += escpos::code128(ascii, width, kBarcodeHeight);
            out += escpos::LF;
            return;
        }
    }
    // Too long to scan on this paper: its characters alone (the receipt
    // carries them in words as well).
    out += encodeForCodePage(data, CodePage::Pc865);
    out += escpos::LF;
}

void EscPosRenderer::appendQr(QByteArray &out, const QString &data) const
{
    out += escpos::qrCode(data.toUtf8(), m_profile.dots >= 512 ? 6 : 4);
    out += escpos::LF;
}

QByteArray EscPosRenderer::drawerKick() const
{
    return escpos::drawerKick(m_profile.drawerPin, m_profile.drawerPulseMs);
}

} // namespace kassa::printing
