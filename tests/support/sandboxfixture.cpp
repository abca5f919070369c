#include "tests/support/sandboxfixture.h"

using namespace kassa;
using namespace kassa::seqr;
using namespace kassa::sandbox;
using namespace Qt::StringLiterals;

SandboxFixture::SandboxFixture(SandboxOptions options, SandboxServerOptions serverOptions)
    : m_service(std::make_unique<SandboxService>(std::move(options)))
    , m_server(std::make_unique<SandboxServer>(m_service.get(), std::move(serverOptions)))
{
    if (auto started = m_server->start(); !started)
        m_error = started.error().detail;
}

QNetworkRequest SandboxFixture::controlRequest(const QString &path) const
{
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader(SandboxServer::controlTokenHeader, m_server->controlToken().toLatin1());
    return request;
}

Credentials SandboxFixture::reseller()
{
    const Reseller demo = demoReseller();
    return Credentials::reseller(demo.id, demo.userId, demo.password);
}

std::unique_ptr<SeqrClient> SandboxFixture::makeClient(const QString &caFile) const
{
    return std::make_unique<SeqrClient>(
        SeqrClientConfig{soapUrl(), std::chrono::milliseconds(10000), caFile});
}

QString SandboxFixture::registerTill(SeqrClient &client, const QString &name, const QString &seqrId)
{
    const QString password = u"till-password-"_s + name;
    auto reg = finished(client.registerTerminal(reseller(), u"Store 1/"_s + name, password, name));
    if (!reg->isSuccess())
        return {};
    const QString terminalId = reg->response().terminalId;
    client.setTerminalCredentials(Credentials::terminal(terminalId, password));
    if (!seqrId.isEmpty()) {
        auto assign = finished(client.assignSeqrId(seqrId));
        if (!assign->isSuccess())
            return {};
    }
    return terminalId;
}

Invoice SandboxFixture::invoice(const QString &total)
{
    const Decimal value = *Decimal::parse(total);
    Invoice inv;
    inv.paymentMode = PaymentMode::ImmediateDebit;
    inv.acknowledgmentMode = AcknowledgmentMode::NoAcknowledgment;
    inv.issueDate = QDateTime::currentDateTime();
    inv.title = u"Lilla Livs"_s;
    inv.clientInvoiceId = u"R-1"_s;
    inv.cashierId = u"anna"_s;
    // Two rows: a fixed 10.00 and the rest, so "rows add up" is exercised.
    const qint64 minor = *value.scaledTo(2);
    InvoiceRow coffee;
    coffee.itemDescription = u"Kaffe"_s;
    coffee.itemQuantity = Decimal::fromInteger(1);
    coffee.itemTaxRate = Decimal::fromInteger(12);
    coffee.itemTotalAmount = Amount{u"SEK"_s, Decimal::fromParts(1000, 2)};
    coffee.itemUnitPrice = coffee.itemTotalAmount;
    InvoiceRow rest;
    rest.itemDescription = u"Ost"_s;
    rest.itemQuantity = Decimal::fromInteger(1);
    rest.itemTaxRate = Decimal::fromInteger(12);
    rest.itemTotalAmount = Amount{u"SEK"_s, Decimal::fromParts(minor - 1000, 2)};
    inv.invoiceRows = {coffee, rest};
    inv.totalAmount = Amount{u"SEK"_s, value};
    return inv;
}
