#pragma once

#include "core/journal/journal.h"
#include "core/ordering/orderserviceconfig.h"
#include "core/reconciliation/reconciler.h"
#include "core/seqr/seqrclient.h"
#include "core/shopdb/shopsync.h"
#include "core/terminal/terminalservice.h"
#include "core/terminal/tillconfig.h"

#include <QLocale>

namespace kassa {
class CashDrawer;
}

namespace kassa::controlunit {
class ControlUnitService;
}

namespace kassa::printing {
class TillPrinter;
}

namespace kassa::catalog {
class Catalog;
}

namespace kassa::ui {

// What the manager's tools work with; all must outlive them. `till` is the
// configuration TerminalService changes (and saves to `configPath`).
struct ManagerContext
{
    journal::Journal *journal = nullptr;
    seqr::SeqrClient *client = nullptr;
    TerminalService *terminal = nullptr;
    TillConfig *till = nullptr;
    QString configPath;
    QString receiptFolder;
    QString cashierId;
    QLocale locale;
    shopdb::ShopSync *shopSync = nullptr; // set when the till has a shop database
    // The running till's control unit, when it has one.
    controlunit::ControlUnitService *controlUnit = nullptr;
    // The till's cash drawer: a refund's cash part opens it.
    CashDrawer *drawer = nullptr;
    // The till's catalog (the price edit); null: none.
    catalog::Catalog *catalog = nullptr;
    // The till's ESC/POS receipt printer (the X and Z reports print on it); null: none.
    printing::TillPrinter *printer = nullptr;
    // Scan to order's service whose codes the manager may print: the till's
    // own (orderService in its configuration) or, in the demo, the demo
    // café's. Not enabled: the till knows no service.
    ordering::OrderServiceConfig orderService;
    // Other tills of the shop whose journals this machine holds (in the
    // demo kassa-web's till: the webshop and the café): the shop's close
    // matches their sales too.
    QList<Reconciler::ShopTill> shopTills;
};

} // namespace kassa::ui
