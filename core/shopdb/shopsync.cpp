#include "core/shopdb/shopsync.h"

#include "core/shopdb/shopsyncworker.h"

namespace kassa::shopdb {

ShopSync::ShopSync(ShopDatabaseConfig config, QString journalPath, TillIdentity till,
                   ShopSyncOptions options, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<kassa::shopdb::ShopSyncStatus>();
    m_thread.setObjectName(QStringLiteral("kassa-shop-sync"));
    m_worker = new ShopSyncWorker(std::move(config), std::move(journalPath), std::move(till),
                                  std::move(options));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ShopSyncWorker::statusChanged, this, &ShopSync::handleStatus);
    connect(m_worker, &ShopSyncWorker::catalogChanged, this, &ShopSync::catalogChanged);
}

ShopSync::~ShopSync()
{
    m_thread.quit();
    m_thread.wait();
}

void ShopSync::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &ShopSyncWorker::start, Qt::QueuedConnection);
}

void ShopSync::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &ShopSyncWorker::tick, Qt::QueuedConnection);
}

ShopSyncStatus ShopSync::status() const
{
    QMutexLocker lock(&m_mutex);
    return m_status;
}

void ShopSync::handleStatus(const ShopSyncStatus &status)
{
    {
        QMutexLocker lock(&m_mutex);
        m_status = status;
    }
    Q_EMIT statusChanged();
}

} // namespace kassa::shopdb
