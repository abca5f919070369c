#include "core/printing/printerspec.h"

using namespace Qt::StringLiterals;

namespace kassa::printing {

namespace {

Error badSpec(const QString &text, const QString &why)
{
    return makeError(ErrorCode::InvalidArgument, u"printer \""_s + text + u"\": "_s + why);
}

// "HOST", "HOST:PORT", "[v6]:PORT".
Result<PrinterSpec> parseTcp(const QString &text, const QString &rest)
{
    PrinterSpec spec;
    spec.kind = PrinterSpec::Kind::Tcp;
    QString host = rest;
    QString port;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return badSpec(text, u"an IPv6 address wants its closing ]"_s);
        host = rest.mid(1, close - 1);
        if (rest.size() > close + 1 && rest[close + 1] == u':')
            port = rest.mid(close + 2);
    } else if (rest.count(u':') == 1) {
        host = rest.section(u':', 0, 0);
        port = rest.section(u':', 1);
    }
    if (host.isEmpty())
        return badSpec(text, u"no host (escpos:tcp:HOST:9100)"_s);
    spec.target = host;
    if (!port.isEmpty()) {
        bool ok = false;
        const int number = port.toInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return badSpec(text, u"the port is not a number from 1 to 65535"_s);
        spec.port = quint16(number);
    }
    return spec;
}

Result<PrinterSpec> parseSerial(const QString &text, const QString &rest)
{
    PrinterSpec spec;
    spec.kind = PrinterSpec::Kind::Serial;
    spec.target = rest;
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon > 0) {
        bool ok = false;
        const int baud = rest.mid(colon + 1).toInt(&ok);
        if (!ok || baud <= 0)
            return badSpec(text,
                           u"the baud rate is not a number (escpos:serial:/dev/ttyS0:9600)"_s);
        spec.baud = baud;
        spec.target = rest.left(colon);
    }
    if (spec.target.isEmpty())
        return badSpec(text, u"no device (escpos:serial:/dev/ttyS0:9600)"_s);
    return spec;
}

} // namespace

Result<PrinterSpec> PrinterSpec::parse(const QString &input)
{
    const QString text = input.trimmed();
    PrinterSpec spec;
    if (text.isEmpty())
        return spec;
    if (!text.startsWith(u"escpos:"_s)) {
        spec.kind = Kind::System;
        spec.target = text;
        return spec;
    }
    const QString transport = text.section(u':', 1, 1);
    const QString rest = text.section(u':', 2);
    if (transport == u"tcp")
        return parseTcp(text, rest);
    if (transport == u"serial")
        return parseSerial(text, rest);
    if (transport != u"usb" && transport != u"cups")
        return badSpec(text, u"the transport is usb, tcp, serial or cups"_s);
    if (rest.isEmpty())
        return badSpec(text, transport == u"usb" ? u"no device (escpos:usb:/dev/usb/lp0)"_s
                                                 : u"no queue (escpos:cups:QUEUE)"_s);
    spec.kind = transport == u"usb" ? Kind::Usb : Kind::Cups;
    spec.target = rest;
    return spec;
}

QString PrinterSpec::toString() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::System:
        return target;
    case Kind::Usb:
        return u"escpos:usb:"_s + target;
    case Kind::Tcp:
        return u"escpos:tcp:%1:%2"_s.arg(target.contains(u':') ? u'[' + target + u']' : target)
            .arg(port);
    case Kind::Serial:
        return u"escpos:serial:%1:%2"_s.arg(target).arg(baud);
    case Kind::Cups:
        return u"escpos:cups:"_s + target;
    }
    return {};
}

} // namespace kassa::printing
