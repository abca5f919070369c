#include "ui/devicesetupbox.h"

#include "ui/outcomelabel.h"
#include "ui/outcometext.h"

#include <QFormLayout>
#include <QPushButton>

namespace kassa::ui {

DeviceSetupBox::DeviceSetupBox(const QString &title, ManagerContext context,
                               const QString &testText, const QString &saveText, QWidget *parent)
    : QGroupBox(title, parent)
    , m_context(std::move(context))
    , m_form(new QFormLayout(this))
    , m_test(new QPushButton(testText, this))
    , m_save(new QPushButton(saveText, this))
    , m_result(new OutcomeLabel(this))
{}

DeviceSetupBox::~DeviceSetupBox() = default;

QString DeviceSetupBox::resultText() const
{
    return m_result->text();
}

void DeviceSetupBox::addButtons()
{
    m_form->addRow(QString(), rowOf({m_test, m_save}));
    m_form->addRow(m_result);
    connect(m_test, &QPushButton::clicked, this, &DeviceSetupBox::test);
    connect(m_save, &QPushButton::clicked, this, &DeviceSetupBox::save);
}

void DeviceSetupBox::showResult(const QString &text, bool problem)
{
    m_result->say(text, problem);
}

Status DeviceSetupBox::saveTill(const std::function<void(TillConfig &)> &change)
{
    const TillConfig before = *m_context.till;
    change(*m_context.till);
    Status saved = m_context.till->save(m_context.configPath);
    if (!saved)
        *m_context.till = before;
    return saved;
}

} // namespace kassa::ui
