// A till's link to the shop database as a process of its own, for
// tst_shopsync to kill -9 while it sends:
//   shopsync-helper JOURNAL SOCKET_DIR PORT DATABASE USER BATCH_SIZE
#include "core/shopdb/shopsync.h"

#include <QCoreApplication>

using namespace kassa::shopdb;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7)
        return 2;
    ShopDatabaseConfig config;
    config.host = args[2];
    config.port = args[3].toInt();
    config.name = args[4];
    config.user = args[5];
    ShopSyncOptions options;
    options.batchSize = args[6].toInt();
    ShopSync sync(config, args[1],
                  TillIdentity{{}, QStringLiteral("T1"), QStringLiteral("Kassa 1")}, options);
    sync.start();
    return app.exec();
}
