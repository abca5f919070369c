#include "core/ordering/orderservice.h"

#include "core/journal/journal.h"
#include "core/webshop/weborderstore.h"

#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOrdering, "kassa.ordering", QtInfoMsg)

namespace kassa::ordering {

QString ClientSession::value(const QString &key) const
{
    for (const auto &[k, v] : parameters) {
        if (k == key)
            return v;
    }
    return {};
}

OrderService::OrderService(webshop::WebShop *shop, OrderBook *book, OrderServiceConfig config,
                           Lookup lookup, QObject *parent)
    : QObject(parent)
    , m_shop(shop)
    , m_book(book)
    , m_config(std::move(config))
    , m_lookup(std::move(lookup))
{
    connect(m_shop, &webshop::WebShop::orderChanged, this, &OrderService::handleOrderChanged);
    connect(m_shop, &webshop::WebShop::sessionEnded, this,
            [this](const QString &sessionId) { m_visits.remove(sessionId); });
}

OrderService::~OrderService() = default;

bool OrderService::isPlausibleToken(const QString &token)
{
    if (token.isEmpty() || token.size() > 128)
        return false;
    for (QChar c : token) {
        if (c.unicode() <= 32 || c.unicode() >= 127)
            return false;
    }
    return true;
}

webshop::ShopSession *OrderService::open(const QString &token, webshop::ShopSession *current,
                                         const QString &client,
                                         webshop::WebShop::SessionRefusal *refusal)
{
    if (!isPlausibleToken(token))
        return nullptr;
    webshop::ShopSession *session = nullptr;
    if (current && current->serviceToken() == token && m_visits.contains(current->id())) {
        session = current; // a reload: asked again all the same
    } else {
        // Each browser its own visit: a token seen elsewhere opens nothing
        // of the other browser's (its cart, its order).
        session = m_shop->createSession(client, refusal);
        if (!session)
            return nullptr;
    }
    // Nothing can be ordered until SEQR has said where the customer is.
    session->setPlace({}, token);
    Visit v;
    v.token = token;
    v.sessionId = session->id();
    m_visits.insert(session->id(), v);
    QPointer<OrderService> self(this);
    m_lookup(token, [self, id = session->id(), token](const ClientSession &info) {
        if (self)
            self->handleLookup(id, token, info);
    });
    return session;
}

void OrderService::handleLookup(const QString &sessionId, const QString &token,
                                const ClientSession &info)
{
    auto it = m_visits.find(sessionId);
    webshop::ShopSession *session = m_shop->session(sessionId);
    if (it == m_visits.end() || it->token != token || !session)
        return;
    switch (info.status) {
    case ClientSession::Status::Success:
        it->place = m_config.placeOf(info.parameters);
        if (it->place.isEmpty()) {
            // A code the shop never printed (or one with words of its own
            // in it): its text goes nowhere, not to SEQR, not to the tills.
            it->state = VisitState::UnknownCode;
            qCWarning(lcOrdering) << "service visit from a code that is not one of the shop's";
            break;
        }
        it->state = VisitState::Ready;
        it->customer = info.value(u"msisdn"_s);
        session->setPlace(it->place, token);
        qCInfo(lcOrdering).noquote() << "service visit at" << it->place;
        break;
    case ClientSession::Status::Expired:
    case ClientSession::Status::Cancelled:
    case ClientSession::Status::InProgress:
        it->state = VisitState::Expired;
        qCInfo(lcOrdering) << "service visit with an expired or cancelled token";
        break;
    case ClientSession::Status::Unavailable:
        it->state = VisitState::Unavailable;
        qCWarning(lcOrdering) << "service visit: SEQR could not tell who scanned";
        break;
    }
}

std::optional<OrderService::Visit> OrderService::visit(const QString &sessionId) const
{
    const auto it = m_visits.constFind(sessionId);
    if (it == m_visits.constEnd())
        return std::nullopt;
    return *it;
}

void OrderService::submit(webshop::ShopSession *session,
                          std::function<void(const Submitted &)> done, const QString &client)
{
    const QString token = session->serviceToken();
    const auto it = m_visits.constFind(session->id());
    if (token.isEmpty() || it == m_visits.constEnd() || it->token != token ||
        it->state != VisitState::Ready) {
        done({SubmitOutcome::Expired, {}});
        return;
    }
    if (session->hasOpenOrder()) { // its invoice is out already: the same one again
        done({SubmitOutcome::Sent, session->checkout(client)});
        return;
    }
    QPointer<OrderService> self(this);
    QPointer<webshop::ShopSession> guard(session);
    m_lookup(token, [self, guard, client, done = std::move(done)](const ClientSession &info) {
        if (!self || !guard) {
            done({SubmitOutcome::Unavailable, {}});
            return;
        }
        done(self->handleSubmitLookup(guard, info, client));
    });
}

OrderService::Submitted OrderService::handleSubmitLookup(webshop::ShopSession *session,
                                                         const ClientSession &info,
                                                         const QString &client)
{
    switch (info.status) {
    case ClientSession::Status::Success:
        return {SubmitOutcome::Sent, session->checkout(client)};
    case ClientSession::Status::Expired:
    case ClientSession::Status::Cancelled:
    case ClientSession::Status::InProgress:
        if (auto it = m_visits.find(session->id()); it != m_visits.end()) {
            it->state = VisitState::Expired;
        }
        qCInfo(lcOrdering)
            << "service order not sent: the token expired or was cancelled meanwhile";
        return {SubmitOutcome::Expired, {}};
    case ClientSession::Status::Unavailable:
        break;
    }
    qCWarning(lcOrdering) << "service order not sent: SEQR could not confirm the visit";
    return {SubmitOutcome::Unavailable, {}};
}

void OrderService::handleOrderChanged(const QString &orderId)
{
    const webshop::WebOrder *o = m_shop->order(orderId);
    if (!o || o->place.isEmpty() || o->saleId == 0)
        return;
    switch (o->state) {
    case webshop::WebOrder::State::Waiting:
        if (auto recorded = m_book->recordOpen(o->saleId, o->invoiceReference, o->place); !recorded)
            qCCritical(lcOrdering).noquote()
                << "the order book cannot take an order:" << recorded.error().detail;
        break;
    case webshop::WebOrder::State::Paid:
        if (const auto sale = m_shop->journal()->sale(o->saleId)) {
            // An order whose Waiting never reached the book still arrives.
            (void)m_book->recordOpen(o->saleId, o->invoiceReference, o->place);
            if (auto paid = m_book->recordPaid(*sale); !paid)
                qCCritical(lcOrdering).noquote()
                    << "a paid order is not in the order book:" << paid.error().detail;
        }
        break;
    case webshop::WebOrder::State::Declined:
    case webshop::WebOrder::State::Canceled:
    case webshop::WebOrder::State::TimedOut:
        if (auto dropped = m_book->recordDropped(o->saleId); !dropped)
            qCWarning(lcOrdering).noquote() << "order book:" << dropped.error().detail;
        break;
    case webshop::WebOrder::State::Sending:
    case webshop::WebOrder::State::NotSent:
        break;
    }
}

Result<bool> OrderService::handOver(qint64 saleId)
{
    return m_book->recordHandedOver(saleId);
}

int OrderService::restoreMissing()
{
    const webshop::WebOrderStore *store = m_shop->orderStore();
    if (!store)
        return 0;
    const journal::Journal *journal = m_shop->journal();
    const auto inFlight = journal->invoicesInFlight();
    // No age limit: a paid order must never vanish unhanded, also after a
    // crash followed by a long closure (the holidays, a server broken for
    // weeks). A start stays quick with years of orders all the same: the
    // book's keys are read once and only the orders it does not hold
    // (normally none) are looked up in the journal. What the book holds —
    // handed over, dropped, paid — it keeps as it is.
    int n = 0;
    for (const webshop::WebOrderStore::Entry &e : store->placedExcept(m_book->saleIds())) {
        const auto sale = journal->sale(e.saleId);
        if (!sale || sale->status == journal::SaleStatus::Canceled)
            continue;
        QString invoice;
        for (const journal::Tender &t : sale->tenders) {
            if (t.kind == journal::TenderKind::Seqr)
                invoice = t.invoiceReference;
        }
        if (invoice.isEmpty() && inFlight) {
            for (const journal::SeqrInvoice &i : *inFlight) {
                if (i.saleId == e.saleId)
                    invoice = i.invoiceReference;
            }
        }
        if (invoice.isEmpty())
            continue; // the invoice never went out: nothing to pay, nothing to hand over
        if (auto recorded = m_book->recordOpen(e.saleId, invoice, e.place); !recorded) {
            qCCritical(lcOrdering).noquote()
                << "the order book cannot take an order:" << recorded.error().detail;
            continue;
        }
        ++n;
    }
    if (n)
        qCInfo(lcOrdering) << n << "service orders put back in the order book from the web orders";
    return n;
}

void OrderService::reconcile()
{
    restoreMissing();
    if (const int n = m_book->reconcile(*m_shop->journal()))
        qCInfo(lcOrdering) << n << "service orders brought in line with the journal";
}

} // namespace kassa::ordering
