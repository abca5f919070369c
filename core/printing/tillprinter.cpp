#include "core/printing/tillprinter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kassa::printing {

namespace {

struct PrinterText
{
    Q_DECLARE_TR_FUNCTIONS(PrinterText)
};

} // namespace

TillPrinter::TillPrinter(const PrinterSpec &spec, const PrinterProfile &profile, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_renderer(profile)
    , m_queue(new PrintQueue(spec, this))
{
    if (!profile.logoPath.isEmpty()) {
        if (auto logo = MonoBitmap::loadPng(profile.logoPath))
            m_renderer.setLogo(*logo);
        else
            m_logoProblem = logo.error().detail;
    }
}

Result<std::unique_ptr<TillPrinter>> TillPrinter::open(const QString &printer,
                                                       const PrinterProfile &profile)
{
    auto spec = PrinterSpec::parse(printer);
    if (!spec)
        return spec.error();
    if (!spec->isEscPos())
        return std::unique_ptr<TillPrinter>();
    return std::make_unique<TillPrinter>(*spec, profile);
}

QByteArray TillPrinter::receiptBytes(const ReceiptContent &content) const
{
    return m_renderer.render(content);
}

int TillPrinter::printReceipt(const ReceiptContent &content, const QString &title,
                              qint64 receiptNumber)
{
    return m_queue->submit(PrintJob::Kind::Receipt, m_renderer.render(content), title,
                           receiptNumber);
}

int TillPrinter::printTestPage()
{
    return m_queue->submit(PrintJob::Kind::Test,
                           m_renderer.render(testPage(m_spec, m_renderer.profile())),
                           PrinterText::tr("Test print"));
}

int TillPrinter::kickDrawer()
{
    return m_queue->submit(PrintJob::Kind::DrawerKick, m_renderer.drawerKick(),
                           PrinterText::tr("Cash drawer"));
}

std::function<void()> TillPrinter::drawerKickFunction()
{
    QPointer<TillPrinter> self(this);
    return [self] {
        if (self)
            self->kickDrawer();
    };
}

ReceiptContent testPage(const PrinterSpec &spec, const PrinterProfile &profile)
{
    ReceiptContent page;
    page.addMark(PrinterText::tr("TEST PRINT"));
    page.addText(u"Kassa "_s + QStringLiteral(KASSA_VERSION));
    page.addPair(PrinterText::tr("Printer"), spec.toString());
    page.addPair(PrinterText::tr("Paper"),
                 PrinterText::tr("%1 mm, %2 columns").arg(profile.paperMm).arg(profile.columns));
    QString ruler;
    for (int i = 1; i <= profile.columns; ++i)
        ruler += QChar(u'0' + i % 10);
    page.addText(ruler);
    page.addText(u"å ä ö Å Ä Ö é ü €"_s);
    page.addRule();
    page.addTotal(PrinterText::tr("TOTAL"), u"123.45"_s);
    page.addPair(
        PrinterText::tr("Drawer"),
        PrinterText::tr("pin %1, %2 ms").arg(profile.drawerPin).arg(profile.drawerPulseMs));
    page.addBarcode(u"1234567890128"_s);
    page.addQr(u"https://kassa.example.org/"_s);
    return page;
}

} // namespace kassa::printing
