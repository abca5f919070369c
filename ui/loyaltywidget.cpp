#include "ui/loyaltywidget.h"

#include "ui/outcomelabel.h"
#include "ui/plainlabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

constexpr int KeyRole = Qt::UserRole;
constexpr int IsCouponRole = Qt::UserRole + 1;

} // namespace

LoyaltyWidget::LoyaltyWidget(ManagerContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_list(new QListWidget(this))
    , m_id(new QLineEdit(this))
    , m_pattern(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_percent(new QLineEdit(this))
    , m_points(new QCheckBox(tr("Points only (one point per whole krona paid)"), this))
    , m_groups(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_codeIsPattern(new QCheckBox(tr("The code is a pattern for a series of codes"), this))
    , m_off(new QLineEdit(this))
    , m_result(new OutcomeLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PlainLabel(tr("The shop's loyalty programmes and coupons:"), this));
    layout->addWidget(m_list, 1);
    auto *remove = new QPushButton(tr("Remove the chosen one"), this);
    auto *block = new QPushButton(tr("Block or unblock the chosen coupon"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(remove);
    listButtons->addWidget(block);
    layout->addLayout(listButtons);

    auto *programme = new QGroupBox(tr("Add a loyalty programme"), this);
    auto *pform = new QFormLayout(programme);
    m_id->setPlaceholderText(QStringLiteral("X_CARD"));
    m_pattern->setPlaceholderText(QStringLiteral("7777\\d{6}"));
    m_percent->setPlaceholderText(QStringLiteral("10"));
    pform->addRow(tr("Token type"), m_id);
    pform->addRow(tr("Card numbers (pattern)"), m_pattern);
    pform->addRow(tr("Name on receipts"), m_name);
    pform->addRow(tr("Percent off"), m_percent);
    m_groups->setPlaceholderText(tr("e.g. 7350001, C2 (empty: the whole sale)"));
    pform->addRow(tr("Only product groups (SKU or EAN prefixes)"), m_groups);
    pform->addRow(QString(), m_points);
    auto *addProgrammeButton = new QPushButton(tr("Add programme"), programme);
    pform->addRow(QString(), addProgrammeButton);
    layout->addWidget(programme);

    auto *coupon = new QGroupBox(tr("Add a coupon"), this);
    auto *cform = new QFormLayout(coupon);
    m_off->setPlaceholderText(tr("50.00 or 10%"));
    cform->addRow(tr("Code"), m_code);
    cform->addRow(QString(), m_codeIsPattern);
    cform->addRow(tr("Off (an amount or a percentage)"), m_off);
    auto *addCouponButton = new QPushButton(tr("Add coupon"), coupon);
    auto *blockCodeButton = new QPushButton(tr("Block this code"), coupon);
    auto *couponButtons = new QHBoxLayout;
    couponButtons->addWidget(addCouponButton);
    couponButtons->addWidget(blockCodeButton);
    cform->addRow(QString(), couponButtons);
    layout->addWidget(coupon);
    layout->addWidget(m_result);

    connect(m_points, &QCheckBox::toggled, m_percent, &QWidget::setDisabled);
    connect(m_points, &QCheckBox::toggled, m_groups, &QWidget::setDisabled);
    connect(block, &QPushButton::clicked, this, &LoyaltyWidget::blockChosen);
    connect(blockCodeButton, &QPushButton::clicked, this, &LoyaltyWidget::blockTypedCode);
    connect(addProgrammeButton, &QPushButton::clicked, this, &LoyaltyWidget::addProgramme);
    connect(addCouponButton, &QPushButton::clicked, this, &LoyaltyWidget::addCoupon);
    connect(remove, &QPushButton::clicked, this, &LoyaltyWidget::removeChosen);
    refresh();
}

void LoyaltyWidget::refresh()
{
    m_list->clear();
    const loyalty::LoyaltyConfig &config = m_context.till->loyalty;
    for (const loyalty::Programme &p : config.programmes) {
        const QString rule = p.rule == loyalty::Programme::Rule::Points ? tr("points only")
                             : p.groups.isEmpty() ? tr("%1 % off").arg(p.percent.toString())
                                                  : tr("%1 % off product groups %2")
                                                        .arg(p.percent.toString(),
                                                             p.groups.join(QStringLiteral(", ")));
        auto *item = new QListWidgetItem(
            tr("Programme %1 (%2): cards %3, %4").arg(p.name, p.id, p.pattern, rule), m_list);
        item->setData(KeyRole, p.id);
        item->setData(IsCouponRole, false);
    }
    for (const loyalty::Coupon &c : config.coupons) {
        const QString code = c.code.isEmpty() ? c.pattern : c.code;
        const QString off = c.amount.isPositive() ? c.amount.toLocalizedString(m_context.locale)
                                                  : c.percent.toString() + u" %";
        auto *item =
            new QListWidgetItem(c.blocked ? tr("Coupon %1: %2 off (blocked)").arg(code, off)
                                          : tr("Coupon %1: %2 off, once per code").arg(code, off),
                                m_list);
        item->setData(KeyRole, code);
        item->setData(IsCouponRole, true);
    }
    if (m_list->count() == 0)
        m_list->addItem(tr("None: the till has no loyalty flow."));
}

QStringList LoyaltyWidget::entries() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

QString LoyaltyWidget::resultText() const
{
    return m_result->text();
}

void LoyaltyWidget::save(const loyalty::LoyaltyConfig &loyalty, const QString &done)
{
    TillConfig changed = *m_context.till;
    changed.loyalty = loyalty;
    if (const Status saved = changed.save(m_context.configPath); !saved) {
        m_result->say(tr("Not saved: %1").arg(saved.error().detail), true);
        return;
    }
    *m_context.till = changed;
    refresh();
    m_result->say(done, false);
    Q_EMIT tillChanged();
}

void LoyaltyWidget::addProgramme()
{
    loyalty::Programme p;
    p.id = m_id->text().trimmed();
    p.pattern = m_pattern->text().trimmed();
    p.name = m_name->text().trimmed();
    if (m_points->isChecked()) {
        p.rule = loyalty::Programme::Rule::Points;
    } else {
        auto percent = Decimal::parse(m_percent->text().trimmed().replace(u',', u'.'));
        if (!percent) {
            m_result->say(tr("Type the percent off as a number, like 10, or choose points only."),
                          true);
            return;
        }
        p.percent = *percent;
        const QStringList groups = m_groups->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &g : groups)
            if (!g.trimmed().isEmpty())
                p.groups.append(g.trimmed());
    }
    loyalty::LoyaltyConfig config = m_context.till->loyalty;
    if (const Status added = config.addProgramme(p); !added) {
        m_result->say(tr("The programme cannot be added: %1").arg(added.error().detail), true);
        return;
    }
    save(config, tr("Programme %1 saved: its cards are recognised at the next scan.").arg(p.name));
}

void LoyaltyWidget::addCoupon()
{
    loyalty::Coupon c;
    (m_codeIsPattern->isChecked() ? c.pattern : c.code) = m_code->text().trimmed();
    const QString off = m_off->text().trimmed();
    const auto currency = Currency::fromCode(m_context.till->currency);
    c.amount = Money(0, currency ? *currency : Currency::sek());
    if (off.endsWith(u'%')) {
        auto percent = Decimal::parse(off.chopped(1).trimmed().replace(u',', u'.'));
        if (percent)
            c.percent = *percent;
    } else if (auto amount = Money::parseLocalized(off, c.amount.currency(), m_context.locale)) {
        c.amount = *amount;
    }
    if (!c.amount.isPositive() && c.percent.isZero()) {
        m_result->say(
            tr("Type what the coupon takes off: an amount like 50.00 or a percentage like 10%."),
            true);
        return;
    }
    loyalty::LoyaltyConfig config = m_context.till->loyalty;
    if (const Status added = config.addCoupon(c); !added) {
        m_result->say(tr("The coupon cannot be added: %1").arg(added.error().detail), true);
        return;
    }
    save(config, c.code.isEmpty()
                     ? tr("Coupon series %1 saved: each code good once.").arg(c.pattern)
                     : tr("Coupon %1 saved: good once.").arg(c.code));
}

void LoyaltyWidget::setBlocked(const QString &code, bool blocked)
{
    loyalty::LoyaltyConfig config = m_context.till->loyalty;
    if (const Status done = config.setCouponBlocked(code, blocked); !done) {
        m_result->say(tr("The coupon cannot be changed: %1").arg(done.error().detail), true);
        return;
    }
    save(config, blocked ? tr("Coupon %1 blocked: it is refused from now on.").arg(code)
                         : tr("Coupon %1 unblocked.").arg(code));
}

void LoyaltyWidget::blockChosen()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(IsCouponRole).toBool()) {
        m_result->say(tr("Choose a coupon in the list first."), true);
        return;
    }
    const QString key = item->data(KeyRole).toString();
    const loyalty::LoyaltyConfig &config = m_context.till->loyalty;
    bool blocked = false;
    for (const loyalty::Coupon &c : config.coupons)
        if ((c.code.isEmpty() ? c.pattern : c.code) == key)
            blocked = c.blocked;
    setBlocked(key, !blocked);
}

void LoyaltyWidget::blockTypedCode()
{
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        m_result->say(tr("Type the coupon's code first."), true);
        return;
    }
    setBlocked(code, true);
}

void LoyaltyWidget::removeChosen()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(KeyRole).toString().isEmpty()) {
        m_result->say(tr("Choose a programme or coupon in the list first."), true);
        return;
    }
    const QString key = item->data(KeyRole).toString();
    loyalty::LoyaltyConfig config = m_context.till->loyalty;
    const bool coupon = item->data(IsCouponRole).toBool();
    if (coupon ? !config.removeCoupon(key) : !config.removeProgramme(key))
        return;
    save(config, coupon ? tr("Coupon %1 removed.").arg(key) : tr("Programme %1 removed.").arg(key));
}

} // namespace kassa::ui
