#pragma once

class QWidget;

namespace kassa::ui {

// Grows a dialog (never shrinks it) to what its layout needs now, word-wrapped
// labels included: called after a message in it changed, so no text or
// button is cut.
void growToFit(QWidget *dialog);

} // namespace kassa::ui
