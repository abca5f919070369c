#pragma once

#include "core/common/error.h"
#include "core/money/money.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace kassa::webshop {

// One checkout of a web cart, as the customer's pages see it.
struct WebOrder
{
    Q_GADGET

public:
    enum class State
    {
        Sending,  // sendInvoice in flight
        Waiting,  // the QR (or SEQR link) is shown; the buyer may pay
        Paid,     // journaled; receipt page
        Declined, // the buyer's payment failed
        Canceled, // canceled by the buyer, the customer or SEQR
        TimedOut, // nobody paid within the time limit: canceled
        NotSent,  // SEQR refused or could not be reached: pay another way
    };
    Q_ENUM(State)

    QString id;    // unguessable; in the receipt link (backURL)
    QString token; // unguessable; in the notificationUrl
    QString sessionId;
    QString place; // scan to order: where the customer is ("Table 7"); empty in the webshop
    State state = State::Sending;
    int version = 0; // bumped on every change (pushes say only this)
    QString invoiceReference;
    QString qrCode;
    Money amount;
    QString ersReference;
    qint64 saleId = 0;
    qint64 receiptNumber = 0;
    Error error; // NotSent: why
    QDateTime createdAt;
    QDateTime deadline; // Waiting: when the invoice is canceled unpaid

    bool isOpen() const { return state == State::Sending || state == State::Waiting; }
};

QString webOrderStateName(WebOrder::State state);

} // namespace kassa::webshop
