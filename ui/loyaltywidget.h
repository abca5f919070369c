#pragma once

#include "ui/managercontext.h"
#include "ui/outcomelabel.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kassa::ui {

// The manager's page for the shop's loyalty programmes and coupons: the
// list, a programme added (token type, card pattern, friendly name, a
// percentage off — of the whole sale or of chosen product groups — or
// points only) or a coupon (a code or a series' pattern, amount or
// percentage off), the one chosen in the list removed or blocked (and
// unblocked), and one code of a series blocked by itself. The same core calls as
// `kassa-cli loyalty` and `kassa-cli coupon` (LoyaltyConfig's add and
// remove, which refuse bad input with the reason); saved in the till's
// configuration and used from the next scan on (tillChanged()).
class LoyaltyWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoyaltyWidget)

public:
    explicit LoyaltyWidget(ManagerContext context, QWidget *parent = nullptr);

    // One line per programme and coupon, as listed.
    QStringList entries() const;
    QString resultText() const;
    QLineEdit *idField() const { return m_id; }
    QLineEdit *patternField() const { return m_pattern; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *percentField() const { return m_percent; }
    QCheckBox *pointsBox() const { return m_points; }
    QLineEdit *groupsField() const { return m_groups; }
    QLineEdit *couponCodeField() const { return m_code; }
    QCheckBox *couponPatternBox() const { return m_codeIsPattern; }
    QLineEdit *couponOffField() const { return m_off; }
    QListWidget *list() const { return m_list; }

    void addProgramme();
    void addCoupon();
    void removeChosen();
    // Blocks the chosen coupon, or unblocks it when it is blocked.
    void blockChosen();
    // Blocks the code typed in the coupon's code field (one of a series too).
    void blockTypedCode();

Q_SIGNALS:
    void tillChanged();

private:
    void refresh();
    // Saves `loyalty` in the till's configuration and says `done` (or why not).
    void save(const loyalty::LoyaltyConfig &loyalty, const QString &done);
    void setBlocked(const QString &code, bool blocked);

    ManagerContext m_context;
    QListWidget *m_list;
    QLineEdit *m_id;
    QLineEdit *m_pattern;
    QLineEdit *m_name;
    QLineEdit *m_percent;
    QCheckBox *m_points;
    QLineEdit *m_groups;
    QLineEdit *m_code;
    QCheckBox *m_codeIsPattern;
    QLineEdit *m_off;
    OutcomeLabel *m_result;
};

} // namespace kassa::ui
