// The CCSP codec on its own: frames, checksums, receipt fields, NAK sentences.
#include "core/controlunit/ccspframe.h"
#include "core/controlunit/ccspmessages.h"
#include "core/controlunit/unittext.h"
#include "core/terminal/errortext.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::controlunit;

namespace {

Money sek(qint64 minor)
{
    return Money(minor, Currency::sek());
}

// The RR example of CONTROL-UNIT.md.
ReceiptFigures exampleFigures()
{
    ReceiptFigures f;
    f.at = QDateTime(QDate(2026, 12, 7), QTime(9, 30));
    f.serialNumber = 1042;
    f.tillId = u"KASSA1"_s;
    f.orgNumber = u"556677-8899"_s;
    f.total = sek(10990);
    f.returnsTotal = sek(0);
    f.vat = {{Decimal::fromInteger(12), sek(1178)}};
    return f;
}

} // namespace

class TestCcspCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesTheFramesOfTheSpecification_data();
    void encodesTheFramesOfTheSpecification();
    void refusesFramesWithAWrongLengthOrChecksum_data();
    void refusesFramesWithAWrongLengthOrChecksum();
    void readerCutsAStreamIntoFrames();
    void receiptFieldsOfTheSpecificationExample();
    void receiptFieldsReadBack();
    void receiptFieldsRefuseWhatCannotTravel();
    void answersAreRead();
    void everyNakCodeHasItsOwnSentence();
    void unitErrorsReachTheCashierAsSentences();
};

void TestCcspCodec::encodesTheFramesOfTheSpecification_data()
{
    QTest::addColumn<QByteArrayList>("fields");
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("SIQ") << QByteArrayList{"SIQ"} << QByteArray("#!#00E#SIQ#2F\r");
    QTest::newRow("IQ") << QByteArrayList{"IQ"} << QByteArray("#!#00D#IQ#7D\r");
    QTest::newRow("NAK 001") << QByteArrayList{"NAK", "001"} << QByteArray("#!#012#NAK#001#44\r");
}

void TestCcspCodec::encodesTheFramesOfTheSpecification()
{
    QFETCH(QByteArrayList, fields);
    QFETCH(QByteArray, frame);
    QCOMPARE(encodeFrame(fields), frame);
    auto decoded = decodeFrame(frame);
    QVERIFY(decoded);
    QCOMPARE(*decoded, fields);
}

void TestCcspCodec::refusesFramesWithAWrongLengthOrChecksum_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("checksum");
    QTest::newRow("length one short") << QByteArray("#!#00D#SIQ#2F\r") << false;
    QTest::newRow("length lower case") << QByteArray("#!#00e#SIQ#2F\r") << false;
    QTest::newRow("checksum wrong") << QByteArray("#!#00E#SIQ#2E\r") << true;
    QTest::newRow("checksum lower case") << QByteArray("#!#012#NAK#001#4a\r") << true;
    QTest::newRow("a byte changed") << QByteArray("#!#00E#SIR#2F\r") << true;
    QTest::newRow("no carriage return") << QByteArray("#!#00E#SIQ#2F\n") << false;
    QTest::newRow("no start") << QByteArray("##!00E#SIQ#2F\r") << false;
}

void TestCcspCodec::refusesFramesWithAWrongLengthOrChecksum()
{
    QFETCH(QByteArray, frame);
    QFETCH(bool, checksum);
    FrameProblem problem;
    auto decoded = decodeFrame(frame, &problem);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().code, ErrorCode::BadAnswer);
    QCOMPARE(problem.checksumWrong, checksum);
    QVERIFY(!problem.detail.isEmpty());
}

void TestCcspCodec::readerCutsAStreamIntoFrames()
{
    FrameReader reader;
    const QByteArray stream = "noise#!#00E#SIQ#2F\r#!#00D#IQ#7D\r#!#012#NAK#001#44\r";
    // Byte by byte, as a slow serial line delivers them.
    QList<QByteArray> frames;
    for (char c : stream) {
        reader.append(QByteArrayView(&c, 1));
        while (auto frame = reader.next())
            frames.append(*frame);
    }
    QCOMPARE(frames,
             (QList<QByteArray>{"#!#00E#SIQ#2F\r", "#!#00D#IQ#7D\r", "#!#012#NAK#001#44\r"}));
    QCOMPARE(reader.droppedBytes(), 5);
    QVERIFY(!reader.hasPartialFrame());

    // A frame that lost its carriage return gives way to the next one.
    reader.append("#!#00E#SIQ#2F#!#00D#IQ#7D\r");
    QCOMPARE(reader.next().value_or(QByteArray()), QByteArray("#!#00D#IQ#7D\r"));
}

void TestCcspCodec::receiptFieldsOfTheSpecificationExample()
{
    auto fields = receiptFields(exampleFigures());
    QVERIFY(fields);
    QCOMPARE(encodeFrame(QByteArrayList{"RR", "1"} + *fields),
             QByteArray("#!#072#RR#1#202612070930#1042#KASSA1#556677-8899#normal#109,90#0,00#"
                        "25,00;0,00#12,00;11,78#6,00;0,00#0,00;0,00#52\r"));
}

void TestCcspCodec::receiptFieldsReadBack()
{
    ReceiptFigures f = exampleFigures();
    f.type = ReceiptType::Copy;
    f.total = sek(-5000);
    f.returnsTotal = sek(5000);
    f.vat = {{Decimal::fromInteger(25), sek(-1000)}, {Decimal::parse(u"6.00"_s).value(), sek(3)}};
    auto fields = receiptFields(f);
    QVERIFY(fields);
    QCOMPARE(fields->at(4), QByteArray("kopia"));
    QCOMPARE(fields->at(5), QByteArray("-50,00"));
    QCOMPARE(fields->at(7), QByteArray("25,00;-10,00"));
    QCOMPARE(fields->at(9), QByteArray("6,00;0,03"));
    auto back = parseReceiptFields(*fields);
    QVERIFY(back);
    QCOMPARE(back->serialNumber, 1042);
    QCOMPARE(back->type, ReceiptType::Copy);
    QCOMPARE(back->total, sek(-5000));
    QCOMPARE(back->returnsTotal, sek(5000));
    QCOMPARE(back->vat.size(), 4);
    QCOMPARE(back->vat[0].amount, sek(-1000));
    QCOMPARE(back->at, f.at);
}

void TestCcspCodec::receiptFieldsRefuseWhatCannotTravel()
{
    ReceiptFigures f = exampleFigures();
    f.tillId = u"KASSA#1"_s;
    QCOMPARE(receiptFields(f).error().code, ErrorCode::InvalidArgument);
    f = exampleFigures();
    f.serialNumber = 0;
    QVERIFY(!receiptFields(f));
    f = exampleFigures();
    f.vat = {{Decimal::fromInteger(7), sek(100)}};
    QVERIFY(!receiptFields(f));
    QVERIFY(!parseReceiptFields({"202612070930", "1"}));
}

void TestCcspCodec::answersAreRead()
{
    auto identity = parseIdentity({"IR", "CC123456", "2", "fw1.2"});
    QVERIFY(identity);
    QCOMPARE(identity->manufacturingNumber, u"CC123456"_s);
    QCOMPARE(identity->protocolVersion, 2);
    QVERIFY(!parseIdentity({"IR", "", "2", "x"}));
    auto status = parseStatus({"SIR", "1", "1", "1"});
    QVERIFY(status);
    QCOMPARE(status->storage, StorageStatus::NearlyFull);
    QVERIFY(status->isOperational());
    QVERIFY(!parseStatus({"SIR", "4"})->isOperational());
    auto signature = parseSignature({"RRR", "ABC123", "CC1", "7", "2"});
    QVERIFY(signature);
    QCOMPARE(signature->controlCode, u"ABC123"_s);
    QCOMPARE(signature->storage, StorageStatus::Full);
    QCOMPARE(parseSignature({"SR", "XYZ"})->controlCode, u"XYZ"_s);
    QVERIFY(!parseSignature({"RRR"}));
}

void TestCcspCodec::everyNakCodeHasItsOwnSentence()
{
    QSet<QString> sentences;
    for (NakCode code : allNakCodes()) {
        const QString sentence = describeNak(int(code));
        QVERIFY2(sentence.endsWith(u'.'), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QString::fromLatin1(nakCodeText(code))), qPrintable(sentence));
        QVERIFY(sentence.contains(u"control unit"_s));
        sentences.insert(sentence);
        QCOMPARE(nakCodeFromText(nakCodeText(code)), code);
    }
    QCOMPARE(sentences.size(), allNakCodes().size());
    QVERIFY(!nakCodeFromText("005"));
}

void TestCcspCodec::unitErrorsReachTheCashierAsSentences()
{
    Error refused{ErrorCode::ControlUnitRefused, u"NAK 010"_s};
    refused.resultCode = 10;
    QCOMPARE(describe(refused, false), describeNak(10));
    QVERIFY(describe(refused, false).contains(u"memory is full"_s));
    const QString silent = describe(Error{ErrorCode::ControlUnitUnavailable, {}}, false);
    QVERIFY2(silent.contains(u"does not answer"_s), qPrintable(silent));
    QVERIFY(!describe(Error{ErrorCode::ControlUnitBadAnswer, {}}, false).isEmpty());
}

QTEST_GUILESS_MAIN(TestCcspCodec)
#include "tst_ccspcodec.moc"
