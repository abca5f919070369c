#pragma once

#include "core/common/error.h"

#include <QObject>
#include <QString>

namespace kassa::journal {
class Journal;
}

namespace kassa::controlunit {

class ControlUnitService;

// Waits until receipt `serialNumber` of `type` (normal, kopia, ovning,
// profo, retur) may be printed: its control code is in the journal, or it
// needs none (the till has no control unit). Then ready(), always from the
// event loop, never inside start(). While the unit fails, waiting() says
// why (once per failure); the receipt is signed the moment the unit
// answers (also after a restart), and ready() follows while this lives.
// With a unit required but none running (`unit` null), waiting() says so.
class SignatureWait final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignatureWait)

public:
    SignatureWait(journal::Journal *journal, ControlUnitService *unit, qint64 serialNumber,
                  QString type, QObject *parent = nullptr);

    void start();
    qint64 serialNumber() const { return m_serial; }

Q_SIGNALS:
    void ready();
    void waiting(const kassa::Error &why);

private:
    // Ready when the journal has the code or wants none; else false.
    bool isReady(Error *error) const;
    void handleSigned(qint64 saleId, qint64 serialNumber, const QString &type);

    journal::Journal *m_journal;
    ControlUnitService *m_unit;
    qint64 m_serial;
    QString m_type;
    bool m_done = false;
};

} // namespace kassa::controlunit
