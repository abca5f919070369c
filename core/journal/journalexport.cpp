#include "core/journal/journalexport.h"

#include "core/common/enumname.h"
#include "core/journal/journal.h"
#include "core/sale/rowtext.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kassa::journal {

namespace {

struct Record
{
    QString kind;
    QDateTime at;
    QString reference;
    std::optional<Money> amount;
    QString detail;
};

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The export's words are English, as its other words ("row", "cash").
QString englishWord(const char *source)
{
    return QString::fromUtf8(source);
}

QString saleDetail(const Journal &journal, const Sale &sale)
{
    QStringList parts;
    for (const SaleRow &row : sale.rows)
        parts.append(u"row "_s + rowText(row, englishWord, QLocale::c()) + u" x "_s +
                     row.quantity.toString() + u" = "_s + row.total.toDecimalString() + u" VAT "_s +
                     row.taxRate.toString() + u'%');
    for (const Tender &t : sale.tenders)
        parts.append(
            (t.kind == TenderKind::Cash ? u"cash "_s : u"SEQR "_s + t.ersReference + u' ') +
            t.amount.toDecimalString());
    if (sale.receiptNumber) {
        const auto signature = journal.receiptSignature(*sale.receiptNumber, u"normal"_s);
        if (signature && *signature && (*signature)->isSigned)
            parts.append(u"control code "_s + (*signature)->controlCode + u" unit "_s +
                         (*signature)->unitId);
    }
    return parts.join(u"; "_s);
}

Status gatherSales(const Journal &journal, const QDateTime &after, const QDateTime &upTo,
                   QList<Record> &out)
{
    const auto sales = journal.sales(after.addDays(-1));
    if (!sales)
        return sales.error();
    for (const Sale &sale : *sales) {
        const bool done = sale.status == SaleStatus::Completed;
        const QDateTime at = done ? sale.completedAt : sale.createdAt;
        if (sale.status == SaleStatus::Open || !(at > after && at <= upTo))
            continue;
        // A training sale (övningskvitto) is listed as what it is.
        out.append(Record{!done           ? u"sale canceled"_s
                          : sale.training ? u"training sale"_s
                                          : u"sale"_s,
                          at,
                          sale.receiptNumber ? QString::number(*sale.receiptNumber)
                                             : u"sale "_s + QString::number(sale.id),
                          sale.total, saleDetail(journal, sale)});
    }
    const auto refunds = journal.refunds(after);
    if (!refunds)
        return refunds.error();
    for (const Refund &r : *refunds) {
        if (r.createdAt <= after || r.createdAt > upTo)
            continue;
        // Its return receipt's number in the till's one series (schema 11).
        const auto receipt = journal.returnReceiptNumber(r.refundErsReference);
        if (!receipt)
            return receipt.error();
        out.append(
            Record{u"return"_s, r.createdAt, r.refundErsReference, r.amount,
                   u"of "_s + r.originalErsReference +
                       (*receipt ? u"; receipt "_s + QString::number(**receipt) : QString())});
    }
    return Ok{};
}

Status gatherDrawerAndFloat(const Journal &journal, const QDateTime &after, const QDateTime &upTo,
                            QList<Record> &out)
{
    const auto openings = journal.drawerOpenings(after, upTo);
    if (!openings)
        return openings.error();
    for (const DrawerOpening &o : *openings)
        out.append(
            Record{u"drawer opening"_s, o.at, o.reference, std::nullopt, enumWords(o.cause)});
    const auto floats = journal.floatChanges(after, upTo);
    if (!floats)
        return floats.error();
    for (const FloatChange &f : *floats)
        out.append(Record{u"float change"_s, f.at, f.reason, f.floatAmount,
                          u"change "_s + f.change.toDecimalString()});
    const auto voided = journal.voidedCarts(after, upTo);
    if (!voided)
        return voided.error();
    for (const VoidedCart &v : *voided)
        out.append(
            Record{u"cart voided"_s, v.at, {}, v.amount, QString::number(v.rows) + u" rows"_s});
    return Ok{};
}

Status gatherPricesAndReports(const Journal &journal, const QDateTime &after, const QDateTime &upTo,
                              QList<Record> &out)
{
    const auto prices = journal.priceChanges(after, upTo);
    if (!prices)
        return prices.error();
    for (const PriceChange &p : *prices)
        out.append(Record{u"price change"_s, p.at, p.ean, p.newPrice,
                          p.name + u"; was "_s +
                              (p.oldPrice ? p.oldPrice->toDecimalString() : u"new"_s) + u"; "_s +
                              p.source + (p.who.isEmpty() ? QString() : u" by "_s + p.who)});
    const auto zs = journal.zReports(after, upTo);
    if (!zs)
        return zs.error();
    for (const ZRecord &z : *zs)
        out.append(Record{u"Z report"_s, z.takenAt, QString::number(z.number), z.sales,
                          QString::fromUtf8(z.report)});
    const auto events = journal.eventLog(after, upTo);
    if (!events)
        return events.error();
    for (const EventRecord &e : *events)
        out.append(Record{u"event "_s + e.kind, e.at, e.reference, std::nullopt, e.detail});
    return Ok{};
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray render(const QList<Record> &records, ExportFormat format, const QDate &from,
                  const QDate &to, const QString &journalId)
{
    if (format == ExportFormat::Csv) {
        QString csv = u"kind,at,reference,amount,currency,detail\n"_s;
        for (const Record &r : records)
            csv += QStringList{csvField(r.kind),
                               isoTime(r.at),
                               csvField(r.reference),
                               r.amount ? r.amount->toDecimalString() : QString(),
                               r.amount ? r.amount->currency().code() : QString(),
                               csvField(r.detail)}
                       .join(u',') +
                   u'\n';
        return csv.toUtf8();
    }
    QJsonArray list;
    for (const Record &r : records) {
        QJsonObject o{{u"kind"_s, r.kind},
                      {u"at"_s, isoTime(r.at)},
                      {u"reference"_s, r.reference},
                      {u"detail"_s, r.detail}};
        if (r.amount) {
            o.insert(u"amount"_s, r.amount->toDecimalString());
            o.insert(u"currency"_s, r.amount->currency().code());
        }
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{u"journal"_s, journalId},
                                     {u"from"_s, from.toString(Qt::ISODate)},
                                     {u"to"_s, to.toString(Qt::ISODate)},
                                     {u"records"_s, list}})
        .toJson(QJsonDocument::Indented);
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::StorageFailed,
                         u"cannot write "_s + path + u": "_s + file.errorString());
    return Ok{};
}

} // namespace

Result<ExportedJournal> exportJournal(const Journal &journal, const QDate &from, const QDate &to,
                                      ExportFormat format, const QString &path)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidArgument,
                         u"the dates must run from the first to the last"_s);
    const QDateTime after = from.startOfDay().addMSecs(-1).toUTC();
    const QDateTime upTo = to.addDays(1).startOfDay().addMSecs(-1).toUTC();
    QList<Record> records;
    for (auto gather : {gatherSales, gatherDrawerAndFloat, gatherPricesAndReports})
        if (auto gathered = gather(journal, after, upTo, records); !gathered)
            return gathered.error();
    std::stable_sort(records.begin(), records.end(),
                     [](const Record &a, const Record &b) { return a.at < b.at; });
    const auto id = journal.journalId();
    const QByteArray bytes = render(records, format, from, to, id ? *id : QString());
    ExportedJournal done;
    done.path = path;
    done.checksumPath = path + u".sha256"_s;
    done.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    done.records = int(records.size());
    if (auto written = writeFile(path, bytes); !written)
        return written.error();
    const QByteArray sum =
        done.sha256.toLatin1() + "  " + QFileInfo(path).fileName().toUtf8() + '\n';
    if (auto written = writeFile(done.checksumPath, sum); !written)
        return written.error();
    return done;
}

} // namespace kassa::journal
