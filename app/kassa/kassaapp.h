#pragma once

#include "core/catalog/catalog.h"
#include "core/ordering/orderfeedclient.h"
#include "core/printing/tillprinter.h"
#include "core/sale/cart.h"
#include "core/terminal/managerpin.h"
#include "core/terminal/tillhost.h"
#include "sandbox/controlunitports.h"
#include "sandbox/controlunitsandbox.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxservice.h"
#include "sandbox/virtualprinter.h"
#include "ui/cashierwindow.h"
#include "ui/customerdisplaywindow.h"
#include "ui/web/webshophost.h"

#include <QObject>

#include <memory>

struct KassaOptions
{
    bool demo = false;
    int demoAutopayMs = -1;
    QString configPath; // the till's configuration; empty: the standard place
    QString dataDir;    // demo: where its till, journal, catalog and sandbox live
    QString cashierId = QStringLiteral("1");
    QString catalogCsv; // imported at start when set
    QString printerName;
    QString endpoint;
    QLocale locale;
    kassa::PaymentTiming timing;
};

// Builds Kassa's objects and wires them: the till (core's TillHost: its
// configuration, lock, journal, SEQR client, shop database link, recovery of
// payments left in flight — SEQR refused meanwhile), its catalog, the
// cashier's window and the customer display. In demo mode it also runs
// seqr-sandbox in-process, registers a demo till with a SEQR ID at it, loads
// the demo catalog, runs the demo webshop beside the till and prints on a
// virtual ESC/POS printer (its receipts as pictures, linked from the status bar).
class KassaApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KassaApp)

public:
    explicit KassaApp(KassaOptions options, QObject *parent = nullptr);
    ~KassaApp() override;

    // Opens everything and shows the windows; an error is a sentence for a
    // message box. The rest (registration, recovery) follows asynchronously
    // and ends in ready().
    kassa::Status start();
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void ready();

protected:
    // While payments left from the last run are being finished, closing the
    // cashier's window is refused as it is during a payment.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    kassa::Status openTill();
    kassa::Status openCatalog(QStringList *importProblems);
    // The receipt printer: --printer or the configuration's; the demo's is a
    // virtual ESC/POS printer whose last receipt the status bar links.
    kassa::Status openPrinter();
    void setDemoNote(const QString &note);
    void buildWindows();
    void connectHost();
    kassa::Status startDemoSandbox();
    // The demo's control unit (control-unit-sandbox on loopback TCP), so the
    // demo's receipts carry a control code.
    kassa::Status startDemoControlUnit();
    kassa::Status startDemoWebshop();
    void showDemoLinks();
    // Scan to order: the paid orders to hand over, from kassa-web's feed.
    void startOrderFeed(const kassa::ordering::OrderFeedConfig &config);
    void showRecovered(const QList<kassa::PaymentRecovery::Outcome> &outcomes,
                       const kassa::Error &journalError);
    void openManager();

    KassaOptions m_options;
    std::unique_ptr<kassa::sandbox::SandboxService> m_sandbox;
    std::unique_ptr<kassa::sandbox::SandboxServer> m_sandboxServer;
    std::unique_ptr<kassa::sandbox::ControlUnitSandbox> m_demoUnit;
    std::unique_ptr<kassa::sandbox::ControlUnitPorts> m_demoUnitPorts;
    std::unique_ptr<kassa::TillHost> m_host;
    // Before the windows in this list: destroyed after them.
    std::unique_ptr<kassa::sandbox::VirtualPrinter> m_virtualPrinter;
    std::unique_ptr<kassa::printing::TillPrinter> m_printer;
    QString m_systemPrinter; // a QPrinter's name, when the till prints that way
    QString m_demoNote;
    QString m_lastPrinted; // demo: the picture of the last receipt printed
    std::unique_ptr<kassa::catalog::Catalog> m_catalog;
    std::unique_ptr<kassa::Cart> m_cart;
    std::unique_ptr<kassa::ui::CashierWindow> m_cashier;
    std::unique_ptr<kassa::ui::CustomerDisplayWindow> m_display;
    std::unique_ptr<kassa::ManagerPin> m_managerPin;
    // Demo: the webshop, paid from the same phone page (after the catalog
    // and the sandbox in this list: destroyed before them).
    std::unique_ptr<kassa::web::WebShopHost> m_webshop;
    std::unique_ptr<kassa::ordering::OrderQueue> m_orderQueue;
    std::unique_ptr<kassa::ordering::OrderFeedClient> m_orderFeed;
    bool m_ready = false;
};
