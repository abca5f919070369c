#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace kassa::ui {

// Asks `question` over `parent` before something that cannot be undone (a
// refund, closing a period): window-modal, the text shown as it is (it holds
// names from outside), `yes` and Cancel, Cancel the default. `answered` is
// called once when the box closes, with whether `yes` was chosen; the box
// deletes itself after that. Returns the box, open.
QMessageBox *askToConfirm(QWidget *parent, const QString &title, const QString &question,
                          const QString &yes, const std::function<void(bool yes)> &answered);

} // namespace kassa::ui
