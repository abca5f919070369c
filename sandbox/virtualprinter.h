#pragma once

#include "core/common/result.h"
#include "sandbox/escposdecoder.h"

#include <QHostAddress>
#include <QImage>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QSocketNotifier;
class QTcpServer;

namespace kassa::sandbox {

struct VirtualPrinterOptions
{
    QHostAddress bind = QHostAddress::LocalHost;
    quint16 port = 0;  // 0: any free port
    bool tcp = true;   // listen on TCP (a network printer's port 9100)
    bool pty = false;  // also a pseudo-terminal (a serial printer)
    int paperMm = 80;  // 80 (576 dots, 48 columns) or 58 (384 dots, 32 columns)
    QString outputDir; // receipt-0001.png/.txt and transcript.txt; empty: memory only
};

// A receipt printer that speaks ESC/POS, for the demo and the tests: it
// takes bytes on TCP (and a pseudo-terminal), decodes them (EscPosDecoder),
// and keeps every receipt (what came before each cut) as items, text and —
// with an output folder — a PNG of the paper. It answers DLE EOT as a
// printer does, and plays faults on demand: out of paper (now, or after N
// more lines, in the middle of a receipt), cover open, off-line. Out of
// paper it prints nothing (a drawer kick still works) until paper is loaded.
// Lives on the thread that made it; signals fire from its event loop.
class VirtualPrinter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VirtualPrinter)

public:
    struct Receipt
    {
        int number = 0;
        QList<PrintedItem> items;
        QString text;         // transcriptText(items)
        bool complete = true; // false: the paper ran out before its cut
        QString pngPath;      // with an output folder
    };

    explicit VirtualPrinter(VirtualPrinterOptions options = {}, QObject *parent = nullptr);
    ~VirtualPrinter() override;

    Status start();
    quint16 port() const;
    QString ptyPath() const { return m_ptyPath; }
    // The till's printer setting for this printer: "escpos:tcp:127.0.0.1:PORT".
    QString tcpSpec() const;
    // "escpos:serial:/dev/pts/N:9600" (with `pty`).
    QString serialSpec() const;
    int dots() const;
    int columns() const;

    void setPaperOut(bool out);
    // The paper ends after `lines` more text lines (in the middle of the next receipt, say).
    void runOutOfPaperAfter(int lines);
    void setCoverOpen(bool open);
    void setOffline(bool offline);
    // What DLE EOT 1 reports on the drawer connector (a drawer's switch).
    void setDrawerOpen(bool open);
    bool isPaperOut() const { return m_paperOut; }

    const QList<Receipt> &receipts() const { return m_receipts; }
    QList<PrintedItem> drawerKicks() const { return m_kicks; }
    QString transcript() const { return m_transcript; }
    qint64 bytesReceived() const { return m_bytes; }
    QImage paperImage(int index) const;
    QStringList problems() const { return m_decoder.problems(); }

    // The answer to DLE EOT `n` in the printer's state now.
    char statusByte(int n) const;

Q_SIGNALS:
    // The bytes up to a cut arrived: receipt `index` is in receipts() (and its PNG written).
    void receiptPrinted(int index);
    // The paper ran out; receipts().last() is the incomplete receipt.
    void paperRanOut();
    void drawerKicked(int pin, int onMs);

private:
    void handleBytes(const QByteArray &bytes, const std::function<void(QByteArray)> &reply);
    void handleItem(const PrintedItem &item, QByteArray &answers);
    void finishReceipt(bool complete);
    void handleNewConnection();
    Status openPty();
    void handlePtyReadable();

    VirtualPrinterOptions m_options;
    EscPosDecoder m_decoder;
    QTcpServer *m_server = nullptr;
    int m_ptyMaster = -1;
    int m_ptySlave = -1;
    QString m_ptyPath;
    QSocketNotifier *m_ptyNotifier = nullptr;
    QList<PrintedItem> m_current;
    QList<Receipt> m_receipts;
    QList<PrintedItem> m_kicks;
    QString m_transcript;
    qint64 m_bytes = 0;
    bool m_paperOut = false;
    int m_linesLeft = -1; // -1: paper without end
    bool m_coverOpen = false;
    bool m_offline = false;
    bool m_drawerOpen = false;
};

} // namespace kassa::sandbox
