// The QR code as plain data: its dark modules as the runs a drawer fills
// (the PDF service sheet and the web pages' SVG draw exactly these).
#include "core/qr/qrmatrix.h"

#include <QTest>

using namespace kassa;
using namespace Qt::StringLiterals;

class TestQrMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void darkRunsCoverEveryDarkModuleOnce();
    void darkRunsOfASmallMatrix();
};

void TestQrMatrix::darkRunsCoverEveryDarkModuleOnce()
{
    const auto matrix = encodeQr(u"HTTP://SEQR.SE/R1234567890"_s);
    QVERIFY(matrix);
    QList<bool> drawn(matrix->modules.size(), false);
    for (const QrMatrix::Run &run : matrix->darkRuns()) {
        QVERIFY(run.length > 0);
        for (int x = run.x; x < run.x + run.length; ++x) {
            QVERIFY(!drawn[qsizetype(run.y) * matrix->size + x]);
            drawn[qsizetype(run.y) * matrix->size + x] = true;
        }
        // A run is as long as it can be: light (or the edge) on both sides.
        QVERIFY(run.x == 0 || !matrix->isDark(run.x - 1, run.y));
        QVERIFY(run.x + run.length == matrix->size || !matrix->isDark(run.x + run.length, run.y));
    }
    QCOMPARE(drawn, matrix->modules);
}

void TestQrMatrix::darkRunsOfASmallMatrix()
{
    // ■■□
    // □□□
    // ■□■
    const QrMatrix matrix{3, {true, true, false, false, false, false, true, false, true}};
    const QList<QrMatrix::Run> runs = matrix.darkRuns();
    QCOMPARE(runs.size(), 3);
    QCOMPARE((QList<int>{runs[0].x, runs[0].y, runs[0].length}), (QList<int>{0, 0, 2}));
    QCOMPARE((QList<int>{runs[1].x, runs[1].y, runs[1].length}), (QList<int>{0, 2, 1}));
    QCOMPARE((QList<int>{runs[2].x, runs[2].y, runs[2].length}), (QList<int>{2, 2, 1}));
}

QTEST_GUILESS_MAIN(TestQrMatrix)
#include "tst_qrmatrix.moc"
