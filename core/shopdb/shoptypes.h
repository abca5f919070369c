#pragma once

#include "core/journal/journaltypes.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kassa::shopdb {

// Who sends: one terminal's journal. `tillId` is the journal's own id (its
// sequence numbers count in it); terminalId and name are what SEQR and
// people call the till today.
struct TillIdentity
{
    QString tillId;
    QString terminalId;
    QString name;
    QString kind = QStringLiteral("till"); // "till" or "web"
};

// One outbox entry with what it stands for, read from the journal.
struct ShopRecord
{
    qint64 seq = 0;
    journal::OutboxEntry::Kind kind = journal::OutboxEntry::Kind::Sale;
    std::optional<journal::Sale> sale;
    std::optional<journal::Refund> refund;
    std::optional<journal::Period> period;
    std::optional<journal::TillEvent> event;
};

// An event of a till as the shop database holds it, with where it was made.
struct ShopEvent
{
    QString tillId;
    QString terminalId;
    QString tillName;
    journal::TillEvent event;
};

// How far one terminal's records have reached the shop database.
struct TillProgress
{
    TillIdentity till;
    qint64 delivered = 0; // the highest sequence number the shop database holds
    qint64 recorded = 0;  // the highest the till said it had, at its last contact
    QDateTime lastContact;
    QDateTime lastDelivery;

    qint64 behind() const { return recorded > delivered ? recorded - delivered : 0; }
};

// A sale as the shop database holds it: the journal's sale plus where it
// was made.
struct ShopSale
{
    QString tillId;
    QString terminalId;
    QString tillName;
    journal::Sale sale;
};

// A coupon's use as the shop database holds it: which till's sale used it.
struct ShopCouponUse
{
    QString code;
    QString tillId;
    QString terminalId;
    QString tillName;
    qint64 saleId = 0;
    QDateTime usedAt;
};

// A refund as the shop database holds it, with where it was made.
struct ShopRefund
{
    QString tillId;
    QString terminalId;
    QString tillName;
    journal::Refund refund;
};

} // namespace kassa::shopdb
