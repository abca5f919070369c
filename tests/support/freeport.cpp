#include "tests/support/freeport.h"

#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace kassa::test {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString freePortBase()
{
    return u"http://127.0.0.1:"_s + QString::number(freePort());
}

} // namespace kassa::test
