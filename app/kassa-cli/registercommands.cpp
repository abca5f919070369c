// kassa-cli and the register by the Swedish rules: `training on|off`
// (övningsläge, journaled), `identity` (manufacturer, model, manufacturing
// number, version), `shop set [--name] [--address] [--org-number]` and
// `price set BARCODE PRICE` (journaled: old and new price, when, who).
#include "app/kassa-cli/cliapp.h"

#include "app/kassa-cli/clioutput.h"

#include "core/catalog/catalog.h"
#include "core/terminal/errortext.h"
#include "core/terminal/priceedit.h"
#include "core/terminal/registeridentity.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace kassa;

void CliApp::trainingCommand()
{
    const QString what = commandWord(1);
    journal::Journal *journal = m_host->journal();
    if (what == u"on" || what == u"off") {
        const QString who =
            m_parser.isSet(u"cashier"_s) ? m_parser.value(u"cashier"_s) : u"kassa-cli"_s;
        if (auto set = journal->setTraining(what == u"on", who); !set)
            return fail(Failed, describe(set.error()));
    } else if (!what.isEmpty()) {
        return fail(Usage, tr("training wants \u201con\u201d or \u201coff\u201d"));
    }
    const auto on = journal->isTraining();
    if (!on)
        return fail(Failed, describe(on.error()));
    say(*on ? tr("Training mode is on: every sale is a training sale (ÖVNINGSKVITTO), outside "
                 "the sales, VAT and grand totals.")
            : tr("Training mode is off: sales are real."));
    finish(Done, QJsonObject{{u"training"_s, *on}});
}

void CliApp::identityCommand()
{
    const RegisterIdentity id = RegisterIdentity::of(m_config);
    if (!m_json)
        printOut(id.lines().join(u'\n') + u'\n');
    finish(Done, QJsonObject{{u"manufacturer"_s, id.manufacturer},
                             {u"model"_s, id.model},
                             {u"manufacturingNumber"_s, id.manufacturingNumber},
                             {u"version"_s, id.version},
                             {u"register"_s, id.registerId}});
}

void CliApp::shopCommand()
{
    if (commandWord(1) != u"set")
        return fail(Usage, tr("usage: kassa-cli shop set [--name TEXT] [--address TEXT] "
                              "[--org-number NNNNNN-NNNN]"));
    ShopIdentityChange change;
    if (m_parser.isSet(u"name"_s))
        change.name = m_parser.value(u"name"_s);
    if (m_parser.isSet(u"address"_s))
        change.address = m_parser.value(u"address"_s).replace(u"\\n"_s, u"\n"_s);
    if (m_parser.isSet(u"org-number"_s))
        change.organisationNumber = m_parser.value(u"org-number"_s);
    if (auto applied = applyShopIdentity(m_config, change); !applied)
        return fail(Usage, applied.error().detail);
    if (auto saved = m_config.save(m_configPath); !saved)
        return fail(Failed, tr("%1 (configuration: %2)").arg(saved.error().detail, m_configPath));
    say(tr("Shop: %1, %2, organisation number %3. The next receipt shows it.")
            .arg(m_config.shopName, QString(m_config.shopAddress).replace(u'\n', u", "_s),
                 m_config.organisationNumber));
    finish(Done, QJsonObject{{u"name"_s, m_config.shopName},
                             {u"address"_s, m_config.shopAddress},
                             {u"organisationNumber"_s, m_config.organisationNumber}});
}

void CliApp::priceCommand()
{
    const QStringList args = m_parser.positionalArguments();
    if (args.value(1) != u"set" || args.size() != 4)
        return fail(Usage, tr("price wants \u201cset BARCODE PRICE\u201d, e.g. price set "
                              "7310865004703 24.90"));
    if (const QString refusal = priceEditRefusal(m_config); !refusal.isEmpty())
        return fail(Usage, refusal);
    auto catalog = catalog::Catalog::open(m_host->catalogPath());
    if (!catalog)
        return fail(
            Failed,
            tr("the till's catalog cannot be opened: %1").arg(describe(catalog.error(), false)));
    const auto product = (*catalog)->findByEan(args.value(2).trimmed());
    const auto price =
        Money::parse(args.value(3), product ? product->unitPrice.currency() : Currency::sek());
    if (!price)
        return fail(Usage, tr("the price is not an amount, e.g. 24.90; nothing was changed"));
    const QString who =
        m_parser.isSet(u"cashier"_s) ? m_parser.value(u"cashier"_s) : u"kassa-cli"_s;
    const auto changed = changePrice(**catalog, *m_host->journal(), args.value(2), *price, who);
    if (!changed)
        return fail(changed.error().code == ErrorCode::StorageFailed ? Failed : Usage,
                    changed.error().detail);
    say(tr("%1: %2 \u2192 %3, journaled.")
            .arg(changed->name, money(*changed->oldPrice), money(changed->newPrice)));
    finish(Done, QJsonObject{{u"ean"_s, changed->ean},
                             {u"name"_s, changed->name},
                             {u"oldPrice"_s, changed->oldPrice->toDecimalString()},
                             {u"newPrice"_s, changed->newPrice.toDecimalString()},
                             {u"currency"_s, changed->newPrice.currency().code()},
                             {u"changedBy"_s, who}});
}
