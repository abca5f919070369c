#include "ui/tillsetupwidget.h"

#include "core/terminal/connectiontest.h"
#include "core/terminal/errortext.h"
#include "ui/controlunitsetupwidget.h"
#include "ui/outcomelabel.h"
#include "ui/outcometext.h"
#include "ui/plainlabel.h"
#include "ui/printersetupwidget.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

using namespace seqr;

TillSetupWidget::TillSetupWidget(ManagerContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_status(new PlainLabel(this))
    , m_result(new OutcomeLabel(this))
    , m_endpoint(new QLineEdit(this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_useEndpoint(new QPushButton(tr("Use this endpoint"), this))
    , m_reseller(new QLineEdit(this))
    , m_userId(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_externalId(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_register(new QPushButton(tr("Register this till"), this))
    , m_seqrId(new QLineEdit(this))
    , m_assign(new QPushButton(tr("Assign SEQR ID"), this))
    , m_unregister(new QPushButton(tr("Unregister this till…"), this))
{
    auto *layout = new QVBoxLayout(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *service = new QGroupBox(tr("SEQR service"), this);
    auto *serviceForm = new QFormLayout(service);
    m_endpoint->setText(m_context.till->endpoint);
    serviceForm->addRow(tr("Endpoint"), m_endpoint);
    serviceForm->addRow(QString(), rowOf({m_test, m_useEndpoint}));
    layout->addWidget(service);

    auto *registration = new QGroupBox(tr("Register with the shop's SEQR account"), this);
    auto *form = new QFormLayout(registration);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhSensitiveData);
    m_externalId->setText(m_context.till->externalTerminalId);
    m_name->setText(m_context.till->name);
    form->addRow(tr("Reseller ID"), m_reseller);
    form->addRow(tr("User ID"), m_userId);
    form->addRow(tr("Reseller password"), m_password);
    form->addRow(tr("External till ID"), m_externalId);
    form->addRow(tr("Till name"), m_name);
    auto *once = new PlainLabel(tr("The reseller password is used for this one registration and is "
                                   "not stored."),
                                registration);
    once->setWordWrap(true);
    form->addRow(once);
    form->addRow(QString(), m_register);
    layout->addWidget(registration);

    auto *sticker = new QGroupBox(tr("SEQR ID (type it or scan the sticker's barcode)"), this);
    auto *stickerForm = new QFormLayout(sticker);
    stickerForm->addRow(tr("SEQR ID"), m_seqrId);
    stickerForm->addRow(QString(), m_assign);
    layout->addWidget(sticker);

    layout->addWidget(new PrinterSetupWidget(m_context, this));
    layout->addWidget(new ControlUnitSetupWidget(m_context, this));
    layout->addWidget(m_unregister);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_test, &QPushButton::clicked, this, &TillSetupWidget::testConnection);
    connect(m_useEndpoint, &QPushButton::clicked, this, &TillSetupWidget::useEndpoint);
    connect(m_register, &QPushButton::clicked, this, &TillSetupWidget::registerTill);
    connect(m_assign, &QPushButton::clicked, this, &TillSetupWidget::assignSeqrId);
    connect(m_seqrId, &QLineEdit::returnPressed, this, &TillSetupWidget::assignSeqrId);
    connect(m_unregister, &QPushButton::clicked, this, [this] { unregisterTill(); });
    refresh();
}

TillSetupWidget::~TillSetupWidget() = default;

QString TillSetupWidget::statusText() const
{
    return m_status->text();
}

QString TillSetupWidget::resultText() const
{
    return m_result->text();
}

void TillSetupWidget::refresh()
{
    const TillConfig &till = *m_context.till;
    m_status->setText(
        till.isRegistered()
            ? tr("This till is registered with SEQR as %1 (terminal %2). SEQR ID: %3.")
                  .arg(till.name.isEmpty() ? tr("(no name)") : till.name, till.terminalId,
                       till.seqrId.isEmpty() ? tr("none yet") : till.seqrId)
            : tr("This till is not registered with SEQR."));
    m_register->setEnabled(!m_busy && !till.isRegistered());
    m_assign->setEnabled(!m_busy && till.isRegistered());
    m_unregister->setEnabled(!m_busy && till.isRegistered());
    m_test->setEnabled(!m_busy);
    m_useEndpoint->setEnabled(!m_busy);
}

void TillSetupWidget::setBusy(bool busy)
{
    m_busy = busy;
    refresh();
}

std::optional<QUrl> TillSetupWidget::typedEndpoint()
{
    const QUrl url(m_endpoint->text().trimmed(), QUrl::StrictMode);
    if (!isEndpoint(url)) {
        m_result->say(notAnEndpointSentence(), true);
        return std::nullopt;
    }
    return url;
}

void TillSetupWidget::useEndpoint()
{
    const auto url = typedEndpoint();
    if (!url)
        return;
    const QString before = m_context.till->endpoint;
    m_context.till->endpoint = url->toString();
    if (auto saved = m_context.till->save(m_context.configPath); !saved) {
        m_context.till->endpoint = before;
        return m_result->say(
            tr("The endpoint could not be saved: %1").arg(describe(saved.error(), false)), true);
    }
    m_context.client->setEndpoint(*url);
    m_result->say(m_context.till->isRegistered() && before != m_context.till->endpoint
                      ? tr("Saved. This till was registered at the previous endpoint; register it "
                           "again if SEQR there does not know it.")
                      : tr("Saved. Kassa talks to SEQR at this endpoint from now on."),
                  false);
    Q_EMIT tillChanged();
}

void TillSetupWidget::testConnection()
{
    const auto typed = typedEndpoint();
    if (!typed)
        return;
    setBusy(true);
    m_result->say(tr("Testing…"), false);
    m_connectionTest = std::make_unique<ConnectionTest>(
        SeqrClientConfig{*typed, std::chrono::milliseconds(m_context.till->timeoutMs),
                         m_context.till->caFile},
        m_context.client->terminalCredentials(), m_context.till->isRegistered());
    connect(m_connectionTest.get(), &ConnectionTest::finished, this,
            [this](const ConnectionTest::Outcome &outcome) {
                setBusy(false);
                m_result->say(outcome.sentence, outcome.problem);
            });
    m_connectionTest->start();
}

void TillSetupWidget::registerTill()
{
    const QString reseller = m_reseller->text().trimmed();
    const QString userId = m_userId->text().trimmed();
    const QString password = m_password->text();
    // Used once: gone from the window before anything is sent.
    m_password->clear();
    if (reseller.isEmpty() || userId.isEmpty() || password.isEmpty())
        return m_result->say(tr("Fill in the reseller ID, user ID and reseller password."), true);
    if (m_name->text().trimmed().isEmpty())
        return m_result->say(tr("Give the till a name (shown on the customer's phone)."), true);
    setBusy(true);
    m_result->say(tr("Registering…"), false);
    m_context.terminal->registerTill(
        Credentials::reseller(reseller, userId, password),
        m_externalId->text().trimmed().isEmpty() ? m_name->text().trimmed()
                                                 : m_externalId->text().trimmed(),
        m_name->text().trimmed(), [this](const Status &done) {
            sayFinished(done, tr("Not registered: %1"),
                        tr("Registered. Now assign the SEQR ID from the till's sticker."));
        });
}

void TillSetupWidget::assignSeqrId()
{
    const QString id = m_seqrId->text().trimmed();
    if (id.isEmpty())
        return m_result->say(tr("Type or scan the SEQR ID from the till's sticker."), true);
    if (!m_context.till->isRegistered())
        return m_result->say(tr("Register the till first."), true);
    setBusy(true);
    m_context.terminal->assignSeqrId(id, [this, id](const Status &done) {
        if (sayFinished(done, tr("The SEQR ID was not assigned: %1"),
                        tr("SEQR ID %1 assigned. The till is ready for SEQR payments.").arg(id)))
            m_seqrId->clear();
    });
}

void TillSetupWidget::unregisterTill(bool confirmed)
{
    if (!confirmed) {
        auto *ask = new QMessageBox(QMessageBox::Warning, tr("Unregister this till"),
                                    tr("Unregister this till from SEQR? It cannot take SEQR "
                                       "payments until it is registered again."),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        QAbstractButton *yes = ask->button(QMessageBox::Yes);
        yes->setText(tr("Unregister"));
        ask->button(QMessageBox::Cancel)->setText(tr("Cancel"));
        connect(ask, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *clicked) {
            if (clicked == yes)
                unregisterTill(true);
        });
        ask->open();
        return;
    }
    setBusy(true);
    m_context.terminal->unregisterTill([this](const Status &done) {
        sayFinished(done, tr("Not unregistered: %1"), tr("Unregistered."));
    });
}

bool TillSetupWidget::sayFinished(const Status &done, const QString &failed,
                                  const QString &succeeded)
{
    setBusy(false);
    if (!done) {
        m_result->say(failed.arg(describe(done.error(), false)), true);
        return false;
    }
    m_result->say(succeeded, false);
    Q_EMIT tillChanged();
    return true;
}

} // namespace kassa::ui
