#pragma once

#include "core/common/result.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace kassa::journal {

class Journal;

// A second connection to a journal's file on a thread of its own, for writes
// the window's thread must not wait for: a commit is an fsync (synchronous
// FULL), tens of milliseconds on a busy disk. run() hands `work` the
// worker's own Journal on the worker's thread and then calls `done` with its
// result on the thread this object lives in, only after the transaction is
// committed, so what `done` does next reads it from any connection. Writes
// run one at a time, in the order given. The destructor finishes the writes
// already given before it returns (their `done` is no longer called).
class JournalWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalWorker)

public:
    explicit JournalWorker(QString journalPath, QObject *parent = nullptr);
    ~JournalWorker() override;

    void run(std::function<Status(Journal &)> work, std::function<void(const Status &)> done);

private:
    QString m_path;
    QThread m_thread;
    QObject *m_context;                 // lives in m_thread
    std::unique_ptr<Journal> m_journal; // opened, used and closed in m_thread only
};

} // namespace kassa::journal
