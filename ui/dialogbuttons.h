#pragma once

class QDialog;
class QDialogButtonBox;
class QString;

namespace kassa::ui {

// OK and Cancel for `dialog`, named `ok` and `cancel`: OK calls the dialog's
// accept() (where a dialog checks what was typed), Cancel its reject().
QDialogButtonBox *okCancelButtons(QDialog *dialog, const QString &ok, const QString &cancel);

} // namespace kassa::ui
