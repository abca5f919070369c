#pragma once

#include "core/shopdb/shopsync.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace kassa::catalog {
class Catalog;
}
namespace kassa::journal {
class Journal;
}

namespace kassa::shopdb {

class ShopDatabase;

// ShopSync's worker: lives on ShopSync's thread and owns everything it
// opens there (the journal's second connection, the catalog copy, the shop
// database). Internal to core/shop.
class ShopSyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopSyncWorker)

public:
    ShopSyncWorker(ShopDatabaseConfig config, QString journalPath, TillIdentity till,
                   ShopSyncOptions options);
    ~ShopSyncWorker() override;

    void start();
    void tick();

Q_SIGNALS:
    void statusChanged(const kassa::shopdb::ShopSyncStatus &status);
    void catalogChanged(int changed, int removed);

private:
    bool openLocal();
    bool sendOutbox();
    bool pullCatalog();
    bool readProgress();
    void goOffline(const Error &error);
    void publish();

    ShopDatabaseConfig m_config;
    QString m_journalPath;
    TillIdentity m_till;
    ShopSyncOptions m_options;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<ShopDatabase> m_shop;
    ShopSyncStatus m_status;
    int m_retryMs = 0;
    QTimer *m_timer; // a child: it moves to the worker's thread with it
};

} // namespace kassa::shopdb
