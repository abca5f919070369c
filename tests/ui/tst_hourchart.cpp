#include "ui/hourchartwidget.h"

#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

using namespace kassa;
using namespace kassa::ui;
using namespace Qt::StringLiterals;

// The end of day's sales per hour (issue 27 item 11): the value axis speaks
// the manager's language.
class TestHourChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void axisNumbersAreInTheManagersLocale();
    void axisLabelsAreNeverCutInANarrowWindow_data();
    void axisLabelsAreNeverCutInANarrowWindow();
};

void TestHourChart::axisNumbersAreInTheManagersLocale()
{
    ZReport report;
    report.currency = Currency::sek();
    report.salesPerHour[9] = 150000; // 1 500,00 kr
    report.salesPerHour[10] = 42050;
    HourChartWidget chart;
    chart.setLocale(QLocale(QLocale::Swedish, QLocale::Sweden));
    chart.setReport(report);
    const QString nbsp(QChar(0x00a0));
    // Steps of 500,00 up to the top: Swedish decimal comma and digit groups.
    QCOMPARE(chart.tickLabels(), (QStringList{u"0,00"_s, u"500,00"_s, u"1"_s + nbsp + u"000,00"_s,
                                              u"1"_s + nbsp + u"500,00"_s}));
    chart.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(chart.tickLabels().last(), u"1,500.00"_s);
}

void TestHourChart::axisLabelsAreNeverCutInANarrowWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("sv") << u"sv"_s;
    QTest::newRow("en") << u"en"_s;
}

// Issue 27 item 11: however narrow the manager makes the window, every title,
// amount and hour of the chart is drawn whole (its text no wider than the
// room it is given, inside the widget), and no two hours overlap.
void TestHourChart::axisLabelsAreNeverCutInANarrowWindow()
{
    QFETCH(QString, language);
    QTranslator words;
    QVERIFY(words.load(u"kassa_"_s + language, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(&words));
    auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&words); });
    ZReport report;
    report.currency = Currency::sek();
    report.salesPerHour[7] = 12345678; // 123 456,78 kr
    report.countPerHour[7] = 40;
    report.salesPerHour[21] = 4200;
    report.countPerHour[21] = 1;
    HourChartWidget chart;
    chart.setLocale(language == u"sv" ? QLocale(QLocale::Swedish, QLocale::Sweden)
                                      : QLocale(QLocale::English, QLocale::UnitedKingdom));
    chart.setReport(report);
    chart.resize(60, 160);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(chart.width() >= chart.minimumWidth());
    const QString title = chart.valueAxisTitle();
    QVERIFY2(language == u"en" ? title == u"Sales (SEK)"_s : title != u"Sales (SEK)"_s,
             qPrintable(title));
    const QFontMetricsF metrics(chart.font());
    const QRectF area = QRectF(chart.rect()).adjusted(4, 4, -4, -4);
    const HourChartWidget::Layout layout = chart.layoutIn(metrics, area);
    QStringList hours;
    QRectF lastHour;
    for (const HourChartWidget::Text &t : layout.texts) {
        const QString where =
            t.text + u": "_s + QString::number(metrics.horizontalAdvance(t.text)) + u" in "_s +
            QString::number(t.rect.width()) + u" at "_s + QString::number(t.rect.left()) +
            u" of "_s + QString::number(chart.width());
        QVERIFY2(metrics.horizontalAdvance(t.text) <= t.rect.width(), qPrintable(where));
        QVERIFY2(QRectF(chart.rect()).contains(t.rect), qPrintable(where));
        if (t.text.size() == 2 && t.text.front().isDigit()) {
            QVERIFY2(lastHour.isNull() || lastHour.right() < t.rect.left(), qPrintable(where));
            lastHour = t.rect;
            hours.append(t.text);
        }
    }
    QVERIFY2(hours.size() >= 3 && hours.first() == u"07"_s, qPrintable(hours.join(u' ')));
    bool hasTop = false;
    for (const HourChartWidget::Text &t : layout.texts)
        hasTop = hasTop || t.text == chart.tickLabels().last();
    QVERIFY2(hasTop, qPrintable(chart.tickLabels().join(u" | "_s)));
}

QTEST_MAIN(TestHourChart)
#include "tst_hourchart.moc"
