#pragma once

#include "tests/support/testing.h"
#include "tests/support/webdriver.h"

#include <QString>

#include <memory>

// For a test case's initTestCase(): `browser` (a std::unique_ptr<WebDriver>)
// made with the arguments that follow and started. Without a browser on
// the machine the test case is skipped (failed under CI) with `why`
// ("… needs a browser") and the reason; one that does not start fails it.
#define KASSA_START_BROWSER(browser, why, ...)                                                     \
    do {                                                                                           \
        const QString missing = WebDriver::unavailableReason();                                    \
        if (!missing.isEmpty())                                                                    \
            KASSA_SKIP(qPrintable(QStringLiteral(why ": ") + missing));                            \
        browser = std::make_unique<WebDriver>(__VA_ARGS__);                                        \
        QVERIFY2(browser->start(), qPrintable(browser->error()));                                  \
    } while (false)
