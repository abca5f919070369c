#include "core/ordering/orderbook.h"

#include "core/journal/journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcOrdering)

namespace kassa::ordering {

namespace {

constexpr const char *stateWords[] = {"OPEN", "PAID", "HANDED_OVER", "DROPPED"};

ServiceOrder::State stateFromName(const QString &name)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1StringView(stateWords[i]))
            return ServiceOrder::State(i);
    }
    return ServiceOrder::State::Open;
}

QJsonArray rowsJson(const QList<ServiceOrder::Row> &rows)
{
    QJsonArray list;
    for (const auto &r : rows)
        list.append(QJsonObject{{u"description"_s, r.description},
                                {u"quantity"_s, r.quantity},
                                {u"total"_s, QString::number(r.total.minorUnits())},
                                {u"currency"_s, r.total.currency().code()}});
    return list;
}

QList<ServiceOrder::Row> rowsFrom(const QJsonArray &list)
{
    QList<ServiceOrder::Row> rows;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const auto currency = Currency::fromCode(o.value(u"currency"_s).toString());
        rows.append({o.value(u"description"_s).toString(), o.value(u"quantity"_s).toString(),
                     Money(o.value(u"total"_s).toString().toLongLong(),
                           currency.value_or(Currency::sek()))});
    }
    return rows;
}

} // namespace

QString serviceOrderStateName(ServiceOrder::State state)
{
    return QString::fromLatin1(stateWords[int(state)]);
}

QJsonObject ServiceOrder::toJson() const
{
    // Amounts as minor units in strings: no floating point on the way.
    return QJsonObject{{u"seq"_s, QString::number(seq)},
                       {u"saleId"_s, QString::number(saleId)},
                       {u"invoiceReference"_s, invoiceReference},
                       {u"place"_s, place},
                       {u"state"_s, serviceOrderStateName(state)},
                       {u"orderNumber"_s, QString::number(orderNumber)},
                       {u"rows"_s, rowsJson(rows)},
                       {u"total"_s, QString::number(total.minorUnits())},
                       {u"currency"_s, total.currency().code()},
                       {u"paidAt"_s, paidAt.toString(Qt::ISODateWithMs)},
                       {u"handedOverAt"_s, handedOverAt.toString(Qt::ISODateWithMs)}};
}

std::optional<ServiceOrder> ServiceOrder::fromJson(const QJsonObject &o)
{
    ServiceOrder s;
    bool ok1 = false, ok2 = false, ok3 = false;
    s.seq = o.value(u"seq"_s).toString().toLongLong(&ok1);
    s.saleId = o.value(u"saleId"_s).toString().toLongLong(&ok2);
    const qint64 total = o.value(u"total"_s).toString().toLongLong(&ok3);
    const auto currency = Currency::fromCode(o.value(u"currency"_s).toString());
    if (!ok1 || !ok2 || !ok3 || !currency)
        return std::nullopt;
    s.invoiceReference = o.value(u"invoiceReference"_s).toString();
    s.place = o.value(u"place"_s).toString();
    s.state = stateFromName(o.value(u"state"_s).toString());
    s.orderNumber = o.value(u"orderNumber"_s).toString().toLongLong();
    s.rows = rowsFrom(o.value(u"rows"_s).toArray());
    s.total = Money(total, *currency);
    s.paidAt = QDateTime::fromString(o.value(u"paidAt"_s).toString(), Qt::ISODateWithMs);
    s.handedOverAt =
        QDateTime::fromString(o.value(u"handedOverAt"_s).toString(), Qt::ISODateWithMs);
    return s;
}

OrderBook::OrderBook(SqliteFile file)
    : m_file(std::move(file))
{}

OrderBook::~OrderBook() = default;

Result<std::unique_ptr<OrderBook>> OrderBook::open(const QString &path)
{
    auto file = SqliteFile::open(
        path,
        {u"kassa-orders-"_s,
         u"the order book"_s,
         {u"CREATE TABLE IF NOT EXISTS service_orders ("
          "sale_id INTEGER PRIMARY KEY, invoice_reference TEXT NOT NULL, place TEXT NOT NULL, "
          "state TEXT NOT NULL, seq INTEGER NOT NULL, order_number INTEGER NOT NULL DEFAULT 0, "
          "rows TEXT NOT NULL DEFAULT '[]', total INTEGER NOT NULL DEFAULT 0, "
          "currency TEXT NOT NULL DEFAULT 'SEK', paid_at TEXT, handed_over_at TEXT)"_s,
          u"CREATE INDEX IF NOT EXISTS service_orders_seq ON service_orders(seq)"_s},
         5000});
    if (!file)
        return file.error();
    return std::unique_ptr<OrderBook>(new OrderBook(std::move(file).value()));
}

qint64 OrderBook::lastSeq() const
{
    QSqlQuery q(m_file.database());
    q.exec(u"SELECT COALESCE(MAX(seq), 0) FROM service_orders"_s);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QSet<qint64> OrderBook::saleIds() const
{
    QSqlQuery q(m_file.database());
    q.setForwardOnly(true);
    QSet<qint64> ids;
    if (!q.exec(u"SELECT sale_id FROM service_orders"_s)) {
        qCWarning(lcOrdering).noquote() << "cannot read the order book:" << q.lastError().text();
        return ids;
    }
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

Status OrderBook::recordOpen(qint64 saleId, const QString &invoiceReference, const QString &place)
{
    QSqlQuery q(m_file.database());
    q.prepare(u"INSERT OR IGNORE INTO service_orders (sale_id, invoice_reference, place, state, "
              "seq) VALUES (?, ?, ?, 'OPEN', (SELECT COALESCE(MAX(seq), 0) + 1 FROM "
              "service_orders))"_s);
    q.addBindValue(saleId);
    q.addBindValue(invoiceReference);
    q.addBindValue(place);
    if (!q.exec())
        return makeError(ErrorCode::StorageFailed, q.lastError().text());
    return Ok{};
}

Status OrderBook::setState(qint64 saleId, ServiceOrder::State state, const QString &extraSql,
                           const QVariantList &extra)
{
    QSqlQuery q(m_file.database());
    q.prepare(u"UPDATE service_orders SET state = ?, seq = (SELECT MAX(seq) + 1 FROM "
              "service_orders)"_s +
              extraSql + u" WHERE sale_id = ?"_s);
    q.addBindValue(serviceOrderStateName(state));
    for (const QVariant &v : extra)
        q.addBindValue(v);
    q.addBindValue(saleId);
    if (!q.exec())
        return makeError(ErrorCode::StorageFailed, q.lastError().text());
    if (q.numRowsAffected() > 0)
        Q_EMIT changed(saleId, lastSeq());
    return Ok{};
}

Result<ServiceOrder> OrderBook::recordPaid(const journal::Sale &sale)
{
    auto existing = order(sale.id);
    if (!existing)
        return makeError(ErrorCode::InvalidArgument, u"no service order for this sale"_s);
    if (existing->state == ServiceOrder::State::Paid ||
        existing->state == ServiceOrder::State::HandedOver)
        return *existing;
    QList<ServiceOrder::Row> rows;
    for (const journal::SaleRow &r : sale.rows)
        rows.append({r.description, r.quantity.toString(), r.total});
    const QDateTime paidAt =
        sale.completedAt.isValid() ? sale.completedAt : QDateTime::currentDateTimeUtc();
    if (auto set = setState(
            sale.id, ServiceOrder::State::Paid,
            u", order_number = ?, rows = ?, total = ?, currency = ?, paid_at = ?"_s,
            {sale.receiptNumber.value_or(0),
             QString::fromUtf8(QJsonDocument(rowsJson(rows)).toJson(QJsonDocument::Compact)),
             sale.total.minorUnits(), sale.total.currency().code(),
             paidAt.toUTC().toString(Qt::ISODateWithMs)});
        !set)
        return set.error();
    qCInfo(lcOrdering).noquote() << "service order" << sale.receiptNumber.value_or(0) << "for"
                                 << existing->place << "to hand over";
    return *order(sale.id);
}

Status OrderBook::recordDropped(qint64 saleId)
{
    auto existing = order(saleId);
    if (!existing || existing->state != ServiceOrder::State::Open)
        return Ok{};
    return setState(saleId, ServiceOrder::State::Dropped);
}

Result<bool> OrderBook::recordHandedOver(qint64 saleId)
{
    auto existing = order(saleId);
    if (!existing || existing->state != ServiceOrder::State::Paid)
        return false;
    if (auto set = setState(saleId, ServiceOrder::State::HandedOver, u", handed_over_at = ?"_s,
                            {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        !set)
        return set.error();
    return true;
}

int OrderBook::reconcile(const journal::Journal &journal)
{
    int n = 0;
    for (const ServiceOrder &o : select(u"state = 'OPEN'"_s, {})) {
        const auto sale = journal.sale(o.saleId);
        if (!sale)
            continue;
        if (sale->status == journal::SaleStatus::Completed) {
            if (recordPaid(*sale))
                ++n;
        } else if (sale->status == journal::SaleStatus::Canceled) {
            if (recordDropped(o.saleId))
                ++n;
        }
    }
    return n;
}

QList<ServiceOrder> OrderBook::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_file.database());
    q.prepare(u"SELECT sale_id, invoice_reference, place, state, seq, order_number, rows, total, "
              "currency, paid_at, handed_over_at FROM service_orders WHERE "_s +
              where + u" ORDER BY seq"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<ServiceOrder> list;
    if (!q.exec()) {
        qCWarning(lcOrdering).noquote() << "cannot read the order book:" << q.lastError().text();
        return list;
    }
    while (q.next()) {
        ServiceOrder o;
        o.saleId = q.value(0).toLongLong();
        o.invoiceReference = q.value(1).toString();
        o.place = q.value(2).toString();
        o.state = stateFromName(q.value(3).toString());
        o.seq = q.value(4).toLongLong();
        o.orderNumber = q.value(5).toLongLong();
        o.rows = rowsFrom(QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array());
        o.total = Money(q.value(7).toLongLong(),
                        Currency::fromCode(q.value(8).toString()).value_or(Currency::sek()));
        o.paidAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        o.handedOverAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        list.append(o);
    }
    return list;
}

std::optional<ServiceOrder> OrderBook::order(qint64 saleId) const
{
    const auto list = select(u"sale_id = ?"_s, {saleId});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<ServiceOrder> OrderBook::toHandOver() const
{
    return select(u"state = 'PAID'"_s, {});
}

QList<ServiceOrder> OrderBook::since(qint64 seq) const
{
    return select(u"seq > ? AND state <> 'OPEN'"_s, {seq});
}

} // namespace kassa::ordering
