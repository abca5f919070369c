#include "tests/support/phonepage.h"

#include "tests/support/testing.h"
#include "tests/support/webdriver.h"

using namespace Qt::StringLiterals;

namespace kassa::test::phonepage {

bool scanText(WebDriver &browser, const QString &text)
{
    browser.script(u"document.getElementById('qr-input').value = ''"_s);
    return browser.type(u"#qr-input"_s, text) && browser.click(u"#scan-button"_s);
}

bool confirmUntilPinEntry(WebDriver &browser)
{
    return browser.click(u"#confirm-button"_s) && eventually([&] {
               return !browser
                           .script(u"return document.getElementById('pin-section').hidden || "
                                   u"document.getElementById('pin-section').classList."
                                   u"contains('hidden')"_s)
                           .toBool();
           });
}

bool payWithPin(WebDriver &browser, const QString &pin)
{
    browser.script(u"document.getElementById('pin-input').value = ''"_s);
    return browser.type(u"#pin-input"_s, pin) && browser.click(u"#pay-button"_s);
}

} // namespace kassa::test::phonepage
