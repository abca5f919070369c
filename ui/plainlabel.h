#pragma once

#include <QLabel>

namespace kassa::ui {

// The till's label: its text is shown as it is, never as markup. A label's
// default (Qt::AutoText) renders anything that looks like HTML — and much
// of what the till shows comes from outside: a customer's place, a
// product's name, SEQR's words. With PlainLabel "<img src=…>" is those
// characters, not an image. Every label in ui/ is one.
class PlainLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainLabel)

public:
    explicit PlainLabel(QWidget *parent = nullptr);
    explicit PlainLabel(const QString &text, QWidget *parent = nullptr);
    ~PlainLabel() override;
};

} // namespace kassa::ui
