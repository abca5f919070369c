#pragma once

#include "core/common/result.h"
#include "ui/managercontext.h"

#include <QGroupBox>

#include <functional>

class QFormLayout;
class QPushButton;

namespace kassa::ui {

class OutcomeLabel;

// A device of the till setup (the receipt printer, the control unit) as a
// box: a form of its fields, a test and a Save side by side under them, and
// the line that says how the test or the save went. The device's box fills
// form() with its fields, then calls addButtons(); the buttons call its
// test() and save().
class DeviceSetupBox : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceSetupBox)

public:
    ~DeviceSetupBox() override;

    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    QString resultText() const;

    // Tries the device as typed (before saving).
    virtual void test() = 0;
    // Saves what is typed into the till's configuration.
    virtual void save() = 0;

protected:
    DeviceSetupBox(const QString &title, ManagerContext context, const QString &testText,
                   const QString &saveText, QWidget *parent);

    const ManagerContext &context() const { return m_context; }
    QFormLayout *form() const { return m_form; }
    // The test and Save under the fields, then the result line.
    void addButtons();
    void showResult(const QString &text, bool problem);
    // `change` made to the till's configuration and saved; undone when it
    // cannot be saved.
    Status saveTill(const std::function<void(TillConfig &)> &change);

private:
    ManagerContext m_context;
    QFormLayout *m_form;
    QPushButton *m_test;
    QPushButton *m_save;
    OutcomeLabel *m_result;
};

} // namespace kassa::ui
