#include "tests/support/testservice.h"

#include "core/http/httprequestparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::seqr;
using kassa::http::HttpRequest;
using kassa::http::HttpRequestParser;
using kassa::http::HttpResponse;

namespace {

HttpResponse html(const QByteArray &body)
{
    HttpResponse r;
    r.contentType = "text/html; charset=utf-8";
    r.body = "<!doctype html><html><head><meta charset=\"utf-8\">"
             "<meta name=\"viewport\" content=\"width=device-width\"><title>Café</title></head>"
             "<body>" +
             body + "</body></html>";
    // A service may forbid framing: the app's web view is no frame.
    r.headers = {{"X-Frame-Options", "DENY"},
                 {"Content-Security-Policy", "frame-ancestors 'none'"}};
    return r;
}

// Only what the seeds say: the token is the hash; the trigger is a plain
// SEQR:// link.
constexpr QByteArrayView kOrderPage =
    "<h1>Café order</h1><p>Table <span id=\"table\"></span></p>"
    "<p id=\"problem\"></p>"
    "<p><a id=\"pay\" href=\"#\">Pay with SEQR</a></p>"
    "<p id=\"hint\">Or type the code into the app: SEQR://SEQR.SE/R…</p>"
    "<p id=\"code\"></p>"
    "<p><a id=\"pay-redirect\" href=\"#\">Pay (via the server)</a></p>"
    "<p><a id=\"menu\" href=\"/menu\">Menu</a></p>"
    "<p><a id=\"leave\" href=\"SEQR-ACTION://WIZARD/CANCEL\">Leave</a></p>"
    "<script src=\"/order.js\"></script>";

constexpr QByteArrayView kOrderScript =
    "'use strict';\n"
    "const token = location.hash.slice(1);\n"
    "fetch('/api/order', { method: 'POST', headers: { 'Content-Type': 'application/json' },\n"
    "                      body: JSON.stringify({ token: token }) })\n"
    "  .then((r) => r.json())\n"
    "  .then((order) => {\n"
    "    if (order.error) { document.getElementById('problem').textContent = order.error; return; "
    "}\n"
    "    document.getElementById('table').textContent = order.table;\n"
    "    document.getElementById('pay').href = 'SEQR://SEQR.SE/R' + order.invoiceReference;\n"
    "    document.getElementById('code').textContent = 'SEQR://SEQR.SE/R' + "
    "order.invoiceReference;\n"
    "    document.getElementById('pay-redirect').href = '/pay?ref=' + order.invoiceReference;\n"
    "  });\n";

constexpr QByteArrayView kOutcomeScript =
    "<script>document.getElementById('hash').textContent = location.hash.slice(1);</script>";

} // namespace

TestService::TestService(SeqrClient *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto parser = std::make_shared<HttpRequestParser>();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, parser] {
                parser->append(socket->readAll());
                if (parser->next() != HttpRequestParser::Status::Complete)
                    return;
                disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
                handle(socket, parser->takeRequest());
            });
        }
    });
}

bool TestService::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TestService::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(m_server.serverPort()));
}

void TestService::handle(QTcpSocket *socket, const HttpRequest &request)
{
    QPointer<QTcpSocket> guard(socket);
    auto answer = [guard](const HttpResponse &r) {
        if (guard) {
            guard->write(r.serialize(false));
            guard->disconnectFromHost();
        }
    };
    const QByteArray path = request.path;
    if (path == "/order")
        return answer(html(kOrderPage.toByteArray()));
    if (path == "/order.js") {
        HttpResponse r;
        r.contentType = "text/javascript; charset=utf-8";
        r.body = kOrderScript.toByteArray();
        return answer(r);
    }
    if (path == "/cookie") {
        // For the web view's header handling.
        HttpResponse r = html("<p>cookie</p>");
        r.headers = {{"X-Frame-Options", "SAMEORIGIN"},
                     {"Set-Cookie", "visit=1; Domain=127.0.0.1; Path=/; HttpOnly"},
                     {"Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'"}};
        return answer(r);
    }
    if (path == "/headers") {
        // For the web view's header handling: what reached the service.
        QJsonObject headers;
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
            headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
        return answer(HttpResponse::json(QJsonDocument(headers).toJson(QJsonDocument::Compact)));
    }
    if (path == "/menu")
        return answer(html("<h1 id=\"menu-title\">Menu</h1><p>Coffee 45.00</p>"));
    if (path == "/success" || path == "/failure" || path == "/cancel")
        return answer(html("<h1 id=\"outcome\">" + path.mid(1) + "</h1><p id=\"hash\"></p>" +
                           kOutcomeScript.toByteArray()));
    if (path == "/pay") {
        // The server's trigger: a redirect to the SEQR link.
        HttpResponse r;
        r.status = 303;
        r.headers = {
            {"Location", "SEQR://SEQR.SE/R" + request.query.queryItemValue(u"ref"_s).toLatin1()}};
        return answer(r);
    }
    if (path == "/api/order" && request.method == "POST") {
        ++m_orderRequests;
        const QString token = QJsonDocument::fromJson(request.body).object()[u"token"_s].toString();
        auto *info = m_backend->getClientSessionInfo(token);
        connect(info, &SeqrCall::finished, this, [this, info, answer] {
            info->deleteLater();
            m_lastInfo = info->response();
            if (info->status() != CallStatus::Success || !info->response().isSessionValid())
                return answer(
                    HttpResponse::json(R"({"error":"Please scan the code again."})", 403));
            Invoice invoice;
            invoice.paymentMode = PaymentMode::ImmediateDebit;
            invoice.acknowledgmentMode = AcknowledgmentMode::NoAcknowledgment;
            invoice.title = u"Café, table "_s + parameterValue(m_lastInfo.parameters, u"table");
            InvoiceRow row;
            row.itemDescription = u"Coffee"_s;
            row.itemQuantity = Decimal::fromInteger(1);
            row.itemTotalAmount = Amount{u"SEK"_s, Decimal::fromParts(4500, 2)};
            invoice.invoiceRows = {row};
            invoice.totalAmount = row.itemTotalAmount;
            auto *sent = m_backend->sendInvoice(invoice);
            connect(sent, &SeqrCall::finished, this, [this, sent, answer] {
                sent->deleteLater();
                m_lastInvoice = sent->response().invoiceReference;
                const QJsonObject order{
                    {u"table"_s, parameterValue(m_lastInfo.parameters, u"table")},
                    {u"invoiceReference"_s, m_lastInvoice}};
                answer(HttpResponse::json(QJsonDocument(order).toJson(QJsonDocument::Compact)));
            });
        });
        return;
    }
    answer(HttpResponse::text("not found\n", 404));
}
