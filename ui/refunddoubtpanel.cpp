#include "ui/refunddoubtpanel.h"

#include "core/payment/refunder.h"
#include "core/terminal/errortext.h"
#include "ui/plainlabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

RefundDoubtPanel::RefundDoubtPanel(ManagerContext context, ReconcilerTiming timing, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_timing(timing)
    , m_doubt(new PlainLabel(this))
    , m_evidence(new PlainLabel(this))
    , m_reference(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_check(new QPushButton(tr("Read SEQR's report again"), this))
    , m_made(new QPushButton(tr("Refunded at SEQR"), this))
    , m_notMade(new QPushButton(tr("Not refunded"), this))
    , m_result(new PlainLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QLabel *label : {m_doubt, m_evidence, m_result}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_doubt->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    layout->addWidget(m_doubt);
    layout->addWidget(m_evidence);
    auto *form = new QFormLayout;
    m_reference->setPlaceholderText(tr("The refund's reference at SEQR"));
    m_note->setPlaceholderText(tr("What you saw: SEQR's report, its back office, the customer"));
    form->addRow(tr("Refund reference"), m_reference);
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addStretch(1);
    buttons->addWidget(m_made);
    buttons->addWidget(m_notMade);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    connect(m_check, &QPushButton::clicked, this, &RefundDoubtPanel::checkReport);
    connect(m_made, &QPushButton::clicked, this, [this] { settle(true); });
    connect(m_notMade, &QPushButton::clicked, this, [this] { settle(false); });
}

void RefundDoubtPanel::showDoubt(const journal::RefundIntent &intent)
{
    const bool same = intent.id == m_intent.id;
    m_intent = intent;
    m_doubt->setText(describe(Refunder::inDoubtError(intent)) + QLatin1Char(' ') +
                     tr("No other refund of this payment until it is settled."));
    if (same && (isReading() || !m_evidence->text().isEmpty()))
        return;
    m_reference->clear();
    m_note->clear();
    m_result->clear();
    checkReport();
}

void RefundDoubtPanel::checkReport()
{
    if (m_reader || !m_context.client)
        return;
    m_evidence->setText(tr("Reading SEQR's report…"));
    m_check->setEnabled(false);
    m_reader = new RefundDoubtResolver(m_context.client, m_context.journal, m_timing, this);
    m_reader->setEvidenceOnly(true);
    connect(m_reader, &RefundDoubtResolver::finished, this, [this] {
        RefundDoubtResolver *reader = m_reader;
        m_reader = nullptr;
        reader->deleteLater();
        m_check->setEnabled(true);
        for (const RefundEvidence &e : reader->evidence()) {
            if (e.intentId == m_intent.id)
                return showEvidence(e);
        }
        RefundEvidence none;
        none.error = reader->failures().value(0, makeError(ErrorCode::NotFound, {}));
        showEvidence(none);
    });
    m_reader->run();
}

void RefundDoubtPanel::showEvidence(const RefundEvidence &evidence)
{
    m_evidence->setText(describeEvidence(evidence, m_intent, describe(evidence.error, false)));
    if (evidence.kind == RefundEvidence::Kind::Listed && m_reference->text().isEmpty())
        m_reference->setText(evidence.refundErsReference);
}

void RefundDoubtPanel::settle(bool made)
{
    const QString reference = made ? m_reference->text().trimmed() : QString();
    if (made && reference.isEmpty())
        return m_result->setText(
            tr("Type the refund's reference at SEQR, or choose Not refunded."));
    if (m_note->text().trimmed().isEmpty())
        return m_result->setText(tr("Write what you saw in the note first."));
    const Status done =
        settleRefundByManager(*m_context.journal, m_intent.id, reference, m_note->text());
    if (!done)
        return m_result->setText(tr("Not settled: %1").arg(describe(done.error())));
    const QString amount = m_intent.amount.toLocalizedString(m_context.locale);
    Q_EMIT settled(
        made ? tr("The refund of %1 is settled as made at SEQR (refund %2).").arg(amount, reference)
             : tr("The refund of %1 is settled as not made; the payment may be "
                  "refunded again.")
                   .arg(amount));
}

} // namespace kassa::ui
