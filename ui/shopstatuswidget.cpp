#include "ui/shopstatuswidget.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/plainlabel.h"

namespace kassa::ui {

ShopStatusWidget::ShopStatusWidget(shopdb::ShopSync *sync, QLocale locale, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_locale(std::move(locale))
    , m_summary(new PlainLabel(this))
    , m_tills(new QTreeWidget(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_tills->setRootIsDecorated(false);
    m_tills->setHeaderLabels(
        {tr("Till"), tr("Terminal"), tr("Waiting to be sent"), tr("Last contact")});
    m_tills->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new PlainLabel(tr("Tills of the shop:"), this));
    layout->addWidget(m_tills);
    connect(m_sync, &shopdb::ShopSync::statusChanged, this, &ShopStatusWidget::handleStatusChanged);
    handleStatusChanged();
}

QString ShopStatusWidget::summary(const shopdb::ShopSyncStatus &status, const QLocale &locale)
{
    using State = shopdb::ShopSyncStatus::State;
    const int pending = int(status.pending());
    switch (status.state) {
    case State::Connecting:
        return tr("Shop database: connecting…");
    case State::Online:
        if (pending == 0)
            return tr("Shop database: connected, everything sent.");
        return tr("Shop database: connected, sending %n record(s).", nullptr, pending);
    case State::Offline:
        break;
    }
    const QString since =
        locale.toString(status.offlineSince.toLocalTime().time(), QLocale::ShortFormat);
    return tr("Shop database not reachable since %1; %n record(s) wait to be sent. The till "
              "keeps selling and sends them when it is back.",
              nullptr, pending)
        .arg(since);
}

QString ShopStatusWidget::summaryText() const
{
    return m_summary->text();
}

void ShopStatusWidget::handleStatusChanged()
{
    const shopdb::ShopSyncStatus status = m_sync->status();
    m_summary->setText(summary(status, m_locale));
    m_tills->clear();
    for (const shopdb::TillProgress &p : status.tills) {
        auto *item = new QTreeWidgetItem(m_tills);
        item->setText(0, p.till.name.isEmpty() ? p.till.tillId.left(8) : p.till.name);
        item->setText(1, p.till.terminalId);
        item->setText(2, m_locale.toString(p.behind()));
        item->setText(3, p.lastContact.isValid()
                             ? m_locale.toString(p.lastContact.toLocalTime(), QLocale::ShortFormat)
                             : tr("never"));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace kassa::ui
