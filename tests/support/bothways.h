#pragma once

#include <QTest>

namespace kassa::test {

// A _data table of one bool column `name`: the test runs once as `whenFalse`
// and once as `whenTrue` (the rows' names).
inline void bothWays(const char *name, const char *whenFalse, const char *whenTrue)
{
    QTest::addColumn<bool>(name);
    QTest::newRow(whenFalse) << false;
    QTest::newRow(whenTrue) << true;
}

} // namespace kassa::test
