#pragma once

#include "ui/amountdialog.h"

#include <QLineEdit>
#include <QString>
#include <QTest>

namespace kassa::test {

// The cashier types `text` over what the prompt `dialog` holds and presses
// Enter: the prompt takes it, or stays open and says what is wrong.
inline void answer(ui::AmountDialog *dialog, const QString &text)
{
    dialog->lineEdit()->setText(text);
    QTest::keyClick(dialog->lineEdit(), Qt::Key_Return);
}

} // namespace kassa::test
