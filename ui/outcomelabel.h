#pragma once

#include "ui/plainlabel.h"

namespace kassa::ui {

// The line of a manager's page, a setup box or a dialog that says how the
// last step went: plain text (PlainLabel), wrapped, selectable so that an
// error can be copied. say() gives it showOutcome's look: bold, red for a
// problem, green when it went well.
class OutcomeLabel final : public PlainLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeLabel)

public:
    explicit OutcomeLabel(QWidget *parent = nullptr);
    ~OutcomeLabel() override;

    void say(const QString &text, bool problem);
};

} // namespace kassa::ui
