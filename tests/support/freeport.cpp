#include "tests/support/freeport.h"

#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace kassa::test {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QUrl urlNobodyListensOn()
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(freePort()) + u"/x"_s);
}

} // namespace kassa::test
