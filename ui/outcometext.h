#pragma once

#include <initializer_list>

class QHBoxLayout;
class QLabel;
class QString;
class QWidget;

namespace kassa::ui {

// Says on `label` how something went: `text` in bold, red for a problem,
// green when it went well. One look for every such line in the windows.
void showOutcome(QLabel *label, const QString &text, bool problem);

// `widgets` side by side from the left (a form's row of buttons).
QHBoxLayout *rowOf(std::initializer_list<QWidget *> widgets);

} // namespace kassa::ui
