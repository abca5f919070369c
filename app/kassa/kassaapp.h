#pragma once

#include "core/catalog/catalog.h"
#include "core/journal/journal.h"
#include "core/ordering/orderfeedclient.h"
#include "core/payment/paymentrecovery.h"
#include "core/sale/cart.h"
#include "core/seqr/seqrclient.h"
#include "core/shopdb/shopsync.h"
#include "core/terminal/managerpin.h"
#include "core/terminal/terminalservice.h"
#include "core/terminal/tillconfig.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxservice.h"
#include "ui/cashierwindow.h"
#include "ui/customerdisplaywindow.h"
#include "ui/web/webshophost.h"

#include <QLockFile>
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

// Builds Kassa's objects and wires them: the till's files (configuration,
// journal, catalog — one process per till, by a lock file), the SEQR client,
// the cashier's window and the customer display. In demo mode it also runs
// seqr-sandbox in-process, registers a demo till with a SEQR ID at it and
// loads the demo catalog. At every start, payments left in flight by an
// earlier run are finished before SEQR is offered again.
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

    kassa::ui::CashierWindow *cashierWindow() const { return m_cashier.get(); }
    kassa::ui::CustomerDisplayWindow *customerDisplay() const { return m_display.get(); }
    kassa::journal::Journal *journal() const { return m_journal.get(); }
    kassa::catalog::Catalog *catalog() const { return m_catalog.get(); }
    kassa::sandbox::SandboxService *sandbox() const { return m_sandbox.get(); }
    kassa::sandbox::SandboxServer *sandboxServer() const { return m_sandboxServer.get(); }
    kassa::web::WebShopHost *webshop() const { return m_webshop.get(); }
    const kassa::TillConfig &till() const { return m_till; }
    kassa::shopdb::ShopSync *shopSync() const { return m_shopSync.get(); }
    kassa::ordering::OrderQueue *orderQueue() const { return m_orderQueue.get(); }
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void ready();

protected:
    // While payments left from the last run are being finished, closing the
    // cashier's window is refused as it is during a payment.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    kassa::Status startDemoSandbox();
    kassa::Status startDemoWebshop();
    // Scan to order: the paid orders to hand over, from kassa-web's feed.
    void startOrderFeed(const kassa::ordering::OrderFeedConfig &config);
    void registerDemoTill();
    void recover();
    void becomeReady();
    void openManager();

    KassaOptions m_options;
    QString m_configPath;
    kassa::TillConfig m_till;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<kassa::sandbox::SandboxService> m_sandbox;
    std::unique_ptr<kassa::sandbox::SandboxServer> m_sandboxServer;
    std::unique_ptr<kassa::journal::Journal> m_journal;
    std::unique_ptr<kassa::catalog::Catalog> m_catalog;
    std::unique_ptr<kassa::seqr::SeqrClient> m_client;
    // After m_client, so it (and its sessions' calls) go before the client.
    std::unique_ptr<kassa::PaymentRecovery> m_recovery;
    std::unique_ptr<kassa::TerminalService> m_terminal;
    std::unique_ptr<kassa::Cart> m_cart;
    std::unique_ptr<kassa::ui::CashierWindow> m_cashier;
    std::unique_ptr<kassa::ui::CustomerDisplayWindow> m_display;
    std::unique_ptr<kassa::ManagerPin> m_managerPin;
    std::unique_ptr<kassa::shopdb::ShopSync> m_shopSync; // with a shop database only
    // Demo: the webshop, paid from the same phone page (after the catalog
    // and the sandbox in this list: destroyed before them).
    std::unique_ptr<kassa::web::WebShopHost> m_webshop;
    std::unique_ptr<kassa::ordering::OrderQueue> m_orderQueue;
    std::unique_ptr<kassa::ordering::OrderFeedClient> m_orderFeed;
    bool m_ready = false;
};
