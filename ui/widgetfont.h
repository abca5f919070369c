#pragma once

#include <QtGlobal>

class QWidget;

namespace kassa::ui {

// `widget`'s font `scale` times its size, bold when asked: the amounts and
// fields a cashier or a customer reads from a distance.
void enlargeFont(QWidget *widget, qreal scale, bool bold = false);

} // namespace kassa::ui
