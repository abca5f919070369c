#include "ui/plainlabel.h"

namespace kassa::ui {

PlainLabel::PlainLabel(QWidget *parent)
    : PlainLabel(QString(), parent)
{}

PlainLabel::PlainLabel(const QString &text, QWidget *parent)
    : QLabel(parent)
{
    // The format first: the text is never parsed as markup, not even once.
    setTextFormat(Qt::PlainText);
    setText(text);
}

PlainLabel::~PlainLabel() = default;

} // namespace kassa::ui
