#include "app/kassa/kassaapp.h"

#include "core/drawer/cashdrawer.h"
#include "core/reconciliation/dayreport.h"

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
    // The windows hold sessions that use the till's client and journal:
    // they go first (the members' order sees to it).
    if (m_cashier)
        m_cashier->removeEventFilter(this);
}

bool KassaApp::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Close && watched == m_cashier.get() && m_host->isRecovering()) {
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
    if (auto opened = openTill(); !opened)
        return opened;
    QStringList importProblems;
    if (auto opened = openCatalog(&importProblems); !opened)
        return opened;
    if (auto opened = openPrinter(); !opened)
        return opened;
    buildWindows();
    // The manager's PIN, as a salted slow hash beside the till's configuration.
    // The journal remembers that a PIN was set: deleting the file does not
    // let anyone choose a new one.
    auto pin =
        ManagerPin::load(QFileInfo(m_host->configPath()).absoluteDir().filePath(u"manager.json"_s),
                         m_host->journal());
    if (!pin)
        return makeError(ErrorCode::StorageFailed,
                         tr("The manager's PIN file cannot be read: %1").arg(pin.error().detail));
    m_managerPin = std::make_unique<ManagerPin>(*pin);
    if (m_sandboxServer) {
        if (auto web = startDemoWebshop(); !web)
            return web;
        showDemoLinks();
    } else if (m_host->till().orderFeed.isEnabled()) {
        startOrderFeed(m_host->till().orderFeed);
    }
    connectHost();
    // The cashier's window fills its screen and has the keyboard from the
    // start; the customer display (a passive view) never takes it.
    m_cashier->showFilling();
    m_display->setCashierScreen(m_cashier->screen());
    m_display->setKeepClear(m_cashier->keepClearWidgets());
    m_display->place();
    m_cashier->activateWindow();
    if (!importProblems.isEmpty())
        m_cashier->showNotice(
            tr("%n catalog line(s) were left out: %1", nullptr, int(importProblems.size()))
                .arg(importProblems.first()),
            true);
    m_host->start();
    m_cashier->setControlUnit(m_host->controlUnit());
    return Ok{};
}

Status KassaApp::openTill()
{
    TillHostOptions options;
    options.configPath = m_options.configPath;
    options.endpoint = m_options.endpoint;
    options.timing = m_options.timing;
    options.tillCatalog = true;
    if (m_options.demo) {
        if (m_options.dataDir.isEmpty())
            m_options.dataDir =
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo"_s;
        if (!QDir().mkpath(m_options.dataDir))
            return makeError(ErrorCode::StorageFailed,
                             tr("Cannot create the demo folder %1.").arg(m_options.dataDir));
        options.configPath = QDir(m_options.dataDir).filePath(u"till.json"_s);
        const sandbox::Reseller reseller = sandbox::demoReseller();
        options.registerWith =
            seqr::Credentials::reseller(reseller.id, reseller.userId, reseller.password);
        options.registerExternalId = u"demo-till-1"_s;
        options.registerName = tr("Demo till");
        options.registerSeqrId = QString::fromLatin1(kDemoSeqrId);
    }
    m_host = std::make_unique<TillHost>(options);
    if (auto loaded = m_host->loadConfiguration(); !loaded)
        return loaded;
    if (auto taken = m_host->takeTill(); !taken)
        return taken;
    if (m_options.demo) {
        if (auto started = startDemoSandbox(); !started)
            return started;
        if (auto unit = startDemoControlUnit(); !unit)
            return unit;
        // Before --endpoint, which still wins.
        m_host->till().endpoint = m_sandboxServer->soapUrl().toString();
        if (m_host->till().shopName == u"Kassa")
            m_host->till().shopName = tr("Kassa Demo Shop");
    }
    return m_host->connectSeqr();
}

Status KassaApp::openCatalog(QStringList *importProblems)
{
    const TillConfig &till = m_host->till();
    const QString catalogPath = m_host->catalogPath();
    auto catalog = catalog::Catalog::open(catalogPath);
    if (!catalog)
        return makeError(ErrorCode::StorageFailed,
                         tr("The catalog %1 cannot be opened: %2")
                             .arg(catalogPath, describe(catalog.error(), true)));
    m_catalog = std::move(catalog).value();
    const auto currency = Currency::fromCode(till.currency);
    if (!currency)
        return makeError(ErrorCode::UnknownCurrency,
                         tr("The till's currency %1 is not known.").arg(till.currency));
    QString csv = m_options.catalogCsv;
    if (csv.isEmpty() && m_options.demo && m_catalog->count() == 0)
        csv = u":/catalog/demo-catalog.csv"_s;
    if (csv.isEmpty())
        return Ok{};
    // One catalog for the shop: with a shop database the import goes
    // there, and every till's copy (this one's too) follows from there.
    auto imported = shopdb::importCatalogCsv(csv, *currency, till.shopDatabase, *m_catalog);
    if (!imported)
        return makeError(ErrorCode::StorageFailed,
                         (till.shopDatabase.isEnabled()
                              ? tr("The catalog %1 cannot be imported into the shop database: %2")
                              : tr("The catalog %1 cannot be imported: %2"))
                             .arg(csv, describe(imported.error(), true)));
    *importProblems = imported->problems;
    // Every new product and changed price is journaled (SKVFS 2014:9 ch. 4).
    if (auto kept = m_host->journal()->recordPriceChanges(imported->priceChanges); !kept)
        importProblems->append(
            tr("The price changes could not be journaled: %1").arg(describe(kept.error(), true)));
    return Ok{};
}

void KassaApp::buildWindows()
{
    m_cart = std::make_unique<Cart>(*Currency::fromCode(m_host->till().currency));
    m_cart->setLocale(m_options.locale);
    ui::CashierContext context;
    context.catalog = m_catalog.get();
    context.journal = m_host->journal();
    context.client = m_host->client();
    context.till = m_host->till();
    context.cashierId = m_options.cashierId;
    context.receiptFolder = QDir(m_host->tillFolder()).filePath(u"receipts"_s);
    context.printerName = m_systemPrinter;
    context.printer = m_printer.get();
    context.drawer = m_host->drawer();
    context.askFloat = true;
    context.timing = m_options.timing;
    context.locale = m_options.locale;
    m_cashier = std::make_unique<ui::CashierWindow>(context, m_cart.get());
    m_display = std::make_unique<ui::CustomerDisplayWindow>(m_cart.get(), m_host->till().shopName,
                                                            m_options.locale);
    connect(m_cashier.get(), &ui::CashierWindow::paymentStarted, m_display.get(),
            &ui::CustomerDisplayWindow::showPayment);
    m_cashier->setCustomerDisplay(m_display.get());
    // Closing the cashier's window quits Kassa: the customer display (not a
    // window that quits on close) never keeps it running. Qt signals the last
    // such window closed but still counts the display's window as open.
    connect(
        qApp, &QGuiApplication::lastWindowClosed, this,
        [this] {
            m_display->setClosable(true);
            QCoreApplication::quit();
        },
        Qt::QueuedConnection);
    connect(m_cashier.get(), &ui::CashierWindow::managerRequested, this, &KassaApp::openManager);
}

void KassaApp::connectHost()
{
    TillHost *host = m_host.get();
    m_cashier->setSeqrBlocked(host->paymentRefusal());
    connect(host, &TillHost::paymentRefusalChanged, m_cashier.get(),
            [this] { m_cashier->setSeqrBlocked(m_host->paymentRefusal()); });
    connect(host, &TillHost::notice, m_cashier.get(),
            [this](const QString &text) { m_cashier->showNotice(text); });
    connect(host, &TillHost::problem, m_cashier.get(),
            [this](const QString &text) { m_cashier->showNotice(text, true); });
    connect(host, &TillHost::tillChanged, m_cashier.get(), [this] {
        m_cashier->setTill(m_host->till());
        if (!m_host->till().seqrId.isEmpty())
            m_cashier->showNotice(tr("The demo till is registered with SEQR ID %1. Scan a "
                                     "product to start.")
                                      .arg(m_host->till().seqrId));
    });
    connect(host, &TillHost::shopSyncStarted, this, [this] {
        connect(m_host->shopSync(), &shopdb::ShopSync::statusChanged, m_cashier.get(), [this] {
            m_cashier->setStatusNote(
                ui::ShopStatusWidget::summary(m_host->shopSync()->status(), m_options.locale));
        });
    });
    // A sale reaches the shop database (and the other tills' journal
    // browsers and the shop's end of day) at once, not at the next look.
    connect(m_cashier.get(), &ui::CashierWindow::saleCompleted, host, &TillHost::syncShopDatabase);
    connect(host, &TillHost::recoveryStarted, m_cashier.get(), [this] {
        m_cashier->showNotice(tr("Finishing SEQR payments left from the last run…"));
        m_cashier->installEventFilter(this);
    });
    connect(host, &TillHost::journalUnreadable, m_cashier.get(), [this](const Error &error) {
        m_cashier->showNotice(tr("The journal cannot be read, so the payments left from the last "
                                 "run cannot be finished yet: %1 Kassa tries again.")
                                  .arg(describe(error, false)),
                              true);
    });
    connect(host, &TillHost::recoveryFinished, this, &KassaApp::showRecovered);
    connect(host, &TillHost::ready, this, [this] {
        m_ready = true;
        Q_EMIT ready();
    });
}

Status KassaApp::openPrinter()
{
    QString chosen = m_options.printerName;
    if (m_options.demo && chosen.isEmpty() && m_host->till().printer.isEmpty()) {
        sandbox::VirtualPrinterOptions options;
        options.outputDir = QDir(m_options.dataDir).filePath(u"printer"_s);
        m_virtualPrinter = std::make_unique<sandbox::VirtualPrinter>(options);
        if (auto started = m_virtualPrinter->start(); !started)
            return makeError(
                ErrorCode::ConnectionProblem,
                tr("The demo's receipt printer cannot start: %1").arg(started.error().detail));
        chosen = m_virtualPrinter->tcpSpec();
        connect(m_virtualPrinter.get(), &sandbox::VirtualPrinter::receiptPrinted, this,
                [this](int index) {
                    m_lastPrinted = m_virtualPrinter->receipts().at(index).pngPath;
                    setDemoNote(m_demoNote);
                });
    }
    auto printer = m_host->till().openPrinter(chosen);
    if (!printer)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The printer setting cannot be used: %1").arg(printer.error().detail));
    m_printer = std::move(printer).value();
    // The demo sets its own float (a journaled 1 000.00) so its first sale
    // asks nothing; a real till asks at the day's first sale.
    if (m_options.demo && m_host->drawer() && m_host->drawer()->needsFloat().valueOr(false)) {
        const auto day = dayStart(*m_host->journal());
        const auto currency = Currency::fromCode(m_host->till().currency);
        if (day && currency)
            if (auto set = m_host->journal()->recordFloat(Money(100000, *currency), *day,
                                                          tr("demo float"), m_options.cashierId);
                !set)
                return makeError(set.error().code,
                                 tr("The demo's cash float cannot be journaled: %1")
                                     .arg(describe(set.error(), true)));
    }
    if (m_printer && m_host->drawer()) // the drawer hangs off the ESC/POS printer
        m_host->drawer()->setKick(m_printer->drawerKickFunction());
    if (m_host->drawer())
        m_host->drawer()->setCashierId(m_options.cashierId);
    if (!m_printer)
        m_systemPrinter =
            printing::PrinterSpec::parse(chosen.isEmpty() ? m_host->till().printer : chosen)
                ->target;
    return Ok{};
}

void KassaApp::setDemoNote(const QString &note)
{
    m_demoNote = note;
    if (!m_cashier)
        return;
    if (m_lastPrinted.isEmpty())
        return m_cashier->setStatusNote(note);
    m_cashier->setStatusNote(note + u" · "_s +
                             tr("the printed receipt: <a href=\"%1\">%2</a>")
                                 .arg(QUrl::fromLocalFile(m_lastPrinted).toString(),
                                      QFileInfo(m_lastPrinted).fileName()));
}

void KassaApp::showDemoLinks()
{
    setDemoNote(tr("Demo: pay at <a href=\"%1\">%1</a> · the webshop: <a href=\"%2\">%2</a>")
                    .arg(m_sandboxServer->phoneUrl().toString(), m_webshop->shopUrl().toString()));
    if (!m_webshop->orderService())
        return;
    // The demo till hands over the demo café's scan-to-order orders; its
    // codes are listed (to scan from the phone page) beside the webshop.
    const QUrl codes = m_webshop->shopUrl().resolved(QUrl(u"/service/codes"_s));
    setDemoNote(tr("Demo: pay at <a href=\"%1\">%1</a> · the webshop: <a href=\"%2\">%2</a> · "
                   "scan to order: <a href=\"%3\">%3</a>")
                    .arg(m_sandboxServer->phoneUrl().toString(), m_webshop->shopUrl().toString(),
                         codes.toString()));
    startOrderFeed(ordering::OrderFeedConfig{m_webshop->shopUrl().resolved(QUrl(u"/"_s)).toString(),
                                             m_webshop->till().orderService.feedKey});
}

Status KassaApp::startDemoSandbox()
{
    sandbox::SandboxOptions options;
    options.stateFile = QDir(m_options.dataDir).filePath(u"sandbox-state.json"_s);
    options.autopayAfterMs = m_options.demoAutopayMs;
    options.firstSeqrId = QString::fromLatin1(kDemoSeqrId); // the phone page lists the till first
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

Status KassaApp::startDemoControlUnit()
{
    sandbox::ControlUnitSandboxOptions options;
    options.unitId = u"SBX-DEMO-0001"_s;
    options.journalPath = QDir(m_options.dataDir).filePath(u"control-unit.sqlite"_s);
    m_demoUnit = std::make_unique<sandbox::ControlUnitSandbox>(options);
    if (auto opened = m_demoUnit->open(); !opened)
        return makeError(ErrorCode::StorageFailed,
                         tr("The demo control unit cannot start: %1").arg(opened.error().detail));
    m_demoUnitPorts = std::make_unique<sandbox::ControlUnitPorts>(m_demoUnit.get(), 9600);
    if (auto listening = m_demoUnitPorts->listenTcp(QHostAddress::LocalHost, 0); !listening)
        return makeError(ErrorCode::ConnectionProblem,
                         tr("The demo control unit cannot listen on a local port."));
    TillConfig &till = m_host->till();
    till.controlUnitDevice = m_demoUnitPorts->tcpDevice();
    if (till.organisationNumber.isEmpty())
        till.organisationNumber = u"556677-8899"_s; // the demo shop's
    // The demo shop's loyalty programme: 10 % off with the demo card
    // (the sandbox's app offers it as a customer token).
    if (!till.loyalty.isEnabled()) {
        (void)till.loyalty.addProgramme(loyalty::demoProgramme());
        const auto currency = Currency::fromCode(till.currency);
        (void)till.loyalty.addCoupon(loyalty::demoCoupon(currency ? *currency : Currency::sek()));
    }
    return Ok{};
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
    options.settings.shopName = m_host->till().shopName;
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
    service.menu = sandbox::demoCafeMenu(); // a café's menu, not the grocery
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

void KassaApp::showRecovered(const QList<PaymentRecovery::Outcome> &outcomes,
                             const Error &journalError)
{
    QStringList lines;
    for (const auto &o : outcomes) {
        const QString amount = o.amount.toLocalizedString(m_options.locale);
        if (o.state == PaymentSession::State::Paid) {
            const auto sale = m_host->journal()->saleByReceiptNumber(o.receiptNumber);
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
            lines.append(tr("An unpaid payment of %1 from the last run was canceled.").arg(amount));
        else
            lines.append(tr("A payment of %1 from the last run is still open; Kassa will "
                            "finish it at the next start.")
                             .arg(amount));
    }
    if (journalError.code != ErrorCode::None)
        lines.append(tr("The journal could not be read, so payments from the last run may "
                        "still be open; Kassa will finish them at the next start."));
    m_cashier->removeEventFilter(this);
    if (!lines.isEmpty())
        m_cashier->showNotice(lines.join(u' '));
}

void KassaApp::openManager()
{
    auto *pin = new ui::PinDialog(m_managerPin.get(), m_cashier.get());
    pin->setAttribute(Qt::WA_DeleteOnClose);
    connect(pin, &QDialog::accepted, this, [this] {
        ui::ManagerContext context;
        context.journal = m_host->journal();
        context.client = m_host->client();
        context.terminal = m_host->terminalService();
        context.till = &m_host->till();
        context.configPath = m_host->configPath();
        context.receiptFolder = QDir(m_host->tillFolder()).filePath(u"receipts"_s);
        context.cashierId = m_cashier->cashierId();
        context.locale = m_options.locale;
        context.shopSync = m_host->shopSync();
        context.controlUnit = m_host->controlUnit();
        context.drawer = m_host->drawer();
        context.printer = m_printer.get();
        context.catalog = m_catalog.get();
        // The codes the manager prints: the till's own order service, or in
        // the demo the demo café's (kassa-web's, beside the till).
        context.orderService = m_host->till().orderService;
        if (!context.orderService.isEnabled() && m_webshop && m_webshop->orderService())
            context.orderService = m_webshop->orderService()->config();
        // The shop's close covers the demo webshop's and café's sales too.
        if (m_webshop && m_webshop->till().isRegistered())
            context.shopTills = {{m_webshop->till().terminalId, m_webshop->journal()}};
        auto *manager = new ui::ManagerWindow(context, {}, m_cashier.get());
        manager->setAttribute(Qt::WA_DeleteOnClose);
        connect(manager, &ui::ManagerWindow::tillChanged, this,
                [this] { m_cashier->setTill(m_host->till()); });
        manager->open();
    });
    pin->open();
}
