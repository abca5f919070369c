#include "ui/orderqueuewidget.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "ui/plainlabel.h"

using namespace Qt::StringLiterals;

namespace kassa::ui {

OrderQueueWidget::OrderQueueWidget(ordering::OrderQueue *queue, QLocale locale, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_locale(std::move(locale))
{
    setObjectName(u"orderQueue"_s);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new PlainLabel(tr("Orders to hand over"), this);
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    heading->setFont(f);
    layout->addWidget(heading);
    m_connection = new PlainLabel(this);
    m_connection->setObjectName(u"orderFeedState"_s);
    m_connection->setWordWrap(true);
    m_connection->setStyleSheet(u"color: #b00020;"_s);
    layout->addWidget(m_connection);
    m_empty = new PlainLabel(tr("No orders waiting."), this);
    layout->addWidget(m_empty);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *inner = new QWidget(scroll);
    m_list = new QVBoxLayout(inner);
    m_list->addStretch(1);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);
    setMinimumWidth(260);

    connect(m_queue, &ordering::OrderQueue::changed, this, &OrderQueueWidget::rebuild);
    connect(m_queue, &ordering::OrderQueue::connectedChanged, this, &OrderQueueWidget::rebuild);
    connect(m_queue, &ordering::OrderQueue::arrived, this, &OrderQueueWidget::handleArrived);
    rebuild();
}

OrderQueueWidget::~OrderQueueWidget() = default;

void OrderQueueWidget::handleArrived(const ordering::ServiceOrder &order)
{
    Q_UNUSED(order);
    ++m_announcements;
    QApplication::beep();
}

void OrderQueueWidget::rebuild()
{
    m_connection->setText(m_queue->isConnected()
                              ? QString()
                              : tr("Not connected to the order service: new orders arrive "
                                   "when the connection is back."));
    m_connection->setVisible(!m_queue->isConnected());
    while (m_list->count() > 1) {
        QLayoutItem *item = m_list->takeAt(0);
        delete item->widget();
        delete item;
    }
    const QList<ordering::ServiceOrder> orders = m_queue->orders();
    m_empty->setVisible(orders.isEmpty());
    int index = 0;
    for (const ordering::ServiceOrder &o : orders) {
        auto *card = new QFrame;
        const QString number = QString::number(o.orderNumber);
        card->setObjectName(u"order-"_s + number);
        card->setFrameShape(QFrame::StyledPanel);
        const bool fresh = m_queue->isNew(o.saleId);
        card->setProperty("highlighted", fresh);
        if (fresh)
            card->setStyleSheet(u"QFrame#order-%1 { background: #fff3b0; border: 2px solid "
                                "#e0a000; }"_s.arg(number));
        auto *v = new QVBoxLayout(card);
        auto *title = new PlainLabel(tr("Order %1 · %2").arg(number, o.place), card);
        title->setObjectName(u"title"_s);
        QFont f = title->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.3);
        title->setFont(f);
        v->addWidget(title);
        QStringList lines;
        for (const ordering::ServiceOrder::Row &r : o.rows)
            lines << tr("%1 × %2").arg(r.quantity, r.description);
        auto *rows = new PlainLabel(lines.join(u'\n'), card);
        rows->setObjectName(u"rows"_s);
        rows->setWordWrap(true);
        v->addWidget(rows);
        auto *total = new PlainLabel(o.total.toLocalizedString(m_locale), card);
        v->addWidget(total);
        auto *button = new QPushButton(tr("Handed over"), card);
        button->setObjectName(u"handOver-"_s + number);
        // The barcode field keeps the keyboard.
        button->setFocusPolicy(Qt::NoFocus);
        const qint64 saleId = o.saleId;
        connect(button, &QPushButton::clicked, this, [this, saleId] { m_queue->handOver(saleId); });
        v->addWidget(button);
        m_list->insertWidget(index++, card);
    }
}

} // namespace kassa::ui
