#pragma once

#include <QUrl>

namespace kassa::test {

// A loopback port just given back: nothing listens there until someone takes
// it again (0 where no port could be had).
quint16 freePort();

// An http:// address on a freePort(): a server that does not answer.
QUrl urlNobodyListensOn();

} // namespace kassa::test
