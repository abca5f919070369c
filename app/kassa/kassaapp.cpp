#include "app/kassa/kassaapp.h"

#include "core/shopdb/catalogimport.h"
#include "core/terminal/errortext.h"
#include "ui/managerwindow.h"
#include "ui/pindialog.h"
#include "ui/shopstatuswidget.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QStandardPaths>

using namespace kassa;
using namespace Qt::StringLiterals;

namespace {

constexpr quint16 kDemoPort = 8090;
constexpr auto kDemoSeqrId = "KASSADEMO1";
constexpr quint16 kDemoWebPort = 8091;
constexpr auto kDemoWebSeqrId = "KASSAWEB1";
constexpr auto kDemoServiceId = "KASSACAFE";

} // namespace

KassaApp::KassaApp(KassaOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

KassaApp::~KassaApp()
{
    // The windows and the recovery hold sessions that use the client and
    // the journal: they go first, whatever the members' order.
    if (m_cashier)
        m_cashier->removeEventFilter(this);
    m_recovery.reset();
    m_display.reset();
    m_cashier.reset();
}

bool KassaApp::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Close && watched == m_cashier.get() && m_recovery &&
        !m_recovery->isFinished()) {
        m_cashier->showNotice(tr("Kassa is finishing SEQR payments left from the last run; "
                                 "close it when they are done."),
                              true);
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

Status KassaApp::start()
{
    if (m_options.demo) {
        if (m_options.dataDir.isEmpty())
            m_options.dataDir =
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo"_s;
        if (!QDir().mkpath(m_options.dataDir))
            return makeError(ErrorCode::StorageFailed,
                             tr("Cannot create the demo folder %1.").arg(m_options.dataDir));
        m_configPath = QDir(m_options.dataDir).filePath(u"till.json"_s);
    } else {
        m_configPath =
            m_options.configPath.isEmpty() ? TillConfig::defaultPath() : m_options.configPath;
    }
    auto config = TillConfig::load(m_configPath);
    if (!config)
        return makeError(ErrorCode::StorageFailed, tr("The till's configuration %1 cannot be "
                                                      "read: %2")
                                                       .arg(m_configPath, config.error().detail));
    m_till = *config;

    // One process per till: a second one must not take over this one's payments.
    const QString journalPath = m_till.journalFile(m_configPath);
    if (!QDir().mkpath(QFileInfo(journalPath).absolutePath()))
        return makeError(ErrorCode::StorageFailed,
                         tr("Cannot create the folder for the journal %1.").arg(journalPath));
    m_lock = std::make_unique<QLockFile>(journalPath + u".lock"_s);
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(500))
        return makeError(ErrorCode::StorageFailed,
                         tr("Kassa is already running for this till (or kassa-cli is paying on "
                            "it). Close it first."));

    if (m_options.demo) {
        if (auto started = startDemoSandbox(); !started)
            return started;
        m_till.endpoint = m_sandboxServer->soapUrl().toString();
        if (m_till.shopName == u"Kassa")
            m_till.shopName = tr("Kassa Demo Shop");
    }
    if (!m_options.endpoint.isEmpty())
        m_till.endpoint = m_options.endpoint;

    auto journal = journal::Journal::open(journalPath);
    if (!journal)
        return makeError(ErrorCode::StorageFailed,
                         tr("The journal %1 cannot be opened: %2")
                             .arg(journalPath, describe(journal.error(), true)));
    m_journal = std::move(journal).value();

    const QString catalogPath = QFileInfo(journalPath).absoluteDir().filePath(u"catalog.sqlite"_s);
    auto catalog = catalog::Catalog::open(catalogPath);
    if (!catalog)
        return makeError(ErrorCode::StorageFailed,
                         tr("The catalog %1 cannot be opened: %2")
                             .arg(catalogPath, describe(catalog.error(), true)));
    m_catalog = std::move(catalog).value();
    const auto currency = Currency::fromCode(m_till.currency);
    if (!currency)
        return makeError(ErrorCode::UnknownCurrency,
                         tr("The till's currency %1 is not known.").arg(m_till.currency));
    QString csv = m_options.catalogCsv;
    if (csv.isEmpty() && m_options.demo && m_catalog->count() == 0)
        csv = u":/catalog/demo-catalog.csv"_s;
    QStringList importProblems;
    if (!csv.isEmpty()) {
        // One catalog for the shop: with a shop database the import goes
        // there, and every till's copy (this one's too) follows from there.
        auto imported = shopdb::importCatalogCsv(csv, *currency, m_till.shopDatabase, *m_catalog);
        if (!imported)
            return makeError(
                ErrorCode::StorageFailed,
                (m_till.shopDatabase.isEnabled()
                     ? tr("The catalog %1 cannot be imported into the shop database: %2")
                     : tr("The catalog %1 cannot be imported: %2"))
                    .arg(csv, describe(imported.error(), true)));
        importProblems = imported->problems;
    }

    const QUrl endpoint(m_till.endpoint);
    m_client = std::make_unique<seqr::SeqrClient>(seqr::SeqrClientConfig{
        endpoint, std::chrono::milliseconds(m_till.timeoutMs), m_till.caFile});
    if (m_till.isRegistered())
        m_client->setTerminalCredentials(
            seqr::Credentials::terminal(m_till.terminalId, m_till.terminalPassword));
    m_terminal = std::make_unique<TerminalService>(m_client.get(), &m_till, m_configPath);

    if (m_till.shopDatabase.isEnabled()) {
        shopdb::ShopSyncOptions syncOptions;
        syncOptions.catalogPath = catalogPath;
        m_shopSync = std::make_unique<shopdb::ShopSync>(
            m_till.shopDatabase, journalPath,
            shopdb::TillIdentity{{}, m_till.terminalId, m_till.name, u"till"_s}, syncOptions);
    }

    m_cart = std::make_unique<Cart>(*currency);
    m_cart->setLocale(m_options.locale);
    ui::CashierContext context;
    context.catalog = m_catalog.get();
    context.journal = m_journal.get();
    context.client = m_client.get();
    context.till = m_till;
    context.cashierId = m_options.cashierId;
    context.receiptFolder = QFileInfo(journalPath).absoluteDir().filePath(u"receipts"_s);
    context.printerName = m_options.printerName;
    context.timing = m_options.timing;
    context.locale = m_options.locale;
    m_cashier = std::make_unique<ui::CashierWindow>(context, m_cart.get());
    m_display = std::make_unique<ui::CustomerDisplayWindow>(m_cart.get(), m_till.shopName,
                                                            m_options.locale);
    connect(m_cashier.get(), &ui::CashierWindow::paymentStarted, m_display.get(),
            &ui::CustomerDisplayWindow::showPayment);
    connect(m_cashier.get(), &ui::CashierWindow::managerRequested, this, &KassaApp::openManager);
    // The manager's PIN, as a salted slow hash beside the till's configuration.
    // The journal remembers that a PIN was set: deleting the file does not
    // let anyone choose a new one.
    auto pin = ManagerPin::load(QFileInfo(m_configPath).absoluteDir().filePath(u"manager.json"_s),
                                m_journal.get());
    if (!pin)
        return makeError(ErrorCode::StorageFailed,
                         tr("The manager's PIN file cannot be read: %1").arg(pin.error().detail));
    m_managerPin = std::make_unique<ManagerPin>(*pin);
    if (m_sandboxServer) {
        if (auto web = startDemoWebshop(); !web)
            return web;
        m_cashier->setStatusNote(
            tr("Demo: pay at <a href=\"%1\">%1</a> · the webshop: <a href=\"%2\">%2</a>")
                .arg(m_sandboxServer->phoneUrl().toString(), m_webshop->shopUrl().toString()));
        // The demo till hands over the demo café's scan-to-order orders; its
        // codes are listed (to scan from the phone page) beside the webshop.
        if (m_webshop->orderService()) {
            const QUrl codes = m_webshop->shopUrl().resolved(QUrl(u"/service/codes"_s));
            m_cashier->setStatusNote(
                tr("Demo: pay at <a href=\"%1\">%1</a> · the webshop: <a href=\"%2\">%2</a> · "
                   "scan to order: <a href=\"%3\">%3</a>")
                    .arg(m_sandboxServer->phoneUrl().toString(), m_webshop->shopUrl().toString(),
                         codes.toString()));
            startOrderFeed(
                ordering::OrderFeedConfig{m_webshop->shopUrl().resolved(QUrl(u"/"_s)).toString(),
                                          m_webshop->till().orderService.feedKey});
        }
    } else if (m_till.orderFeed.isEnabled()) {
        startOrderFeed(m_till.orderFeed);
    }
    if (m_shopSync) {
        connect(m_shopSync.get(), &shopdb::ShopSync::statusChanged, this, [this] {
            m_cashier->setStatusNote(
                ui::ShopStatusWidget::summary(m_shopSync->status(), m_options.locale));
        });
        // A sale reaches the shop database (and the other tills' journal
        // browsers and the shop's end of day) at once, not at the next look.
        connect(m_cashier.get(), &ui::CashierWindow::saleCompleted, m_shopSync.get(),
                &shopdb::ShopSync::syncNow);
        m_shopSync->start();
    }
    m_cashier->setSeqrBlocked(tr("Kassa is still connecting to SEQR; try again in a moment."));
    // The cashier's window fills its screen and has the keyboard from the
    // start; the customer display (a passive view) never takes it.
    m_cashier->showFilling();
    m_display->setCashierScreen(m_cashier->screen());
    m_display->place();
    m_cashier->activateWindow();
    if (!importProblems.isEmpty())
        m_cashier->showNotice(
            tr("%n catalog line(s) were left out: %1", nullptr, int(importProblems.size()))
                .arg(importProblems.first()),
            true);

    if (m_options.demo && !m_till.isRegistered())
        QMetaObject::invokeMethod(this, &KassaApp::registerDemoTill, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(this, &KassaApp::recover, Qt::QueuedConnection);
    return Ok{};
}

Status KassaApp::startDemoSandbox()
{
    sandbox::SandboxOptions options;
    options.stateFile = QDir(m_options.dataDir).filePath(u"sandbox-state.json"_s);
    options.autopayAfterMs = m_options.demoAutopayMs;
    m_sandbox = std::make_unique<sandbox::SandboxService>(options);
    if (!m_sandbox->loadError().isEmpty())
        return makeError(ErrorCode::StorageFailed,
                         tr("The demo SEQR state cannot be read: %1").arg(m_sandbox->loadError()));
    // The documented port when it is free, so the phone page's address stays
    // the same; any free port otherwise.
    for (quint16 port : {kDemoPort, quint16(0)}) {
        sandbox::SandboxServerOptions serverOptions;
        serverOptions.port = port;
        m_sandboxServer = std::make_unique<sandbox::SandboxServer>(m_sandbox.get(), serverOptions);
        if (m_sandboxServer->start())
            return Ok{};
    }
    return makeError(ErrorCode::ConnectionProblem,
                     tr("The demo SEQR service cannot listen on a local port."));
}

Status KassaApp::startDemoWebshop()
{
    // The shop's webshop beside the till: same catalog, its own till and
    // journal, paid from the same phone page.
    web::WebShopHostOptions options;
    options.configPath = QDir(m_options.dataDir).filePath(u"webshop.json"_s);
    options.journalPath = QDir(m_options.dataDir).filePath(u"webshop/journal.sqlite"_s);
    options.endpoint = m_sandboxServer->soapUrl().toString();
    options.catalog = m_catalog.get();
    options.settings.shopName = m_till.shopName;
    options.settings.demo = true;
    options.server.port = kDemoWebPort;
    options.freePortIfTaken = true;
    const sandbox::Reseller reseller = sandbox::demoReseller();
    options.registerWith =
        seqr::Credentials::reseller(reseller.id, reseller.userId, reseller.password);
    options.registerSeqrId = QString::fromLatin1(kDemoWebSeqrId);
    options.registerName = tr("Demo webshop");
    // Scan to order in the demo café: a code per table and one at the counter.
    ordering::OrderServiceConfig service;
    service.serviceId = QString::fromLatin1(kDemoServiceId);
    service.codes = ordering::OrderServiceConfig::tables(6, tr("Table"));
    service.codes.append(ordering::ServiceCode{tr("Counter"), {{u"counter"_s, u"1"_s}}});
    options.demoService = service;
    options.settings.phonePageUrl = m_sandboxServer->phoneUrl();
    m_webshop = std::make_unique<web::WebShopHost>(options);
    if (auto started = m_webshop->start(); !started)
        return started;
    // The demo SEQR app knows the café: its four URLs are kassa-web's.
    return m_sandbox->registerService(sandbox::ExternalService::fromBaseUrl(
        QString::fromLatin1(kDemoServiceId), m_webshop->shopUrl().resolved(QUrl(u"/service"_s))));
}

void KassaApp::startOrderFeed(const ordering::OrderFeedConfig &config)
{
    m_orderQueue = std::make_unique<ordering::OrderQueue>();
    m_orderFeed = std::make_unique<ordering::OrderFeedClient>(config, m_orderQueue.get());
    m_cashier->setOrderQueue(m_orderQueue.get());
    m_orderFeed->start();
}

void KassaApp::registerDemoTill()
{
    const sandbox::Reseller reseller = sandbox::demoReseller();
    m_cashier->showNotice(tr("Registering the demo till with the demo SEQR service…"));
    m_terminal->registerTill(
        seqr::Credentials::reseller(reseller.id, reseller.userId, reseller.password),
        u"demo-till-1"_s, tr("Demo till"), [this](const Status &registered) {
            if (!registered) {
                m_cashier->showNotice(tr("The demo till could not be registered: %1")
                                          .arg(describe(registered.error(), false)),
                                      true);
                return;
            }
            m_terminal->assignSeqrId(
                QString::fromLatin1(kDemoSeqrId), [this](const Status &assigned) {
                    if (!assigned)
                        m_cashier->showNotice(describe(assigned.error(), false), true);
                    m_cashier->setTill(m_till);
                    if (assigned)
                        m_cashier->showNotice(tr("The demo till is registered with SEQR ID "
                                                 "%1. Scan a product to start.")
                                                  .arg(m_till.seqrId));
                    recover();
                });
        });
}

void KassaApp::recover()
{
    if (!m_till.isRegistered())
        return becomeReady();
    // Only a journal read as empty skips recovery; one that cannot be read
    // is left to PaymentRecovery, which says so and reads it again.
    if (const auto inFlight = m_journal->invoicesInFlight(); inFlight && inFlight->isEmpty())
        return becomeReady();
    m_cashier->showNotice(tr("Finishing SEQR payments left from the last run…"));
    m_cashier->setSeqrBlocked(tr("Kassa is finishing a SEQR payment left from the last run; "
                                 "SEQR can be used again in a moment."));
    m_recovery = std::make_unique<PaymentRecovery>(m_client.get(), m_journal.get(), m_till.shopName,
                                                   m_options.timing, 60000);
    m_cashier->installEventFilter(this);
    PaymentRecovery *recovery = m_recovery.get();
    connect(recovery, &PaymentRecovery::journalUnreadable, this, [this](const Error &error) {
        m_cashier->showNotice(tr("The journal cannot be read, so the payments left from the last "
                                 "run cannot be finished yet: %1 Kassa tries again.")
                                  .arg(describe(error, false)),
                              true);
    });
    connect(recovery, &PaymentRecovery::finished, this, [this, recovery] {
        QStringList lines;
        for (const auto &o : recovery->outcomes()) {
            const QString amount = o.amount.toLocalizedString(m_options.locale);
            if (o.state == PaymentSession::State::Paid) {
                const auto sale = m_journal->saleByReceiptNumber(o.receiptNumber);
                if (sale)
                    m_cashier->keepReceipt(*sale);
                lines.append(tr("A payment of %1 from the last run was paid: receipt %2, "
                                "reference %3.")
                                 .arg(amount)
                                 .arg(o.receiptNumber)
                                 .arg(o.ersReference));
                // Not found: no receipt (the payment is left to
                // reconciliation); unreadable: it is there, only not now.
                if (!sale && sale.error().code != ErrorCode::NotFound)
                    lines.append(tr("Its receipt cannot be read from the journal right now: %1 "
                                    "Reprint it with F9 in a moment.")
                                     .arg(describe(sale.error(), false)));
            } else if (o.state == PaymentSession::State::Canceled ||
                       o.state == PaymentSession::State::Failed)
                lines.append(
                    tr("An unpaid payment of %1 from the last run was canceled.").arg(amount));
            else
                lines.append(tr("A payment of %1 from the last run is still open; Kassa will "
                                "finish it at the next start.")
                                 .arg(amount));
        }
        if (recovery->journalError().code != ErrorCode::None)
            lines.append(tr("The journal could not be read, so payments from the last run may "
                            "still be open; Kassa will finish them at the next start."));
        m_cashier->removeEventFilter(this);
        m_recovery.release()->deleteLater();
        if (!lines.isEmpty())
            m_cashier->showNotice(lines.join(u' '));
        becomeReady();
    });
    recovery->run();
}

void KassaApp::openManager()
{
    auto *pin = new ui::PinDialog(m_managerPin.get(), m_cashier.get());
    pin->setAttribute(Qt::WA_DeleteOnClose);
    connect(pin, &QDialog::accepted, this, [this] {
        ui::ManagerContext context;
        context.journal = m_journal.get();
        context.client = m_client.get();
        context.terminal = m_terminal.get();
        context.till = &m_till;
        context.configPath = m_configPath;
        context.receiptFolder =
            QFileInfo(m_till.journalFile(m_configPath)).absoluteDir().filePath(u"receipts"_s);
        context.cashierId = m_cashier->cashierId();
        context.locale = m_options.locale;
        context.shopSync = m_shopSync.get();
        // The codes the manager prints: the till's own order service, or in
        // the demo the demo café's (kassa-web's, beside the till).
        context.orderService = m_till.orderService;
        if (!context.orderService.isEnabled() && m_webshop && m_webshop->orderService())
            context.orderService = m_webshop->orderService()->config();
        auto *manager = new ui::ManagerWindow(context, {}, m_cashier.get());
        manager->setAttribute(Qt::WA_DeleteOnClose);
        connect(manager, &ui::ManagerWindow::tillChanged, this,
                [this] { m_cashier->setTill(m_till); });
        manager->open();
    });
    pin->open();
}

void KassaApp::becomeReady()
{
    m_cashier->setSeqrBlocked({});
    m_ready = true;
    Q_EMIT ready();
}
