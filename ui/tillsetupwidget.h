#pragma once

#include "core/terminal/connectiontest.h"
#include "ui/managercontext.h"
#include "ui/outcomelabel.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kassa::ui {

// Till setup: where SEQR is (with "test connection" that says plainly what is
// wrong: the name, the certificate, the credentials), registration with the
// shop's reseller credentials (used for that one call, never stored, the
// fields emptied at once), the SEQR ID from the till's sticker (typed or
// scanned), the till's status and unregistering (after a confirmation).
class TillSetupWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TillSetupWidget)

public:
    explicit TillSetupWidget(ManagerContext context, QWidget *parent = nullptr);
    ~TillSetupWidget() override;

    QLineEdit *endpointField() const { return m_endpoint; }
    QLineEdit *resellerField() const { return m_reseller; }
    QLineEdit *userIdField() const { return m_userId; }
    QLineEdit *resellerPasswordField() const { return m_password; }
    QLineEdit *externalIdField() const { return m_externalId; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *seqrIdField() const { return m_seqrId; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *useEndpointButton() const { return m_useEndpoint; }
    QPushButton *registerButton() const { return m_register; }
    QPushButton *assignButton() const { return m_assign; }
    QPushButton *unregisterButton() const { return m_unregister; }
    QString statusText() const;
    QString resultText() const;
    bool isBusy() const { return m_busy; }

    void testConnection();
    // Saves the typed endpoint in the till's configuration and uses it from now on.
    void useEndpoint();
    void registerTill();
    void assignSeqrId();
    // Asks first; `confirmed` skips the question (tests).
    void unregisterTill(bool confirmed = false);

Q_SIGNALS:
    void tillChanged();

private:
    void refresh();
    void setBusy(bool busy);
    // A call to SEQR has finished: says why not (`failed`, %1 the error) or
    // `succeeded`, and that the till changed. True when it went well.
    bool sayFinished(const Status &done, const QString &failed, const QString &succeeded);
    std::optional<QUrl> typedEndpoint();

    ManagerContext m_context;
    bool m_busy = false;
    std::unique_ptr<ConnectionTest> m_connectionTest;
    QLabel *m_status;
    OutcomeLabel *m_result;
    QLineEdit *m_endpoint;
    QPushButton *m_test;
    QPushButton *m_useEndpoint;
    QLineEdit *m_reseller;
    QLineEdit *m_userId;
    QLineEdit *m_password;
    QLineEdit *m_externalId;
    QLineEdit *m_name;
    QPushButton *m_register;
    QLineEdit *m_seqrId;
    QPushButton *m_assign;
    QPushButton *m_unregister;
};

} // namespace kassa::ui
