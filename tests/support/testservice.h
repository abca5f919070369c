#pragma once

#include "core/http/httpmessage.h"
#include "core/seqr/seqrclient.h"

#include <QObject>
#include <QTcpServer>
#include <QUrl>

// A small external service for the SEQR app's flow, written only to the
// seed documents (PROTOCOL.md, "External service inside the SEQR app"): its
// order page reads TOKEN from the location hash and hands it to the
// backend, which asks SEQR with getClientSessionInfo, sends an invoice and
// gives the page a plain SEQR://SEQR.SE/R<ref> link to pay (and /pay, a
// redirect to it). /success, /failure and /cancel show their hash. Nothing in
// it knows of the sandbox's phone page. A loopback server of its own.
//
//   /order      table number, links #pay (SEQR://…), #pay-redirect (/pay),
//               #menu (another page, for the app's back button) and #leave
//               (SEQR-ACTION://WIZARD/CANCEL)
//   /api/order  POST {token} → {table, invoiceReference}, or 403 {error}
//   /headers    the request's headers as JSON (names in lower case)
class TestService final : public QObject
{
    Q_OBJECT

public:
    // `backend`: a SeqrClient with the service's till credentials.
    explicit TestService(kassa::seqr::SeqrClient *backend, QObject *parent = nullptr);
    bool start();
    QUrl baseUrl() const;

    // What the last getClientSessionInfo answered.
    kassa::seqr::GetClientSessionInfoResponse lastSessionInfo() const { return m_lastInfo; }
    QString lastInvoiceReference() const { return m_lastInvoice; }
    int orderRequests() const { return m_orderRequests; }

private:
    void handle(class QTcpSocket *socket, const kassa::http::HttpRequest &request);

    kassa::seqr::SeqrClient *m_backend;
    QTcpServer m_server;
    kassa::seqr::GetClientSessionInfoResponse m_lastInfo;
    QString m_lastInvoice;
    int m_orderRequests = 0;
};
