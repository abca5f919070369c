#pragma once

#include "core/common/result.h"
#include "core/http/httpserver.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

namespace kassa::sandbox {

class ControlUnitPorts;
class ControlUnitSandbox;

// control-unit-sandbox's JSON control API on loopback HTTP:
//   GET  /state     the unit (number, protocol, counters, faults, its lines)
//   GET  /receipts  everything it signed, oldest first
//   GET  /faults    the faults in force
//   POST /faults    {"nakCode": 6, "nakCount": 1, "slowMs": 300, "silent": true,
//                    "storage": "nearlyFull", "dropByte": 1, "corruptByte": 1,
//                    "notOperational": true} — only the keys given change
//   POST /faults/clear   back to a healthy unit
//   POST /drop      closes every TCP connection (an adapter losing its unit)
// POSTs need Content-Type application/json and no foreign Origin.
class ControlUnitControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlUnitControl)

public:
    ControlUnitControl(ControlUnitSandbox *unit, ControlUnitPorts *ports,
                       QObject *parent = nullptr);
    Status listen(const QHostAddress &address, quint16 port);
    QUrl baseUrl() const;

private:
    http::HttpResponse route(const http::HttpRequest &request);
    http::HttpResponse post(const http::HttpRequest &request);

    ControlUnitSandbox *m_unit;
    ControlUnitPorts *m_ports;
    http::HttpServer *m_server;
};

} // namespace kassa::sandbox
