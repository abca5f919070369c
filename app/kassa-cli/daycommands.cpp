// kassa-cli and the Swedish day: `drawer open`, `float set`, `report x|z`,
// `journal export` — the same core objects as the window's.
#include "app/kassa-cli/cliapp.h"

#include "app/kassa-cli/clioutput.h"

#include "core/controlunit/receiptsigner.h"
#include "core/controlunit/unitcall.h"
#include "core/drawer/cashdrawer.h"
#include "core/journal/journalexport.h"
#include "core/printing/tillprinter.h"
#include "core/reconciliation/dayreport.h"
#include "core/terminal/errortext.h"
#include "ui/print/reportsheet.h"

#include <QDir>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace kassa;

CashDrawer *CliApp::tillDrawer()
{
    CashDrawer *drawer = m_host->drawer();
    if (!drawer)
        return nullptr;
    drawer->setCashierId(m_parser.value(u"cashier"_s));
    QString why;
    if (!drawer->hasKick())
        if (printing::TillPrinter *till = printer(&why))
            drawer->setKick(till->drawerKickFunction());
    return drawer;
}

void CliApp::finishAfterPrinting(int code, const QJsonObject &json)
{
    if (!m_printer || m_printer->queue()->pending() == 0)
        return finish(code, json);
    connect(
        m_printer->queue(), &printing::PrintQueue::jobFinished, this,
        [this, code, json](const printing::PrintOutcome &outcome) {
            if (!outcome.printed)
                say(printing::describeProblem(outcome.problem));
            if (m_printer->queue()->pending() == 0)
                finish(code, json);
        },
        Qt::QueuedConnection);
}

void CliApp::drawerCommand()
{
    if (commandWord(1) != u"open")
        return fail(Usage, tr("drawer wants \u201copen\u201d"));
    CashDrawer *drawer = tillDrawer();
    const QString reason = m_parser.value(u"reason"_s);
    if (auto opened = drawer->open(journal::DrawerCause::NoSale, reason); !opened)
        return fail(ServiceError,
                    tr("the drawer stays shut: %1").arg(describe(opened.error(), true)));
    say(drawer->hasKick() ? tr("No sale: the drawer is opened (journaled).")
                          : tr("No sale journaled; the till has no receipt printer to open the "
                               "drawer, open it by hand."));
    finishAfterPrinting(
        Done,
        QJsonObject{{u"drawerOpened"_s, true}, {u"cause"_s, u"no sale"_s}, {u"reason"_s, reason}});
}

void CliApp::floatCommand()
{
    if (!isSubcommand(u"set", 3))
        return fail(Usage, tr("float wants \u201cset AMOUNT\u201d, e.g. float set 1500.00"));
    const auto currency = Currency::fromCode(m_config.currency);
    const auto amount = Money::parse(commandWord(2), currency ? *currency : Currency::sek());
    if (!amount || amount->isNegative())
        return fail(Usage, tr("the float must be an amount of zero or more, e.g. 1500.00; "
                              "nothing was recorded"));
    const QString reason = m_parser.value(u"reason"_s);
    // Journaled, then the drawer opens (cause float).
    const auto changed = tillDrawer()->setFloat(*amount, reason);
    if (!changed)
        return fail(ServiceError,
                    tr("the float was not recorded: %1").arg(describe(changed.error(), true)));
    say(tr("Cash float %1 (change %2).").arg(money(*amount), money(changed->change)));
    finishAfterPrinting(Done, QJsonObject{{u"cashFloat"_s, amount->toDecimalString()},
                                          {u"change"_s, changed->change.toDecimalString()},
                                          {u"currency"_s, amount->currency().code()},
                                          {u"reason"_s, reason}});
}

void CliApp::reportCommand()
{
    const QString which = commandWord(1);
    if (which != u"x" && which != u"z")
        return fail(Usage, tr("report wants \u201cx\u201d or \u201cz\u201d"));
    const auto currency = Currency::fromCode(m_config.currency);
    const DayReportHeader header{ReceiptSettings::forTill(m_config, QLocale()),
                                 TillHost::signerSettings(m_config).tillId};
    const auto report =
        which == u"x"
            ? takeXReport(*m_host->journal(), header, currency ? *currency : Currency::sek())
            : takeZReport(*m_host->journal(), header, currency ? *currency : Currency::sek());
    if (!report)
        return fail(ServiceError,
                    tr("the report cannot be made: %1").arg(describe(report.error(), true)));
    if (!m_json)
        printOut(report->toText());
    QJsonObject json = report->toJson();
    if (m_parser.isSet(u"pdf"_s)) {
        const QString path = m_parser.value(u"pdf"_s);
        if (auto written = print::ReportSheet::writePdf(report->content(), path); !written)
            return fail(ServiceError,
                        tr("the report is taken, but its PDF %1 cannot be written: %2")
                            .arg(path, written.error().detail));
        json.insert(u"pdf"_s, QDir(path).absolutePath());
        say(tr("PDF: %1").arg(path));
    }
    if (m_parser.isSet(u"print"_s)) {
        QString why;
        printing::TillPrinter *till = printer(&why);
        if (!till)
            return fail(Usage, why);
        till->printReceipt(report->content(), which == u"x" ? tr("X report") : tr("Z report"));
    }
    finishAfterPrinting(Done, json);
}

void CliApp::exportCommand()
{
    const QDate from = QDate::fromString(m_parser.value(u"from"_s), Qt::ISODate);
    const QDate to = QDate::fromString(m_parser.value(u"to"_s), Qt::ISODate);
    const QString format = m_parser.value(u"format"_s);
    const QString out = m_parser.value(u"out"_s);
    if (!from.isValid() || !to.isValid() || to < from || out.isEmpty() ||
        (format != u"csv" && format != u"json"))
        return fail(Usage, tr("journal export wants --from YYYY-MM-DD --to YYYY-MM-DD --format "
                              "csv|json --out FILE"));
    const auto exported = journal::exportJournal(
        *m_host->journal(), from, to,
        format == u"csv" ? journal::ExportFormat::Csv : journal::ExportFormat::Json, out);
    if (!exported)
        return fail(ServiceError,
                    tr("the journal was not exported: %1").arg(describe(exported.error(), true)));
    say(tr("%n record(s) exported to %1; SHA-256 %2 in %3", nullptr, exported->records)
            .arg(exported->path, exported->sha256, exported->checksumPath));
    finish(Done, QJsonObject{{u"file"_s, exported->path},
                             {u"sha256"_s, exported->sha256},
                             {u"checksumFile"_s, exported->checksumPath},
                             {u"records"_s, exported->records}});
}
