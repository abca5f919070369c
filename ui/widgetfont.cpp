#include "ui/widgetfont.h"

#include <QWidget>

namespace kassa::ui {

void enlargeFont(QWidget *widget, qreal scale, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace kassa::ui
