#include "core/printing/printqueue.h"

#include "core/printing/escposcommands.h"
#include "core/printing/printertransport.h"

#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kassa::printing {

Q_LOGGING_CATEGORY(lcPrinting, "kassa.printing")

namespace {

constexpr int kAttempts = 3;
constexpr int kRetryDelayMs[] = {500, 1500};
constexpr int kSilentAfter = 3;

} // namespace

// The queue's other half, on its own thread: prints one job at a time.
class PrintWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintWorker)

public:
    PrintWorker(PrinterSpec spec, PrintQueue *queue)
        : m_spec(std::move(spec))
        , m_queue(queue)
    {}

    int connectMs = 3000;
    int writeMs = 10000;
    int statusMs = 1000;

    // Worker thread only, as every member below.
    void enqueue(const PrintJob &job)
    {
        if (job.kind == PrintJob::Kind::DrawerKick)
            m_jobs.prepend(job);
        else
            m_jobs.append(job);
        schedule(0);
    }

    void checkStatus()
    {
        auto transport = PrinterTransport::create(m_spec);
        PrinterStatus status;
        if (transport && transport->open(connectMs))
            status = askStatus(*transport);
        if (transport)
            (void)transport->close(connectMs);
        report([status](PrintQueue *q) { q->handleStatus(status); });
    }

private:
    template<class F> void report(F f)
    {
        PrintQueue *queue = m_queue;
        QMetaObject::invokeMethod(
            queue, [queue, f] { f(queue); }, Qt::QueuedConnection);
    }

    void schedule(int delayMs)
    {
        if (m_scheduled)
            return;
        m_scheduled = true;
        QTimer::singleShot(delayMs, this, [this] {
            m_scheduled = false;
            processNext();
        });
    }

    void processNext()
    {
        if (m_jobs.isEmpty())
            return;
        PrintJob job = m_jobs.first();
        PrintOutcome outcome = attempt(job);
        outcome.attempts = ++m_attempts;
        const bool retry = !outcome.printed && outcome.problem == PrinterProblem::Unreachable &&
                           m_attempts < kAttempts;
        if (retry) {
            qCInfo(lcPrinting) << job.title << "not printed, trying again:" << outcome.detail;
            schedule(kRetryDelayMs[m_attempts - 1]);
            return;
        }
        m_jobs.removeFirst();
        m_attempts = 0;
        if (!outcome.printed)
            qCWarning(lcPrinting) << job.title << "not printed:" << outcome.detail;
        report([outcome](PrintQueue *q) { q->handleOutcome(outcome); });
        if (!m_jobs.isEmpty())
            schedule(0);
    }

    PrintOutcome attempt(const PrintJob &job)
    {
        PrintOutcome outcome;
        outcome.job = job;
        auto transport = PrinterTransport::create(m_spec);
        if (!transport) {
            outcome.problem = PrinterProblem::NotEscPos;
            return outcome;
        }
        if (auto opened = transport->open(connectMs); !opened) {
            outcome.problem = PrinterProblem::Unreachable;
            outcome.detail = opened.error().detail;
            return outcome;
        }
        // A drawer kick is sent whatever the paper: the drawer is no receipt.
        const bool check = job.kind != PrintJob::Kind::DrawerKick;
        if (!(check && fails(outcome, askStatus(*transport))))
            send(*transport, outcome, check);
        if (auto closed = transport->close(writeMs); !closed && outcome.printed) {
            outcome.printed = false;
            outcome.problem = closed.error().code == ErrorCode::ConnectionProblem
                                  ? PrinterProblem::Unreachable
                                  : PrinterProblem::WriteFailed;
            outcome.detail = closed.error().detail;
        }
        return outcome;
    }

    // Sends the job's bytes, then (with `check`) asks whether it all printed.
    void send(PrinterTransport &transport, PrintOutcome &outcome, bool check)
    {
        if (auto written = transport.write(outcome.job.bytes, writeMs); !written) {
            outcome.problem = PrinterProblem::WriteFailed;
            outcome.detail = written.error().detail;
            return;
        }
        outcome.printed = !(check && fails(outcome, askStatus(transport)));
    }

    // Whether `status` stops the job (and says why in `outcome`).
    static bool fails(PrintOutcome &outcome, const PrinterStatus &status)
    {
        if (status.known)
            outcome.status = status;
        outcome.problem = status.problem();
        if (outcome.problem != PrinterProblem::None)
            outcome.detail = u"the printer reports: "_s + describeStatus(status);
        return outcome.problem != PrinterProblem::None;
    }

    // DLE EOT 1, 2 and 4. A printer that did not answer three times running
    // is taken for one that never answers (some do not) and not asked again.
    PrinterStatus askStatus(PrinterTransport &transport)
    {
        if (!transport.canRead() || m_misses >= kSilentAfter)
            return {};
        const QByteArray request =
            escpos::statusRequest(1) + escpos::statusRequest(2) + escpos::statusRequest(4);
        if (!transport.write(request, statusMs))
            return {};
        const QByteArray answers = transport.read(3, statusMs);
        if (answers.size() < 3) {
            if (++m_misses == kSilentAfter)
                qCInfo(lcPrinting) << m_spec.toString() << "does not answer DLE EOT";
            return {};
        }
        m_misses = 0;
        return PrinterStatus::fromAnswers(answers[0], answers[1], answers[2]);
    }

    PrinterSpec m_spec;
    PrintQueue *m_queue;
    QList<PrintJob> m_jobs;
    bool m_scheduled = false;
    int m_misses = 0; // status requests unanswered in a row
    int m_attempts = 0;
};

PrintQueue::PrintQueue(const PrinterSpec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_thread(new QThread(this))
    , m_worker(new PrintWorker(spec, this))
{
    m_thread->setObjectName(u"printer"_s);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

PrintQueue::~PrintQueue()
{
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void PrintQueue::setTimeouts(int connectMs, int writeMs, int statusMs)
{
    PrintWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, connectMs, writeMs, statusMs] {
            worker->connectMs = connectMs;
            worker->writeMs = writeMs;
            worker->statusMs = statusMs;
        },
        Qt::QueuedConnection);
}

int PrintQueue::submit(PrintJob::Kind kind, const QByteArray &bytes, const QString &title,
                       qint64 receiptNumber)
{
    PrintJob job;
    job.id = m_nextId++;
    job.kind = kind;
    job.title = title;
    job.receiptNumber = receiptNumber;
    job.bytes = bytes;
    ++m_pending;
    PrintWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, job] { worker->enqueue(job); }, Qt::QueuedConnection);
    return job.id;
}

void PrintQueue::requestStatus()
{
    PrintWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->checkStatus(); }, Qt::QueuedConnection);
}

void PrintQueue::printKeptAgain()
{
    for (const PrintJob &job : std::exchange(m_kept, {}))
        submit(job.kind, job.bytes, job.title, job.receiptNumber);
}

void PrintQueue::handleOutcome(const PrintOutcome &outcome)
{
    --m_pending;
    if (!outcome.printed && outcome.job.kind == PrintJob::Kind::Receipt)
        m_kept.append(outcome.job);
    if (outcome.status.known && !(outcome.status == m_status)) {
        m_status = outcome.status;
        Q_EMIT statusChanged(m_status);
    }
    Q_EMIT jobFinished(outcome);
}

void PrintQueue::handleStatus(const PrinterStatus &status)
{
    m_status = status;
    Q_EMIT statusChanged(status);
}

} // namespace kassa::printing

#include "printqueue.moc"
