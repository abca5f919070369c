#include "core/catalog/catalog.h"
#include "core/ordering/orderqueue.h"
#include "core/sale/cart.h"
#include "ui/customerdisplaywindow.h"
#include "ui/orderqueuewidget.h"

#include <QLabel>
#include <QTest>

using namespace kassa;
using namespace Qt::StringLiterals;

namespace {

// What a customer printed on a code, or a product imported with markup in
// its name: rich text would draw an image, a link, big red words.
const QString kMarkup = u"<img src=\"/etc/kassa.png\"><b style=\"color:red\">PAID</b>"_s;

// Every label of the widget, with its text format and text.
QStringList nonPlainLabels(const QWidget &widget)
{
    QStringList found;
    for (const QLabel *label : widget.findChildren<QLabel *>()) {
        if (label->textFormat() != Qt::PlainText)
            found << label->objectName() + u": "_s + label->text();
    }
    return found;
}

bool showsLiterally(const QWidget &widget, const QString &text)
{
    for (const QLabel *label : widget.findChildren<QLabel *>()) {
        if (label->text().contains(text) && label->textFormat() == Qt::PlainText)
            return true;
    }
    return false;
}

} // namespace

// Text from outside the till (a customer's place via SEQR, product names,
// the shop's name) is shown as those characters on the till's screens,
// never rendered as markup: every label is plain text.
class TestPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderQueueShowsAPlaceWithMarkupAsText();
    void customerDisplayShowsNamesWithMarkupAsText();
};

void TestPlainText::orderQueueShowsAPlaceWithMarkupAsText()
{
    ordering::OrderQueue queue;
    ordering::ServiceOrder order;
    order.seq = 1;
    order.saleId = 7;
    order.invoiceReference = u"INV-1"_s;
    order.place = kMarkup;
    order.state = ordering::ServiceOrder::State::Paid;
    order.orderNumber = 12;
    order.rows = {{u"<i>Kaffe</i>"_s, u"1"_s, Money(1590, Currency::sek())}};
    order.total = Money(1590, Currency::sek());
    order.paidAt = QDateTime::currentDateTimeUtc();
    queue.applySnapshot({order}, 1);
    ui::OrderQueueWidget widget(&queue, QLocale(QLocale::Swedish, QLocale::Sweden));
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY2(nonPlainLabels(widget).isEmpty(), qPrintable(nonPlainLabels(widget).join(u'\n')));
    // The place and the rows are shown as the characters they are.
    QVERIFY(showsLiterally(widget, u" · "_s + kMarkup));
    QVERIFY(showsLiterally(widget, u"<i>Kaffe</i>"_s));
}

void TestPlainText::customerDisplayShowsNamesWithMarkupAsText()
{
    Cart cart(Currency::sek());
    catalog::Product product;
    product.ean = u"7350000000000"_s;
    product.name = kMarkup;
    product.unitPrice = Money(1590, Currency::sek());
    QVERIFY(cart.addProduct(product));
    ui::CustomerDisplayWindow window(&cart, kMarkup, QLocale(QLocale::Swedish, QLocale::Sweden));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(nonPlainLabels(window).isEmpty(), qPrintable(nonPlainLabels(window).join(u'\n')));
    QVERIFY(showsLiterally(window, kMarkup)); // the shop's name
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
