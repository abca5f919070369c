#pragma once

#include "core/printing/printerspec.h"
#include "core/printing/printerstatus.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QThread;

namespace kassa::printing {

class PrintWorker;

struct PrintJob
{
    enum class Kind
    {
        Receipt,    // kept when it does not print, to be printed again
        Test,       // the till setup's test print
        DrawerKick, // goes before waiting receipts; never kept
    };
    int id = 0;
    Kind kind = Kind::Receipt;
    QString title;            // "Receipt 42"
    qint64 receiptNumber = 0; // a sale's receipt; 0 otherwise
    QByteArray bytes;
};

struct PrintOutcome
{
    PrintJob job;
    bool printed = false;
    PrinterProblem problem = PrinterProblem::None;
    QString detail;       // untranslated (logs, kassa-cli)
    PrinterStatus status; // as the printer last reported it
    int attempts = 0;
};

// The till's receipt printer, off the window's thread: jobs are printed in
// order on a thread of their own (a drawer kick goes first), so a slow,
// switched-off or paperless printer never holds up the window or a sale.
// For each job it asks the printer's status where the transport can read
// (DLE EOT), sends the bytes, and asks again: a printer out of paper, with
// its cover open or off-line fails the job at once; one that cannot be
// reached is tried again (three times, ½ s and 1½ s apart). A receipt that
// did not print is kept (keptJobs()) until printKeptAgain() — F9.
//
// Lives in the thread that made it; jobFinished and statusChanged arrive
// there. Destroying it waits for the job being printed (at most its time limits).
class PrintQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintQueue)

public:
    explicit PrintQueue(const PrinterSpec &spec, QObject *parent = nullptr);
    ~PrintQueue() override;

    const PrinterSpec &spec() const { return m_spec; }
    // Queues the bytes; returns the job's id (jobFinished names it).
    int submit(PrintJob::Kind kind, const QByteArray &bytes, const QString &title = {},
               qint64 receiptNumber = 0);
    // Asks the printer's status; statusChanged answers (known = false when it cannot tell).
    void requestStatus();

    QList<PrintJob> keptJobs() const { return m_kept; }
    bool hasKeptJobs() const { return !m_kept.isEmpty(); }
    // Queues the kept receipts again, whole, in their order.
    void printKeptAgain();
    // Jobs submitted and not yet finished.
    int pending() const { return m_pending; }
    PrinterStatus lastStatus() const { return m_status; }

    // Time limits (ms): reaching the printer, sending a job, its status answer.
    void setTimeouts(int connectMs, int writeMs, int statusMs);

Q_SIGNALS:
    void jobFinished(const kassa::printing::PrintOutcome &outcome);
    void statusChanged(const kassa::printing::PrinterStatus &status);

private:
    friend class PrintWorker;
    void handleOutcome(const PrintOutcome &outcome);
    void handleStatus(const PrinterStatus &status);

    PrinterSpec m_spec;
    QThread *m_thread;
    PrintWorker *m_worker;
    QList<PrintJob> m_kept;
    PrinterStatus m_status;
    int m_nextId = 1;
    int m_pending = 0;
};

} // namespace kassa::printing
