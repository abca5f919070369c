#include "ui/outcometext.h"

#include <QHBoxLayout>
#include <QLabel>

namespace kassa::ui {

void showOutcome(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold")
                                 : QStringLiteral("color: #0a5d2b; font-weight: bold"));
}

QHBoxLayout *rowOf(std::initializer_list<QWidget *> widgets)
{
    auto *row = new QHBoxLayout;
    for (QWidget *widget : widgets)
        row->addWidget(widget);
    row->addStretch();
    return row;
}

} // namespace kassa::ui
