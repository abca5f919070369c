// The manager's page for loyalty programmes and coupons, offscreen, in the
// real manager window with a real configuration file: programmes and
// coupons added, listed and removed with the same core calls as kassa-cli,
// bad input refused with the reason, and what is saved recognised by the
// cashier's scans.
#include "ui/managerwindow.h"

#include "core/checkout/scaninterpreter.h"
#include "tests/support/managerfixture.h"
#include "ui/loyaltywidget.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::ui;
using namespace Qt::StringLiterals;

class TestLoyaltyPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addListAndRemoveProgrammesAndCoupons();
    void badInputIsRefusedWithTheReason();
    void productGroupsSeriesAndBlockedCoupons();

private:
    void makeWindow();
    TillConfig saved() const;
    // What the manager types for a programme: its ID, card pattern, name,
    // percent off and product groups (an empty one left empty), then Add.
    struct Programme
    {
        QString id;
        QString pattern;
        QString name;
        QString percent;
        QString groups;
    };
    void addProgramme(LoyaltyWidget *page, const Programme &programme);
    // A coupon's code (or pattern) and what it takes off typed, then Add.
    void addCoupon(LoyaltyWidget *page, const QString &code, const QString &off);

    std::unique_ptr<ManagerFixture> m_shop;
    std::unique_ptr<ManagerWindow> m_window;
};

void TestLoyaltyPage::init()
{
    m_shop = std::make_unique<ManagerFixture>();
    QVERIFY2(m_shop->problem().isEmpty(), qPrintable(m_shop->problem()));
    m_shop->keepFilesWhenAsked();
}

void TestLoyaltyPage::cleanup()
{
    m_window.reset();
    m_shop.reset();
}

void TestLoyaltyPage::makeWindow()
{
    ManagerContext context = m_shop->context();
    m_window = std::make_unique<ManagerWindow>(context, ReconcilerTiming{100, 100, 10});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

TillConfig TestLoyaltyPage::saved() const
{
    auto config = TillConfig::load(m_shop->path(u"till.json"_s));
    return config ? *config : TillConfig();
}

void TestLoyaltyPage::addProgramme(LoyaltyWidget *page, const Programme &programme)
{
    QTest::keyClicks(page->idField(), programme.id);
    QTest::keyClicks(page->patternField(), programme.pattern);
    QTest::keyClicks(page->nameField(), programme.name);
    QTest::keyClicks(page->percentField(), programme.percent);
    QTest::keyClicks(page->groupsField(), programme.groups);
    page->addProgramme();
}

void TestLoyaltyPage::addCoupon(LoyaltyWidget *page, const QString &code, const QString &off)
{
    QTest::keyClicks(page->couponCodeField(), code);
    QTest::keyClicks(page->couponOffField(), off);
    page->addCoupon();
}

void TestLoyaltyPage::addListAndRemoveProgrammesAndCoupons()
{
    makeWindow();
    auto *tabs = m_window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    const int tab = tabs->indexOf(m_window->loyalty());
    QVERIFY(tab >= 0);
    QCOMPARE(tabs->tabText(tab), u"Loyalty && coupons"_s);
    tabs->setCurrentIndex(tab);
    LoyaltyWidget *page = m_window->loyalty();
    QCOMPARE(page->entries(), QStringList{u"None: the till has no loyalty flow."_s});
    QSignalSpy changed(page, &LoyaltyWidget::tillChanged);

    addProgramme(page, {u"X_CARD"_s, u"7777\\d{6}"_s, u"Kassa Club"_s, u"10"_s, {}});
    QCOMPARE(page->resultText(),
             u"Programme Kassa Club saved: its cards are recognised at the next scan."_s);
    addCoupon(page, u"SPRING50"_s, u"50.00"_s);
    QCOMPARE(page->resultText(), u"Coupon SPRING50 saved: good once."_s);
    QCOMPARE(page->entries(),
             (QStringList{u"Programme Kassa Club (X_CARD): cards 7777\\d{6}, 10 % off"_s,
                          u"Coupon SPRING50: 50.00 off, once per code"_s}));
    QCOMPARE(changed.size(), 2);
    // Saved in the till's configuration, as kassa-cli's loyalty add saves it.
    const TillConfig file = saved();
    QCOMPARE(file.loyalty.programmes.size(), 1);
    QCOMPARE(file.loyalty.programmes.first().name, u"Kassa Club"_s);
    QCOMPARE(file.loyalty.coupons.first().amount, Money(5000, Currency::sek()));
    // The cashier's scans know them at once.
    const ScanInterpreter scans(nullptr, &m_shop->till()->loyalty);
    QCOMPARE(scans.interpret(u"7777123456"_s).kind, ScanMeaning::Kind::LoyaltyCard);
    QCOMPARE(scans.interpret(u"spring50"_s).kind, ScanMeaning::Kind::Coupon);

    page->list()->setCurrentRow(0);
    page->removeChosen();
    QCOMPARE(page->resultText(), u"Programme X_CARD removed."_s);
    QCOMPARE(page->entries(), QStringList{u"Coupon SPRING50: 50.00 off, once per code"_s});
    QVERIFY(saved().loyalty.programmes.isEmpty());
}

void TestLoyaltyPage::badInputIsRefusedWithTheReason()
{
    makeWindow();
    LoyaltyWidget *page = m_window->loyalty();
    addProgramme(page, {u"X_CARD"_s, u"7777(\\d"_s, u"Kassa Club"_s, u"ten"_s, {}});
    QCOMPARE(page->resultText(),
             u"Type the percent off as a number, like 10, or choose points only."_s);
    page->pointsBox()->setChecked(true);
    page->addProgramme();
    QVERIFY2(page->resultText().startsWith(u"The programme cannot be added: "_s),
             qPrintable(page->resultText()));
    addCoupon(page, u"SPRING50"_s, u"lots"_s);
    QCOMPARE(page->resultText(), u"Type what the coupon takes off: an amount like 50.00 or a "
                                 "percentage like 10%."_s);
    QCOMPARE(page->entries(), QStringList{u"None: the till has no loyalty flow."_s});
    QVERIFY(!QFile::exists(m_shop->path(u"till.json"_s)) || saved().loyalty.programmes.isEmpty());
}

// Issue 31: the tab does what kassa-cli does: a programme limited to
// product groups, a coupon series by pattern, one code of the series
// blocked by itself, and a chosen coupon blocked and unblocked.
void TestLoyaltyPage::productGroupsSeriesAndBlockedCoupons()
{
    makeWindow();
    LoyaltyWidget *page = m_window->loyalty();
    addProgramme(page, {u"X_DELI"_s, u"8888\\d{4}"_s, u"Deli Club"_s, u"15"_s, u"C2, 7350001"_s});
    QCOMPARE(page->resultText(),
             u"Programme Deli Club saved: its cards are recognised at the next scan."_s);
    QCOMPARE(saved().loyalty.programmes.first().groups, (QStringList{u"C2"_s, u"7350001"_s}));

    page->couponPatternBox()->setChecked(true);
    addCoupon(page, u"VAR\\d{4}"_s, u"10%"_s);
    QCOMPARE(page->resultText(), u"Coupon series VAR\\d{4} saved: each code good once."_s);

    page->couponCodeField()->clear();
    QTest::keyClicks(page->couponCodeField(), u"VAR0005"_s);
    page->blockTypedCode();
    QCOMPARE(page->resultText(), u"Coupon VAR0005 blocked: it is refused from now on."_s);
    QCOMPARE(
        page->entries(),
        (QStringList{u"Programme Deli Club (X_DELI): cards 8888\\d{4}, 15 % off product groups C2, "
                     "7350001"_s,
                     u"Coupon VAR0005: 10 % off (blocked)"_s,
                     u"Coupon VAR\\d{4}: 10 % off, once per code"_s}));
    const TillConfig file = saved();
    QVERIFY(file.loyalty.couponFor(u"VAR0005"_s)->blocked);
    QVERIFY(!file.loyalty.couponFor(u"VAR0006"_s)->blocked);

    // The series chosen in the list: blocked, then unblocked.
    page->list()->setCurrentRow(2);
    page->blockChosen();
    QCOMPARE(page->resultText(), u"Coupon VAR\\d{4} blocked: it is refused from now on."_s);
    QCOMPARE(page->entries().value(2), u"Coupon VAR\\d{4}: 10 % off (blocked)"_s);
    QVERIFY(saved().loyalty.couponFor(u"VAR0006"_s)->blocked);
    page->list()->setCurrentRow(2);
    page->blockChosen();
    QCOMPARE(page->resultText(), u"Coupon VAR\\d{4} unblocked."_s);
    QVERIFY(!saved().loyalty.couponFor(u"VAR0006"_s)->blocked);
    // A programme is not a coupon.
    page->list()->setCurrentRow(0);
    page->blockChosen();
    QCOMPARE(page->resultText(), u"Choose a coupon in the list first."_s);
}

QTEST_MAIN(TestLoyaltyPage)
#include "tst_loyaltypage.moc"
