#pragma once

#include "core/shopdb/shopdatabase.h"
#include "tests/support/postgresfixture.h"

#include <QString>

#include <cstdio>
#include <memory>

// The shop database the benches measure: "bench" in a throw-away
// PostgreSQL (tests/support's PostgresFixture), opened (and so migrated)
// once before the bench's own connections.
class BenchShopDatabase
{
public:
    // False, said on stderr after `bench`'s name, when PostgreSQL did not
    // run or the database could not be made or opened.
    bool open(const char *bench)
    {
        if (!m_pg.isRunning() || !m_pg.createDatabase(QStringLiteral("bench"))) {
            std::fprintf(stderr, "%s: PostgreSQL: %s\n", bench, qPrintable(m_pg.error()));
            return false;
        }
        m_config = m_pg.shopConfig(QStringLiteral("bench"));
        auto opened = kassa::shopdb::ShopDatabase::open(m_config);
        if (!opened) {
            std::fprintf(stderr, "%s: %s\n", bench, qPrintable(opened.error().detail));
            return false;
        }
        m_shop = std::move(opened).value();
        return true;
    }

    const kassa::shopdb::ShopDatabaseConfig &config() const { return m_config; }
    kassa::shopdb::ShopDatabase &shop() { return *m_shop; }

private:
    PostgresFixture m_pg;
    kassa::shopdb::ShopDatabaseConfig m_config;
    std::unique_ptr<kassa::shopdb::ShopDatabase> m_shop;
};
