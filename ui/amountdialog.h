#pragma once

#include "ui/outcomelabel.h"

#include <QDialog>

#include <functional>

class QLineEdit;

namespace kassa::ui {

// Asks for one value (a quantity, a weight, an amount of cash, a discount, a
// receipt number). `check` returns a sentence for the cashier when the text
// is not acceptable; the dialog then stays open with the sentence shown, so
// nothing typed is lost. Opened with open(); accepted() means value() passed.
class AmountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmountDialog)

public:
    using Check = std::function<QString(const QString &)>;

    AmountDialog(const QString &title, const QString &prompt, const QString &initial, Check check,
                 QWidget *parent = nullptr);

    QString value() const;
    QLineEdit *lineEdit() const { return m_edit; }
    QString problem() const;
    // `doubt` returns a question for a value that is allowed but unlikely
    // ("Did you mean …?"): it is shown, and OK again with the same value
    // takes it.
    void setDoubt(Check doubt) { m_doubt = std::move(doubt); }

    void accept() override;

private:
    Check m_check;
    Check m_doubt;
    QString m_doubted; // the value whose question was shown
    QLineEdit *m_edit;
    OutcomeLabel *m_problem;
};

} // namespace kassa::ui
