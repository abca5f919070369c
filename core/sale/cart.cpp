#include "core/sale/cart.h"

#include "core/money/share.h"

#include <map>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

// Whole-receipt discount split over the VAT rates in proportion to their
// gross, so each rate's VAT is computed on what the customer paid. Shares
// are rounded by divideRounded; the rounding remainder goes to the largest
// group so the shares add up to the discount exactly.
QList<std::pair<Decimal, qint64>> splitDiscount(const std::map<Decimal, qint64> &grossByRate,
                                                qint64 discount)
{
    QList<std::pair<Decimal, qint64>> shares;
    if (discount <= 0)
        return shares;
    QList<qint64> weights;
    for (const auto &[rate, amount] : grossByRate)
        weights.append(qMax<qint64>(0, amount));
    const QList<qint64> split = splitInProportion(discount, weights);
    qsizetype i = 0;
    for (const auto &[rate, amount] : grossByRate)
        shares.append({rate, split[i++]});
    return shares;
}

} // namespace

Money Cart::Line::gross() const
{
    auto g = product.unitPrice.timesQuantity(quantity);
    return g ? *g : Money(0, product.unitPrice.currency());
}

Money Cart::Line::total() const
{
    auto t = gross().minus(discount);
    return t ? *t : gross();
}

QString quantityText(const Decimal &quantity, bool byWeight, const QLocale &locale)
{
    QString text = quantity.toString(byWeight ? 3 : 0);
    if (locale.decimalPoint() != u"."_s)
        text.replace(u'.', locale.decimalPoint());
    return text;
}

Result<Decimal> parseQuantity(QStringView text, const QLocale &locale)
{
    QString plain = text.trimmed().toString();
    if (locale.decimalPoint() != u"."_s)
        plain.replace(locale.decimalPoint(), u"."_s);
    // The other separator too: an English till's cashier types "0,5" as
    // often as a Swedish one types "0.5".
    plain.replace(u',', u'.');
    return Decimal::parse(plain);
}

Cart::Cart(Currency currency, QObject *parent)
    : QAbstractTableModel(parent)
    , m_currency(currency)
    , m_receiptDiscount(0, currency)
    , m_cash(0, currency)
{}

void Cart::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Cart::QuantityProblem Cart::quantityProblem(bool soldByWeight, const Decimal &quantity)
{
    if (quantity.isNegative() || quantity.isZero())
        return QuantityProblem::NotPositive;
    if (soldByWeight) {
        if (quantity.scale() > 3)
            return QuantityProblem::TooManyDecimals;
        if (Decimal::fromInteger(maxWeightKg) < quantity)
            return QuantityProblem::TooHeavy;
        return QuantityProblem::None;
    }
    if (quantity.scale() > 0)
        return QuantityProblem::NotWhole;
    if (Decimal::fromInteger(maxPieces) < quantity)
        return QuantityProblem::TooManyPieces;
    return QuantityProblem::None;
}

Status Cart::checkQuantity(const catalog::Product &product, const Decimal &quantity) const
{
    switch (quantityProblem(product.soldByWeight, quantity)) {
    case QuantityProblem::None:
        break;
    case QuantityProblem::NotPositive:
        return makeError(ErrorCode::InvalidArgument, u"the quantity must be more than zero"_s);
    case QuantityProblem::TooManyDecimals:
        return makeError(ErrorCode::TooManyDecimals, u"a weight has at most 3 decimals"_s);
    case QuantityProblem::TooHeavy:
        return makeError(ErrorCode::InvalidArgument, u"a weight is at most 1000 kg"_s);
    case QuantityProblem::NotWhole:
        return makeError(ErrorCode::TooManyDecimals,
                         u"this product is sold by the piece: whole numbers only"_s);
    case QuantityProblem::TooManyPieces:
        return makeError(ErrorCode::InvalidArgument, u"at most 9999 pieces per row"_s);
    }
    if (!(product.unitPrice.currency() == m_currency))
        return makeError(ErrorCode::CurrencyMismatch,
                         u"the product is priced in "_s + product.unitPrice.currency().code());
    return Ok{};
}

Status Cart::addProduct(const catalog::Product &product, const Decimal &quantity)
{
    if (auto ok = checkQuantity(product, quantity); !ok)
        return ok;
    // The first product of a sale: the last sale's change is history.
    m_completed.reset();
    if (!product.soldByWeight && !m_lines.isEmpty() && m_lines.last().product == product &&
        m_lines.last().discount.isZero()) {
        const int row = int(m_lines.size()) - 1;
        const Decimal &had = m_lines.last().quantity;
        const Decimal sum = Decimal::fromInteger(had.mantissa() + quantity.mantissa());
        if (auto ok = setQuantity(row, sum); !ok)
            return ok;
        Q_EMIT lineTouched(row);
        return Ok{};
    }
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(Line{product, quantity, Money(0, m_currency)});
    endInsertRows();
    changed();
    Q_EMIT lineTouched(row);
    return Ok{};
}

Status Cart::addTypedRow(const SaleRow &typed)
{
    if (typed.quantity.isNegative() || typed.quantity.isZero())
        return makeError(ErrorCode::InvalidArgument, u"the quantity must be more than zero"_s);
    if (!(typed.unitPrice.currency() == m_currency))
        return makeError(ErrorCode::CurrencyMismatch,
                         u"the row is priced in "_s + typed.unitPrice.currency().code());
    catalog::Product product;
    product.ean = typed.ean;
    product.sku = typed.sku;
    product.name = typed.description;
    product.unitPrice = typed.unitPrice;
    product.taxRate = typed.taxRate;
    product.soldByWeight = typed.unit == u"kg"_s;
    m_completed.reset();
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(Line{product, typed.quantity, Money(0, m_currency)});
    endInsertRows();
    changed();
    Q_EMIT lineTouched(row);
    return Ok{};
}

Status Cart::setQuantity(int row, const Decimal &quantity)
{
    if (row < 0 || row >= m_lines.size())
        return makeError(ErrorCode::NotFound, u"no such row"_s);
    Line &line = m_lines[row];
    if (auto ok = checkQuantity(line.product, quantity); !ok)
        return ok;
    const Decimal before = line.quantity;
    line.quantity = quantity;
    if (line.gross().minorUnits() < line.discount.minorUnits()) {
        line.quantity = before;
        return makeError(ErrorCode::InvalidArgument,
                         u"the row's discount would be more than the row"_s);
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    changed();
    return Ok{};
}

Status Cart::setRowDiscount(int row, const Money &discount)
{
    if (row < 0 || row >= m_lines.size())
        return makeError(ErrorCode::NotFound, u"no such row"_s);
    if (!(discount.currency() == m_currency))
        return makeError(ErrorCode::CurrencyMismatch, discount.currency().code());
    if (discount.isNegative())
        return makeError(ErrorCode::InvalidArgument, u"a discount cannot be negative"_s);
    Line &line = m_lines[row];
    if (line.gross().minorUnits() < discount.minorUnits())
        return makeError(ErrorCode::InvalidArgument,
                         u"the discount is more than the row's amount"_s);
    line.discount = discount;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    changed();
    return Ok{};
}

Status Cart::setReceiptDiscount(const Money &discount)
{
    if (!(discount.currency() == m_currency))
        return makeError(ErrorCode::CurrencyMismatch, discount.currency().code());
    if (discount.isNegative())
        return makeError(ErrorCode::InvalidArgument, u"a discount cannot be negative"_s);
    if (subtotal().minorUnits() < discount.minorUnits())
        return makeError(ErrorCode::InvalidArgument,
                         u"the discount is more than the receipt's amount"_s);
    m_receiptDiscount = discount;
    changed();
    return Ok{};
}

void Cart::voidRow(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    // A receipt discount may not outgrow what is left.
    if (subtotal().minorUnits() < m_receiptDiscount.minorUnits())
        m_receiptDiscount = Money(0, m_currency);
    changed();
}

void Cart::clear()
{
    beginResetModel();
    m_lines.clear();
    m_receiptDiscount = Money(0, m_currency);
    m_loyaltyRows.clear();
    m_loyaltyLines.clear();
    m_cash = Money(0, m_currency);
    m_completed.reset();
    endResetModel();
    changed();
}

Status Cart::addCash(const Money &cash)
{
    if (!(cash.currency() == m_currency))
        return makeError(ErrorCode::CurrencyMismatch, cash.currency().code());
    if (!cash.isPositive())
        return makeError(ErrorCode::InvalidArgument, u"cash received must be more than zero"_s);
    auto sum = m_cash.plus(cash);
    if (!sum)
        return sum.error();
    m_cash = *sum;
    changed();
    return Ok{};
}

SaleBalance Cart::balance() const
{
    SaleBalance b;
    qint64 rowDiscounts = 0;
    for (const Line &line : m_lines)
        rowDiscounts += line.discount.minorUnits();
    b.rowDiscounts = Money(rowDiscounts, m_currency);
    b.receiptDiscount = m_receiptDiscount;
    b.total = total();
    b.cash = m_cash;
    b.seqr = Money(0, m_currency);
    b.loyalty = m_loyaltyLines;
    return b;
}

void Cart::complete(const Money &paidBySeqr)
{
    SaleBalance done = balance();
    done.seqr = paidBySeqr;
    clear();
    m_completed = done;
    Q_EMIT saleCompleted();
    changed();
}

Money Cart::subtotal() const
{
    qint64 sum = 0;
    for (const Line &line : m_lines)
        sum += line.total().minorUnits();
    return Money(sum, m_currency);
}

Money Cart::total() const
{
    qint64 loyalty = 0;
    for (const SaleRow &row : m_loyaltyRows)
        loyalty += row.total.minorUnits();
    return Money(subtotal().minorUnits() - m_receiptDiscount.minorUnits() + loyalty, m_currency);
}

QList<SaleRow> Cart::saleRows() const
{
    return rowsBeforeLoyalty() + m_loyaltyRows;
}

QList<SaleRow> Cart::rowsBeforeLoyalty() const
{
    QList<SaleRow> rows;
    std::map<Decimal, qint64> grossByRate;
    for (const Line &line : m_lines) {
        SaleRow row;
        row.description = line.product.name;
        row.ean = line.product.ean;
        row.sku = line.product.sku;
        row.quantity = line.quantity;
        row.unit = line.product.unit();
        row.unitPrice = line.product.unitPrice;
        row.total = line.gross();
        row.taxRate = line.product.taxRate;
        row.group = line.product.group;
        row.service = line.product.service;
        rows.append(row);
        grossByRate[row.taxRate] += line.total().minorUnits();
        if (line.discount.isPositive()) {
            SaleRow off;
            off.description = line.product.name;
            off.kind = RowKind::RowDiscount;
            off.unit = u"st"_s;
            off.unitPrice = Money(-line.discount.minorUnits(), m_currency);
            off.total = off.unitPrice;
            off.taxRate = line.product.taxRate;
            off.group = line.product.group;
            off.discount = true;
            rows.append(off);
        }
    }
    for (const auto &[rate, share] : splitDiscount(grossByRate, m_receiptDiscount.minorUnits())) {
        if (share == 0)
            continue;
        SaleRow off;
        off.kind = RowKind::ReceiptDiscount;
        off.unit = u"st"_s;
        off.unitPrice = Money(-share, m_currency);
        off.total = off.unitPrice;
        off.taxRate = rate;
        off.discount = true;
        rows.append(off);
    }
    return rows;
}

QList<VatLine> Cart::vat() const
{
    QList<GrossAtRate> gross;
    for (const SaleRow &row : saleRows())
        gross.append({row.taxRate, row.total});
    auto lines = vatBreakdown(gross);
    return lines ? *lines : QList<VatLine>();
}

void Cart::changed()
{
    Q_EMIT totalsChanged();
}

int Cart::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int Cart::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant Cart::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() == DescriptionColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case DescriptionColumn:
        return line.product.name;
    case QuantityColumn: {
        const QString q = quantityText(line.quantity, line.product.soldByWeight, m_locale);
        if (role == Qt::EditRole)
            return q;
        //: The unit after a quantity: kilograms, or pieces ("st" in Swedish)
        return line.product.soldByWeight ? tr("%1 kg").arg(q) : tr("%1 pcs").arg(q);
    }
    case UnitPriceColumn:
        return line.product.unitPrice.toLocalizedString(m_locale);
    case DiscountColumn:
        return line.discount.isZero()
                   ? QString()
                   : Money(-line.discount.minorUnits(), m_currency).toLocalizedString(m_locale);
    case TotalColumn:
        return line.total().toLocalizedString(m_locale);
    default:
        return {};
    }
}

QVariant Cart::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DescriptionColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Qty");
    case UnitPriceColumn:
        return tr("Price");
    case DiscountColumn:
        return tr("Discount");
    case TotalColumn:
        return tr("Amount");
    default:
        return {};
    }
}

Qt::ItemFlags Cart::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == QuantityColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool Cart::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != QuantityColumn)
        return false;
    auto quantity = parseQuantity(value.toString(), m_locale);
    return quantity && setQuantity(index.row(), *quantity);
}

} // namespace kassa
