#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

class QEvent;
class QLineEdit;
class QWidget;

namespace kassa::ui {

// A USB barcode scanner is a keyboard that types a code's digits in a fast
// burst (a few milliseconds apart) and then Enter; a person does not. In the
// windows it watches (the cashier's prompts) such a burst is a scan, not an
// answer: the digits are taken back out of the field they landed in, the
// Enter never reaches the prompt (so it neither accepts nor closes it) and
// scanned() carries the code. Installed on the application by its parent.
class ScannerInput final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScannerInput)

public:
    // Longest pause between two keys of one scan, by the key events' time.
    static constexpr int kMaxGapMs = 80;

    explicit ScannerInput(QObject *parent = nullptr);
    ~ScannerInput() override;

    // Treats bursts typed into `window` (or any widget in it) as scans,
    // until the window is destroyed.
    void watch(QWidget *window);

Q_SIGNALS:
    void scanned(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void forget();

    QSet<QWidget *> m_windows;
    const QEvent *m_lastEvent = nullptr; // to count a key once as it travels up
    QPointer<QWidget> m_lastWidget;
    QString m_digits;
    quint64 m_lastMs = 0;
    QPointer<QLineEdit> m_field; // where the burst is typed
    QString m_textBefore;
    int m_cursorBefore = 0;
};

} // namespace kassa::ui
