// kassa-cli and the till's receipt printer: `printer test`, `printer
// status` and the receipt of a paid sale.
#include "app/kassa-cli/cliapp.h"

#include "app/kassa-cli/clioutput.h"

#include "core/printing/tillprinter.h"
#include "core/receipt/journalreceipts.h"
#include "core/receipt/receiptbuilder.h"
#include "core/receipt/receiptlayout.h"
#include "core/terminal/errortext.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::printing;

printing::TillPrinter *CliApp::printer(QString *why)
{
    if (m_printer)
        return m_printer.get();
    auto printer = m_config.openPrinter(m_parser.value(u"printer"_s));
    if (!printer) {
        *why = printer.error().detail;
        return nullptr;
    }
    if (!*printer) {
        *why = tr("the till has no ESC/POS receipt printer (set \"printer\" in %1 or use "
                  "--printer escpos:…)")
                   .arg(m_configPath);
        return nullptr;
    }
    m_printer = std::move(printer).value();
    return m_printer.get();
}

void CliApp::whenPrinted(int jobId, const std::function<void(const PrintOutcome &)> &then)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_printer->queue(), &PrintQueue::jobFinished, this,
                          [jobId, then, connection](const PrintOutcome &outcome) {
                              if (outcome.job.id != jobId)
                                  return;
                              QObject::disconnect(*connection);
                              then(outcome);
                          });
}

void CliApp::printerCommand()
{
    const QString what = commandWord(1);
    if (what != u"test" && what != u"status")
        return fail(Usage, tr("printer wants \u201ctest\u201d or \u201cstatus\u201d"));
    QString why;
    TillPrinter *till = printer(&why);
    if (!till)
        return fail(Usage, why);
    if (!till->logoProblem().isEmpty())
        say(tr("The logo is left out: %1").arg(till->logoProblem()));
    if (what == u"test") {
        whenPrinted(till->printTestPage(), [this, till](const PrintOutcome &outcome) {
            if (!outcome.printed)
                return fail(ServiceError,
                            describeProblem(outcome.problem) + u" ("_s + outcome.detail + u')');
            say(tr("Test print sent to %1.").arg(till->spec().toString()));
            finish(Done,
                   QJsonObject{{u"printer"_s, till->spec().toString()}, {u"printed"_s, true}});
        });
        return;
    }
    connect(till->queue(), &PrintQueue::statusChanged, this, [this, till](const PrinterStatus &s) {
        say(tr("%1: %2").arg(till->spec().toString(), describeStatus(s)));
        finish(s.known && s.problem() != PrinterProblem::None ? ServiceError : Done,
               QJsonObject{{u"printer"_s, till->spec().toString()},
                           {u"known"_s, s.known},
                           {u"paperOut"_s, s.paperOut},
                           {u"paperNearEnd"_s, s.paperNearEnd},
                           {u"coverOpen"_s, s.coverOpen},
                           {u"offline"_s, s.offline},
                           {u"drawerOpen"_s, s.drawerOpen}});
    });
    till->queue()->requestStatus();
}

void CliApp::printPaidReceipt(const journal::Sale &sale, const std::function<void()> &then)
{
    QString why;
    TillPrinter *till = sale.receiptNumber ? printer(&why) : nullptr;
    if (!till)
        return then(); // no receipt printer: the text above is the receipt
    const qint64 number = *sale.receiptNumber;
    const auto receipt =
        journaledReceipt(*m_host->journal(), sale, ReceiptSettings::forTill(m_config, QLocale()));
    const ReceiptContent content =
        receipt ? *receipt : saleReceipt(sale, ReceiptSettings::forTill(m_config, QLocale()));
    whenPrinted(till->printReceipt(content, tr("Receipt %1").arg(number), number),
                [this, number, then](const PrintOutcome &outcome) {
                    // The sale stands whatever the printer does.
                    if (outcome.printed)
                        say(tr("Receipt %1 printed.").arg(number));
                    else
                        say(tr("%1 — the sale is recorded; print its receipt (its one copy) with "
                               "kassa-cli receipt %2 --copy --print.")
                                .arg(describeProblem(outcome.problem))
                                .arg(number));
                    then();
                });
}
