#include "ui/dialogfit.h"

#include <QLayout>
#include <QWidget>

namespace kassa::ui {

void growToFit(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    layout->invalidate();
    layout->activate();
    const QSize hint = dialog->sizeHint().expandedTo(dialog->minimumSizeHint());
    const int width = qMax(dialog->width(), hint.width());
    int height = hint.height();
    if (layout->hasHeightForWidth())
        height = qMax(height, layout->totalHeightForWidth(width));
    dialog->resize(width, qMax(dialog->height(), height));
}

} // namespace kassa::ui
