#include "app/kassa-cli/cliapp.h"

#include "app/kassa-cli/clioutput.h"

#include "core/controlunit/controlunitservice.h"
#include "core/controlunit/unittext.h"
#include "core/terminal/errortext.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::controlunit;

void CliApp::controlUnit()
{
    if (isSubcommand(u"set", 3))
        return controlUnitSet(commandWord(2));
    if (isSubcommand(u"status", 2))
        return controlUnitStatus();
    fail(Usage, tr("usage: kassa-cli control-unit set DEVICE | control-unit status"));
}

void CliApp::controlUnitSet(const QString &device)
{
    const bool none = device == u"none"_s || device.isEmpty();
    if (const QString problem = deviceProblem(device.trimmed()); !none && !problem.isEmpty())
        return fail(Usage, problem + u" "_s + tr("Nothing was saved."));
    m_config.controlUnitDevice = none ? QString() : device.trimmed();
    if (auto saved = m_config.save(m_configPath); !saved)
        return fail(ServiceError, saved.error().detail);
    if (none) {
        say(tr("This till has no control unit now."));
        return finish(Done, QJsonObject{{u"device"_s, QString()}});
    }
    say(tr("Control unit: %1").arg(m_config.controlUnitDevice));
    controlUnitStatus();
}

void CliApp::controlUnitStatus()
{
    if (m_config.controlUnitDevice.isEmpty())
        return fail(Usage, tr("this till has no control unit; set one with kassa-cli "
                              "control-unit set DEVICE"));
    // Holding the till, its start-up asks the unit and signs the receipts
    // that wait; beside a running till, the unit is only asked.
    if (auto taken = m_host->takeTill(); !taken)
        return fail(ServiceError, taken.error().detail);
    connect(m_host.get(), &TillHost::ready, this, [this] {
        ControlUnitService *service = m_host->controlUnit();
        if (!service) {
            ControlUnitOptions options;
            options.device = m_config.controlUnitDevice;
            auto *unit = new ControlUnit(options, this);
            UnitCall *identity = unit->identity();
            connect(identity, &UnitCall::finished, this, [this, identity] {
                QJsonObject known{{u"waitingReceipts"_s, QJsonValue()}};
                if (!identity->isSuccess())
                    return fail(ServiceError, describe(identity->error(), true));
                known.insert(u"number"_s, identity->identity().manufacturingNumber);
                known.insert(u"protocolVersion"_s, identity->identity().protocolVersion);
                known.insert(u"firmware"_s, identity->identity().firmware);
                reportUnitStatus(known);
            });
            return;
        }
        // Let the receipts that waited be signed first.
        auto asked = std::make_shared<bool>(false);
        auto ask = [this, service, asked] {
            if (service->signer()->isSigning() || *asked)
                return;
            *asked = true;
            const auto identity = service->identity();
            if (!identity)
                return fail(ServiceError, describe(service->lastError(), true));
            reportUnitStatus(
                QJsonObject{{u"number"_s, identity->manufacturingNumber},
                            {u"protocolVersion"_s, identity->protocolVersion},
                            {u"firmware"_s, identity->firmware},
                            {u"waitingReceipts"_s, service->signer()->waitingCount()}});
        };
        connect(service->signer(), &ReceiptSigner::stateChanged, this, ask);
        ask();
    });
    m_host->start();
}

void CliApp::reportUnitStatus(const QJsonObject &known)
{
    if (m_finished)
        return;
    ControlUnit *unit =
        m_host->controlUnit() ? m_host->controlUnit()->unit() : findChild<ControlUnit *>();
    UnitCall *call = unit->status();
    connect(call, &UnitCall::finished, this, [this, call, known] {
        call->deleteLater();
        if (!call->isSuccess())
            return fail(ServiceError, describe(call->error(), true));
        const UnitStatus &status = call->unitStatus();
        QJsonObject json = known;
        json.insert(u"device"_s, m_config.controlUnitDevice);
        json.insert(u"mainStatus"_s, status.mainStatus);
        json.insert(u"status"_s, describeMainStatus(status.mainStatus));
        json.insert(u"storage"_s, describeStorage(status.storage));
        json.insert(u"operational"_s, status.isOperational());
        UnitIdentity identity;
        identity.manufacturingNumber = known.value(u"number"_s).toString();
        identity.protocolVersion = known.value(u"protocolVersion"_s).toInt();
        identity.firmware = known.value(u"firmware"_s).toString();
        say(describeUnit(identity, status, m_config.controlUnitDevice));
        if (known.value(u"waitingReceipts"_s).toInt() > 0)
            say(tr("%n receipt(s) wait for the control unit.", nullptr,
                   known.value(u"waitingReceipts"_s).toInt()));
        finish(status.isOperational() ? Done : ServiceError, json);
    });
}
