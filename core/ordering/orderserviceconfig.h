#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace kassa::ordering {

// One printed service code: a table, a counter or a shelf. Its label is
// what the sheet prints under it (and what the till shows with the order);
// its parameters go into the code and come back from getClientSessionInfo.
struct ServiceCode
{
    QString label;                             // "Table 7"
    QList<QPair<QString, QString>> parameters; // table=7

    friend bool operator==(const ServiceCode &, const ServiceCode &) = default;
};

// Scan to order: the shop as an external service inside the SEQR app.
// Kept as the `orderService` object of kassa-web's configuration:
//
//   "orderService": { "serviceId": "KASSACAFE", "feedKey": "…",
//                     "menu": ["7350…", …],
//                     "codes": [ { "label": "Table 1", "parameters": { "table": "1" } } ] }
//
// Without a serviceId there is no order service. `menu` lists the EANs the
// service offers (empty: the whole catalog, except products sold by
// weight). `feedKey` is the secret tills present to receive paid orders.
struct OrderServiceConfig
{
    QString serviceId; // agreed with SEQR: letters, digits, '-' and '_'
    QString feedKey;
    QStringList menu;
    QList<ServiceCode> codes;

    bool isEnabled() const { return !serviceId.isEmpty(); }
    // A sheet of codes can be printed: a service ID and at least one code.
    bool hasCodesToPrint() const { return isEnabled() && !codes.isEmpty(); }
    static bool isValidServiceId(const QString &id);

    // HTTP://SEQR.SE/000/<serviceId>?k1=v1&k2=v2 — what the code says
    // (upper case scheme and host: the QR's alphanumeric part stays short).
    QString codeText(const ServiceCode &code) const;
    // Where the customer is, in words, from the parameters SEQR sends back:
    // the label of the code with exactly these parameters (SEQR's own,
    // msisdn and subscriberKey, aside); empty when no code of the shop has
    // them — a code the shop never printed, or one with words added.
    QString placeOf(const QList<QPair<QString, QString>> &parameters) const;

    // "Table 1" … "Table N" (table=1 … N): the codes a café starts with.
    static QList<ServiceCode> tables(int count, const QString &word = QStringLiteral("Table"));
    // "LABEL:k=v&k2=v2" (a command line's --code); nullopt-like empty label
    // when it cannot be read.
    static ServiceCode parseCode(const QString &text);

    static OrderServiceConfig fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    friend bool operator==(const OrderServiceConfig &, const OrderServiceConfig &) = default;
};

// On a till: where to receive the service's paid orders (kassa-web's
// address) and the key to present. Kept as `orderFeed` in till.json:
//   "orderFeed": { "url": "http://shop-server:8091/", "key": "…" }
struct OrderFeedConfig
{
    QString url;
    QString key;

    bool isEnabled() const { return !url.isEmpty() && !key.isEmpty(); }
    static OrderFeedConfig fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    friend bool operator==(const OrderFeedConfig &, const OrderFeedConfig &) = default;
};

} // namespace kassa::ordering
