#pragma once

#include "ui/managercontext.h"
#include "ui/outcomelabel.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kassa::ui {

class ServiceCodesWidget;

// The shop as its receipts show it: name, address, organisation number, and
// whether receipts are bilingual (Swedish and English) or in the till's
// language only; training mode (övningsläge) and the register's identity. Saved in the till's
// configuration; used from the next receipt on. Below, the sheet of scan-to-order codes
// (ServiceCodesWidget).
class ShopSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopSettingsWidget)

public:
    explicit ShopSettingsWidget(ManagerContext context, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *addressField() const { return m_address; }
    QLineEdit *organisationNumberField() const { return m_organisationNumber; }
    QCheckBox *bilingualBox() const { return m_bilingual; }
    QPushButton *saveButton() const { return m_save; }
    // Training mode (övningsläge), switched at once in the journal.
    QCheckBox *trainingBox() const { return m_training; }
    ServiceCodesWidget *serviceCodes() const { return m_serviceCodes; }
    QString resultText() const;

    void save();
    void setTraining(bool on);

Q_SIGNALS:
    void tillChanged();

private:
    ManagerContext m_context;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_organisationNumber;
    QCheckBox *m_bilingual;
    QCheckBox *m_training;
    QLabel *m_identity;
    QPushButton *m_save;
    OutcomeLabel *m_result;
    ServiceCodesWidget *m_serviceCodes;
};

} // namespace kassa::ui
