#pragma once

#include <QString>

class WebDriver;

// The sandbox's phone page (the SEQR app's stand-in) as a customer uses it
// in a browser, for the tests that pay from it: written once.
namespace kassa::test::phonepage {

// The QR text typed (what was there cleared first) and Scan pressed.
bool scanText(WebDriver &browser, const QString &text);
// Confirm pressed, and the PIN entry shown.
bool confirmUntilPinEntry(WebDriver &browser);
// The PIN typed (what was there cleared first) and Pay pressed.
bool payWithPin(WebDriver &browser, const QString &pin);

} // namespace kassa::test::phonepage
