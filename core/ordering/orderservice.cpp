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

webshop::ShopSession *OrderService::open(const QString &token, webshop::ShopSession *current)
{
    if (!isPlausibleToken(token))
        return nullptr;
    if (current && current->serviceToken() == token)
        return current;
    if (auto it = m_visits.constFind(token); it != m_visits.constEnd()) {
        if (webshop::ShopSession *s = m_shop->session(it->sessionId))
            return s; // the same token from another browser: the same visit
    }
    webshop::ShopSession *session = m_shop->createSession();
    // The token marks the visit at once (its cart refuses nothing yet: the
    // page offers products only once the visit is Ready).
    session->setPlace({}, token);
    Visit v;
    v.token = token;
    v.sessionId = session->id();
    m_visits.insert(token, v);
    m_tokenBySession.insert(session->id(), token);
    // Visits of sessions the shop forgot go with them.
    for (auto it = m_visits.begin(); it != m_visits.end();) {
        if (!m_shop->session(it->sessionId)) {
            m_tokenBySession.remove(it->sessionId);
            it = m_visits.erase(it);
        } else {
            ++it;
        }
    }
    QPointer<OrderService> self(this);
    m_lookup(token, [self, token](const ClientSession &info) {
        if (self)
            self->handleLookup(token, info);
    });
    return session;
}

void OrderService::handleLookup(const QString &token, const ClientSession &info)
{
    auto it = m_visits.find(token);
    if (it == m_visits.end())
        return;
    webshop::ShopSession *session = m_shop->session(it->sessionId);
    switch (info.status) {
    case ClientSession::Status::Success:
        it->state = VisitState::Ready;
        it->place = m_config.placeOf(info.parameters);
        if (it->place.isEmpty()) // a code without parameters: the service itself
            it->place = m_config.serviceId;
        it->customer = info.value(u"msisdn"_s);
        if (session)
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
    Q_EMIT visitChanged(it->sessionId);
}

std::optional<OrderService::Visit> OrderService::visit(const QString &sessionId) const
{
    const QString token = m_tokenBySession.value(sessionId);
    auto it = m_visits.constFind(token);
    if (token.isEmpty() || it == m_visits.constEnd())
        return std::nullopt;
    return *it;
}

void OrderService::submit(webshop::ShopSession *session,
                          std::function<void(const Submitted &)> done)
{
    const QString token = session->serviceToken();
    const auto it = m_visits.constFind(token);
    if (token.isEmpty() || it == m_visits.constEnd() || it->sessionId != session->id() ||
        it->state != VisitState::Ready) {
        done({SubmitOutcome::Expired, {}});
        return;
    }
    if (session->hasOpenOrder()) { // its invoice is out already: the same one again
        done({SubmitOutcome::Sent, session->checkout()});
        return;
    }
    QPointer<OrderService> self(this);
    QPointer<webshop::ShopSession> guard(session);
    m_lookup(token, [self, guard, done = std::move(done)](const ClientSession &info) {
        if (!self || !guard) {
            done({SubmitOutcome::Unavailable, {}});
            return;
        }
        done(self->handleSubmitLookup(guard, info));
    });
}

OrderService::Submitted OrderService::handleSubmitLookup(webshop::ShopSession *session,
                                                         const ClientSession &info)
{
    switch (info.status) {
    case ClientSession::Status::Success:
        return {SubmitOutcome::Sent, session->checkout()};
    case ClientSession::Status::Expired:
    case ClientSession::Status::Cancelled:
    case ClientSession::Status::InProgress:
        if (auto it = m_visits.find(session->serviceToken()); it != m_visits.end()) {
            it->state = VisitState::Expired;
            Q_EMIT visitChanged(it->sessionId);
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
