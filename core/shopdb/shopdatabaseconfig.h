#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QString>

namespace kassa::shopdb {

// Where the shop database is: a PostgreSQL server reached through QtSql's
// QPSQL driver. Kept as the `shopDatabase` object of a till's (or
// kassa-web's) configuration:
//
//   "shopDatabase": { "host": "shop-server", "port": 5432, "name": "kassa",
//                     "user": "kassa", "passwordFile": "/etc/kassa/shopdb.password",
//                     "sslMode": "prefer" }
//
// The password is never stored in the configuration: it is read from
// $KASSA_SHOPDB_PASSWORD, else from `passwordFile` (first line), else none
// (peer or trust authentication over a unix socket). `host` may be a folder
// (a unix socket directory). Absent or without a host: no shop database, the
// till keeps everything to itself as before.
struct ShopDatabaseConfig
{
    static constexpr auto passwordVariable = "KASSA_SHOPDB_PASSWORD";

    QString host;
    int port = 5432;
    QString name = QStringLiteral("kassa");
    QString user = QStringLiteral("kassa");
    QString passwordFile;
    QString sslMode; // libpq's sslmode; empty: libpq's default (prefer)
    int connectTimeoutSeconds = 3;

    bool isEnabled() const { return !host.isEmpty(); }

    // The password as described above; an unreadable passwordFile is an
    // error (its detail names the file, never the password).
    Result<QString> password() const;
    // "kassa@shop-server:5432" — for logs and the manager's window.
    QString displayName() const;

    static ShopDatabaseConfig fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    friend bool operator==(const ShopDatabaseConfig &, const ShopDatabaseConfig &) = default;
};

} // namespace kassa::shopdb
