#pragma once

#include <QString>
#include <QtGlobal>

// A loopback port for a test that needs one: never a fixed number, which
// another program on the machine may hold.
namespace kassa::test {

// A TCP port on 127.0.0.1 that was free just now: a server bound to port 0
// (the system picks), its port read back, the server closed. For a process
// the test starts on it, or for an address where nothing answers.
quint16 freePort();

// http://127.0.0.1:<freePort()>, without a slash at the end: where nothing
// answers, for a URL the test only stores, shows or fails to reach.
QString freePortBase();

} // namespace kassa::test
