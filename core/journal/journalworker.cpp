#include "core/journal/journalworker.h"

#include "core/journal/journal.h"

#include <QMetaObject>

namespace kassa::journal {

JournalWorker::JournalWorker(QString journalPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(journalPath))
    , m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("journal-worker"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

JournalWorker::~JournalWorker()
{
    // Queued after every write already given: they are committed first.
    QMetaObject::invokeMethod(
        m_context, [this] { m_journal.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void JournalWorker::run(std::function<Status(Journal &)> work,
                        std::function<void(const Status &)> done)
{
    QMetaObject::invokeMethod(m_context, [this, work = std::move(work), done = std::move(done)] {
        Status result = Ok{};
        if (!m_journal) {
            auto opened = Journal::open(m_path);
            if (opened)
                m_journal = std::move(opened).value();
            else
                result = opened.error();
        }
        if (m_journal)
            result = work(*m_journal);
        QMetaObject::invokeMethod(this, [done, result] { done(result); });
    });
}

} // namespace kassa::journal
