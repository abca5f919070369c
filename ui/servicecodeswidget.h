#pragma once

#include "core/common/result.h"
#include "ui/managercontext.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace kassa::ui {

// Scan to order's printed codes, among the manager's tools: "Service
// codes…" asks where to save and writes the sheet `kassa-web
// service-codes` writes (print::ServiceSheet, the same generator) for the
// order service the till knows. Without one the button is off and both its
// tooltip and the line beside it say why (a touch screen shows no tooltip).
class ServiceCodesWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceCodesWidget)

public:
    // Asks where to save, starting at `suggested`; calls `chosen` with the
    // path, or never when the manager cancels.
    using FileChooser =
        std::function<void(const QString &suggested, std::function<void(const QString &)> chosen)>;

    explicit ServiceCodesWidget(ManagerContext context, QWidget *parent = nullptr);

    QPushButton *saveButton() const { return m_save; }
    QString statusText() const;
    QString resultText() const;
    // The default opens a QFileDialog beside the manager's window; tests
    // answer with a path of their own.
    void setFileChooser(FileChooser chooser);
    // service-codes.pdf in the receipts' folder.
    QString suggestedPath() const;

    // Writes the sheet to `path` and says so, or why not, under the button.
    Status save(const QString &path);

private:
    void chooseFile();

    ManagerContext m_context;
    FileChooser m_chooser;
    QLabel *m_status;
    QPushButton *m_save;
    QLabel *m_result;
};

} // namespace kassa::ui
