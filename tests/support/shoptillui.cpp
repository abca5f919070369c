#include "tests/support/shoptillui.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace kassa;

ui::ManagerContext managerContextAt(ShopTillFixture &till, const QString &cashierId)
{
    ui::ManagerContext context;
    context.journal = till.journal.get();
    context.client = till.client.get();
    context.till = &till.config;
    const QDir folder = QFileInfo(till.journalPath).absoluteDir();
    context.configPath = folder.filePath(u"till.json"_s);
    context.receiptFolder = folder.filePath(u"receipts"_s);
    context.cashierId = cashierId;
    context.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return context;
}
