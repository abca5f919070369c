#include "ui/hourchartwidget.h"

#include <QTest>

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

QTEST_MAIN(TestHourChart)
#include "tst_hourchart.moc"
