#pragma once

#include "tests/support/shoptillfixture.h"
#include "ui/managercontext.h"

// The manager window's context at `till` for `cashierId`: the till's
// journal, client and configuration, till.json and the receipts folder
// beside its journal, English (United States).
kassa::ui::ManagerContext managerContextAt(ShopTillFixture &till, const QString &cashierId);
