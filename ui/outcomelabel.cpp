#include "ui/outcomelabel.h"

#include "ui/outcometext.h"

namespace kassa::ui {

OutcomeLabel::OutcomeLabel(QWidget *parent)
    : PlainLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

OutcomeLabel::~OutcomeLabel() = default;

void OutcomeLabel::say(const QString &text, bool problem)
{
    showOutcome(this, text, problem);
}

} // namespace kassa::ui
