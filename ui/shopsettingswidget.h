#pragma once

#include "ui/managercontext.h"

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
// language only. Saved in the till's configuration; used from the next
// receipt on. Below, the sheet of scan-to-order codes (ServiceCodesWidget).
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
    ServiceCodesWidget *serviceCodes() const { return m_serviceCodes; }
    QString resultText() const;

    void save();

Q_SIGNALS:
    void tillChanged();

private:
    ManagerContext m_context;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_organisationNumber;
    QCheckBox *m_bilingual;
    QPushButton *m_save;
    QLabel *m_result;
    ServiceCodesWidget *m_serviceCodes;
};

} // namespace kassa::ui
