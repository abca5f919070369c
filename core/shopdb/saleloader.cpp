// loadSales (shopsql.h): the shop database's sales with their rows, VAT and
// tenders, four statements however many sales.
#include "core/shopdb/shopdatabase.h"

#include "core/sale/rowtext.h"
#include "core/shopdb/shopsql.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa::shopdb {

namespace {

// Sales read by four queries, for their heads, rows, VAT lines and tenders;
// each row goes to its sale by (till, sale id).
class SaleLoader
{
public:
    SaleLoader(const Sql &sql, const QString &filter, const QVariantList &binds)
        : m_sql(sql)
        , m_filter(filter)
        , m_binds(binds)
        , m_picked(u" WHERE (x.till_id, x.sale_id) IN (SELECT s.till_id, s.sale_id FROM"
                   " sales s WHERE "_s +
                   filter + u')')
    {}

    QList<ShopSale> load(bool withRows)
    {
        readHeads();
        if (m_list.isEmpty())
            return m_list;
        if (withRows)
            readRows();
        readVat();
        readTenders();
        for (ShopSale &s : m_list)
            std::sort(s.sale.vat.begin(), s.sale.vat.end(), [](const VatLine &a, const VatLine &b) {
                return b.ratePercent < a.ratePercent;
            });
        return m_list;
    }

private:
    // The sale a row of sale_rows, sale_vat or tenders (till_id, sale_id first) belongs to.
    journal::Sale &saleOf(const QSqlQuery &q)
    {
        return m_list[m_index.value({q.value(0).toString(), q.value(1).toLongLong()})].sale;
    }

    void readHeads()
    {
        QSqlQuery q = m_sql.run(
            u"SELECT s.till_id, s.sale_id, s.terminal_id, t.name, s.receipt_number,"
            " kassa_time(s.created_at), kassa_time(s.completed_at), s.cashier_id, s.currency,"
            " s.total_minor FROM sales s JOIN tills t USING(till_id) WHERE "_s +
                m_filter + u" ORDER BY s.created_at, s.till_id, s.sale_id"_s,
            m_binds);
        while (q.next()) {
            ShopSale s;
            s.tillId = q.value(0).toString();
            s.sale.id = q.value(1).toLongLong();
            s.terminalId = q.value(2).toString();
            s.tillName = q.value(3).toString();
            s.sale.receiptNumber = q.value(4).toLongLong();
            s.sale.status = journal::SaleStatus::Completed;
            s.sale.createdAt = timeFrom(q.value(5));
            s.sale.completedAt = timeFrom(q.value(6));
            s.sale.cashierId = q.value(7).toString();
            s.sale.total = moneyFrom(q.value(9), q.value(8));
            m_index.insert({s.tillId, s.sale.id}, m_list.size());
            m_list.append(s);
        }
    }

    // Runs `select` over the picked sales; `add` puts each row on its sale.
    template<class Add> void readEach(const QString &select, const QString &order, Add add)
    {
        QSqlQuery q = m_sql.run(select + m_picked + order, m_binds);
        while (q.next()) {
            journal::Sale &s = saleOf(q);
            add(q, s, s.total.currency().code());
        }
    }

    void readRows()
    {
        readEach(u"SELECT x.till_id, x.sale_id, description, ean, sku, quantity, unit,"
                 " unit_price_minor, total_minor, tax_rate, row_kind FROM sale_rows x"_s,
                 u" ORDER BY x.till_id, x.sale_id, position"_s,
                 [](const QSqlQuery &q, journal::Sale &s, const QString &currency) {
                     journal::SaleRow row{
                         q.value(2).toString(),           q.value(3).toString(),
                         q.value(4).toString(),           decimalFrom(q.value(5)),
                         q.value(6).toString(),           moneyFrom(q.value(7), currency),
                         moneyFrom(q.value(8), currency), decimalFrom(q.value(9))};
                     row.kind = rowKindFrom(q.value(10).toString());
                     s.rows.append(row);
                 });
    }

    void readVat()
    {
        readEach(u"SELECT x.till_id, x.sale_id, rate, gross_minor, vat_minor, net_minor"
                 " FROM sale_vat x"_s,
                 {}, [](const QSqlQuery &q, journal::Sale &s, const QString &currency) {
                     s.vat.append(VatLine{decimalFrom(q.value(2)), moneyFrom(q.value(3), currency),
                                          moneyFrom(q.value(4), currency),
                                          moneyFrom(q.value(5), currency)});
                 });
    }

    void readTenders()
    {
        readEach(u"SELECT x.till_id, x.sale_id, kind, amount_minor, currency, invoice_reference,"
                 " ers_reference, kassa_time(payment_date), tendered_minor FROM tenders x"_s,
                 u" ORDER BY x.till_id, x.sale_id, position"_s,
                 [](const QSqlQuery &q, journal::Sale &s, const QString &) {
                     s.tenders.append(journal::Tender{
                         q.value(2).toString() == u"seqr" ? journal::TenderKind::Seqr
                                                          : journal::TenderKind::Cash,
                         moneyFrom(q.value(3), q.value(4)), q.value(5).toString(),
                         q.value(6).toString(), timeFrom(q.value(7)),
                         moneyFrom(q.value(8), q.value(4))});
                 });
    }

    const Sql &m_sql;
    const QString &m_filter;
    const QVariantList &m_binds;
    const QString m_picked;
    QList<ShopSale> m_list;
    QHash<QPair<QString, qint64>, qsizetype> m_index;
};

} // namespace

QList<ShopSale> loadSales(const Sql &sql, const QString &filter, const QVariantList &binds,
                          bool withRows)
{
    return SaleLoader(sql, filter, binds).load(withRows);
}

} // namespace kassa::shopdb
