#pragma once

#include "core/catalog/catalog.h"
#include "core/terminal/tillconfig.h"
#include "tests/support/controlunitfixture.h"
#include "tests/support/tillfixture.h"
#include "ui/amountdialog.h"
#include "ui/cashierwindow.h"
#include "ui/customerdisplaywindow.h"

#include <memory>

class QWidget;

// The shelf the cashier's tests sell from (CashierFixture::shelfCsv()).
namespace shelf {
constexpr auto kMilk = "7310865004703";     // Mjölk 1 l, 15.90 at 12 %
constexpr auto kSoap = "4006381333931";     // Tvål, 24.50 at 25 %
constexpr auto kBananas = "2000000000008";  // Bananer, 24.90 per kg at 12 %
constexpr auto kEspresso = "7350000000016"; // 11 999.00 at 25 %, a long name
constexpr auto kCandy = "7350000000023";    // Lösgodis, 119.90 per kg at 12 %
} // namespace shelf

// The cashier's window's surroundings, as its tests need them: an in-process
// seqr-sandbox and a client for it, a journal and a catalog (filled from a
// CSV) in a scratch folder, the till "Lilla Livs" (registered at the sandbox
// on request) and the window's context made of them. Torn down in the
// reverse order; the window and the cart are the test's own.
class CashierFixture : public TillFixture
{
public:
    explicit CashierFixture(const QByteArray &catalogCsv = shelfCsv(),
                            const kassa::sandbox::SandboxOptions &options = {});

    // The catalog of `shelf` above, as CSV.
    static QByteArray shelfCsv();

    kassa::catalog::Catalog *catalog() { return m_catalog.get(); }

    // A control-unit sandbox (`unitId`) on a pseudo-terminal, which the
    // journal requires from now on; null (and problem() says why) when that
    // failed. Its service is the test's own (ControlUnitFixture::makeService).
    ControlUnitFixture *addControlUnit(const QString &unitId);

    // The till "Lilla Livs"; `registered`: registered at the sandbox as
    // Till 1 with SEQR ID LILLALIVS1 (no terminalId when that failed).
    kassa::TillConfig till(bool registered);
    // The window's context: the catalog, journal and client, `till`, cashier
    // "anna", receipts in the scratch folder, a poll every 100 ms, English
    // (United Kingdom).
    kassa::ui::CashierContext context(const kassa::TillConfig &till);

    // The customer display beside `window`, showing `cart` and following the
    // window's payments, as Kassa wires them (not shown yet).
    static std::unique_ptr<kassa::ui::CustomerDisplayWindow>
    displayFor(kassa::ui::CashierWindow &window, const kassa::Cart &cart,
               const kassa::ui::CashierContext &context);

    // The cashier's window over `cart` (which takes the context's locale),
    // not shown yet.
    static std::unique_ptr<kassa::ui::CashierWindow>
    makeWindow(const kassa::ui::CashierContext &context, kassa::Cart &cart);
    // Brings the shown `window` to the front; false when it did not become
    // the active window.
    static bool activate(QWidget *window);

    // The prompt (an amount, a quantity, a weight) the window has open, once
    // it is; null when none came within `timeoutMs`.
    static kassa::ui::AmountDialog *prompt(int timeoutMs = 10000);
    // Types `text` into the open prompt and presses Enter; false when no
    // prompt came.
    static bool answerPrompt(const QString &text);

    // A USB scanner: types `code` into whatever has the focus, then Enter.
    static void scan(const QString &code);
    // A key on whatever has the focus (else on `window`).
    static void press(QWidget *window, int key);

private:
    std::unique_ptr<kassa::catalog::Catalog> m_catalog;
    std::unique_ptr<ControlUnitFixture> m_unit;
};
