#pragma once

#include "core/journal/journaltypes.h"
#include "core/payment/refunddoubts.h"
#include "ui/managercontext.h"

#include <QLabel>
#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace kassa::ui {

// A refund in doubt, in the refund tab: what the journal knows of it, what
// SEQR's report says of it (read when shown; or that it cannot be read),
// and the manager's settlement — refunded at SEQR (with the refund's
// reference, taken from the report when it lists one) or not refunded,
// with a note of what was seen. Core's settleRefundByManager decides;
// settled() follows, and the payment may be refunded again.
class RefundDoubtPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundDoubtPanel)

public:
    RefundDoubtPanel(ManagerContext context, ReconcilerTiming timing, QWidget *parent = nullptr);

    // Shows `intent` and reads SEQR's report for it.
    void showDoubt(const journal::RefundIntent &intent);
    void checkReport();
    // Settles as made (the reference field) or not made, with the note field.
    void settle(bool made);

    QString doubtText() const { return m_doubt->text(); }
    QString evidenceText() const { return m_evidence->text(); }
    QString resultText() const { return m_result->text(); }
    bool isReading() const { return m_reader != nullptr; }
    QLineEdit *referenceField() const { return m_reference; }
    QLineEdit *noteField() const { return m_note; }
    QPushButton *madeButton() const { return m_made; }
    QPushButton *notMadeButton() const { return m_notMade; }

Q_SIGNALS:
    // The refund is settled: `said` tells the manager how.
    void settled(const QString &said);

private:
    void showEvidence(const RefundEvidence &evidence);

    ManagerContext m_context;
    ReconcilerTiming m_timing;
    journal::RefundIntent m_intent;
    QPointer<RefundDoubtResolver> m_reader;
    QLabel *m_doubt;
    QLabel *m_evidence;
    QLineEdit *m_reference;
    QLineEdit *m_note;
    QPushButton *m_check;
    QPushButton *m_made;
    QPushButton *m_notMade;
    QLabel *m_result;
};

} // namespace kassa::ui
