#include "ui/scannerinput.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

namespace kassa::ui {

namespace {

// As the barcode field takes them: EAN-8 to EAN-14 and in-store codes.
constexpr int kMinDigits = 6;
constexpr int kMaxDigits = 14;

} // namespace

ScannerInput::ScannerInput(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

ScannerInput::~ScannerInput()
{
    qApp->removeEventFilter(this);
}

void ScannerInput::watch(QWidget *window)
{
    m_windows.insert(window);
    connect(window, &QObject::destroyed, this, [this, window] { m_windows.remove(window); });
}

void ScannerInput::forget()
{
    m_digits.clear();
    m_field = nullptr;
}

bool ScannerInput::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || m_windows.isEmpty())
        return false;
    // An unhandled key travels up to the parents; count it once, at the
    // widget it was typed into.
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || !m_windows.contains(widget->window()))
        return false;
    if (event == m_lastEvent && m_lastWidget && widget != m_lastWidget &&
        widget->isAncestorOf(m_lastWidget))
        return false;
    m_lastEvent = event;
    m_lastWidget = widget;
    auto *key = static_cast<QKeyEvent *>(event);
    const quint64 now = key->timestamp();
    const bool quick = !m_digits.isEmpty() && (now < m_lastMs || now - m_lastMs <= kMaxGapMs);
    const QString text = key->text();
    if (text.size() == 1 && text.front().isDigit() && key->modifiers() == Qt::NoModifier) {
        if (!quick) {
            forget();
            m_field = qobject_cast<QLineEdit *>(widget);
            if (m_field) {
                m_textBefore = m_field->text();
                m_cursorBefore = m_field->cursorPosition();
            }
        }
        m_digits += text;
        m_lastMs = now;
        return false; // a person's digits are typed as usual
    }
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && quick &&
        m_digits.size() >= kMinDigits && m_digits.size() <= kMaxDigits) {
        const QString code = m_digits;
        if (m_field) {
            m_field->setText(m_textBefore);
            m_field->setCursorPosition(m_cursorBefore);
        }
        forget();
        Q_EMIT scanned(code);
        return true;
    }
    forget();
    return false;
}

} // namespace kassa::ui
