#pragma once

#include "ui/managercontext.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kassa::ui {

// The manager's page for the shop's loyalty programmes and coupons: the
// list, a programme added (token type, card pattern, friendly name, a
// percentage off or points only) or a coupon (code, amount or percentage
// off), and the one chosen in the list removed. The same core calls as
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
    QLineEdit *couponCodeField() const { return m_code; }
    QLineEdit *couponOffField() const { return m_off; }
    QListWidget *list() const { return m_list; }

    void addProgramme();
    void addCoupon();
    void removeChosen();

Q_SIGNALS:
    void tillChanged();

private:
    void refresh();
    // Saves `loyalty` in the till's configuration and says `done` (or why not).
    void save(const loyalty::LoyaltyConfig &loyalty, const QString &done);
    void say(const QString &text, bool problem);

    ManagerContext m_context;
    QListWidget *m_list;
    QLineEdit *m_id;
    QLineEdit *m_pattern;
    QLineEdit *m_name;
    QLineEdit *m_percent;
    QCheckBox *m_points;
    QLineEdit *m_code;
    QLineEdit *m_off;
    QLabel *m_result;
};

} // namespace kassa::ui
