#include "sandbox/virtualprinter.h"

#include "sandbox/paperimage.h"

#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kassa::sandbox {

namespace {

// DLE EOT answers: bits 1 and 4 are always set.
constexpr char kFixed = 0x12;

void appendFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.write(text.toUtf8());
}

} // namespace

VirtualPrinter::VirtualPrinter(VirtualPrinterOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_decoder(m_options.paperMm < 70 ? 32 : 48)
{}

VirtualPrinter::~VirtualPrinter()
{
    if (m_ptyMaster >= 0)
        ::close(m_ptyMaster);
    if (m_ptySlave >= 0)
        ::close(m_ptySlave);
}

int VirtualPrinter::dots() const
{
    return m_options.paperMm < 70 ? 384 : 576;
}

int VirtualPrinter::columns() const
{
    return m_options.paperMm < 70 ? 32 : 48;
}

Status VirtualPrinter::start()
{
    if (!m_options.outputDir.isEmpty() && !QDir().mkpath(m_options.outputDir))
        return makeError(ErrorCode::StorageFailed, m_options.outputDir + u": cannot be made"_s);
    if (m_options.tcp) {
        m_server = new QTcpServer(this);
        if (!m_server->listen(m_options.bind, m_options.port))
            return makeError(
                ErrorCode::ConnectionProblem,
                u"cannot listen on port %1: %2"_s.arg(m_options.port).arg(m_server->errorString()));
        connect(m_server, &QTcpServer::newConnection, this, &VirtualPrinter::handleNewConnection);
    }
    if (m_options.pty)
        return openPty();
    return Ok{};
}

quint16 VirtualPrinter::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString VirtualPrinter::tcpSpec() const
{
    const QHostAddress host = m_options.bind == QHostAddress::Any
                                  ? QHostAddress(QHostAddress::LocalHost)
                                  : m_options.bind;
    return u"escpos:tcp:%1:%2"_s.arg(host.toString()).arg(port());
}

QString VirtualPrinter::serialSpec() const
{
    return m_ptyPath.isEmpty() ? QString() : u"escpos:serial:%1:9600"_s.arg(m_ptyPath);
}

void VirtualPrinter::handleNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            handleBytes(socket->readAll(),
                        [socket](const QByteArray &answer) { socket->write(answer); });
        });
    }
}

Status VirtualPrinter::openPty()
{
    m_ptyMaster = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_ptyMaster < 0 || ::grantpt(m_ptyMaster) != 0 || ::unlockpt(m_ptyMaster) != 0)
        return makeError(ErrorCode::StorageFailed, u"no pseudo-terminal"_s);
    m_ptyPath = QString::fromLocal8Bit(::ptsname(m_ptyMaster));
    // Held open here too, so that a till closing its end is no hang-up, and
    // raw, so that nothing is echoed or translated before the till sets it.
    m_ptySlave = ::open(::ptsname(m_ptyMaster), O_RDWR | O_NOCTTY);
    if (m_ptySlave >= 0) {
        termios raw{};
        if (::tcgetattr(m_ptySlave, &raw) == 0) {
            ::cfmakeraw(&raw);
            ::tcsetattr(m_ptySlave, TCSANOW, &raw);
        }
    }
    m_ptyNotifier = new QSocketNotifier(m_ptyMaster, QSocketNotifier::Read, this);
    connect(m_ptyNotifier, &QSocketNotifier::activated, this, &VirtualPrinter::handlePtyReadable);
    return Ok{};
}

void VirtualPrinter::handlePtyReadable()
{
    char buffer[4096];
    const ssize_t n = ::read(m_ptyMaster, buffer, sizeof buffer);
    if (n <= 0)
        return;
    handleBytes(QByteArray(buffer, n), [this](const QByteArray &answer) {
        [[maybe_unused]] const ssize_t written =
            ::write(m_ptyMaster, answer.constData(), size_t(answer.size()));
    });
}

void VirtualPrinter::handleBytes(const QByteArray &bytes,
                                 const std::function<void(QByteArray)> &reply)
{
    m_bytes += bytes.size();
    m_decoder.feed(bytes);
    QByteArray answers;
    for (const PrintedItem &item : m_decoder.takeItems())
        handleItem(item, answers);
    if (!answers.isEmpty())
        reply(answers);
}

void VirtualPrinter::handleItem(const PrintedItem &item, QByteArray &answers)
{
    switch (item.kind) {
    case PrintedItem::Kind::StatusRequest:
        answers.append(statusByte(item.request));
        return;
    case PrintedItem::Kind::DrawerKick:
        m_kicks.append(item);
        m_transcript += transcriptText({item});
        if (!m_options.outputDir.isEmpty())
            appendFile(m_options.outputDir + u"/transcript.txt"_s, transcriptText({item}));
        Q_EMIT drawerKicked(item.pin, item.onMs);
        return;
    case PrintedItem::Kind::Cut:
        if (m_paperOut || m_coverOpen || m_offline)
            return;
        m_current.append(item);
        finishReceipt(true);
        return;
    default:
        break;
    }
    if (m_paperOut || m_coverOpen || m_offline)
        return; // nothing prints
    m_current.append(item);
    if (item.kind == PrintedItem::Kind::Text && m_linesLeft > 0 && --m_linesLeft == 0) {
        m_paperOut = true;
        m_linesLeft = -1;
        finishReceipt(false);
        Q_EMIT paperRanOut();
    }
}

void VirtualPrinter::finishReceipt(bool complete)
{
    Receipt receipt;
    receipt.number = int(m_receipts.size()) + 1;
    receipt.items = std::exchange(m_current, {});
    receipt.text = transcriptText(receipt.items);
    if (!complete)
        receipt.text += u"[out of paper]\n"_s;
    receipt.complete = complete;
    m_transcript += receipt.text;
    if (!m_options.outputDir.isEmpty()) {
        const QString base =
            m_options.outputDir + u"/receipt-%1"_s.arg(receipt.number, 4, 10, QChar(u'0'));
        receipt.pngPath = base + u".png"_s;
        sandbox::paperImage(receipt.items, dots(), columns()).save(receipt.pngPath, "PNG");
        QFile text(base + u".txt"_s);
        if (text.open(QIODevice::WriteOnly | QIODevice::Truncate))
            text.write(receipt.text.toUtf8());
        appendFile(m_options.outputDir + u"/transcript.txt"_s, receipt.text);
    }
    m_receipts.append(receipt);
    if (complete)
        Q_EMIT receiptPrinted(int(m_receipts.size()) - 1);
}

QImage VirtualPrinter::paperImage(int index) const
{
    if (index < 0 || index >= m_receipts.size())
        return {};
    return sandbox::paperImage(m_receipts[index].items, dots(), columns());
}

void VirtualPrinter::setPaperOut(bool out)
{
    m_paperOut = out;
    if (!out)
        m_linesLeft = -1;
}

void VirtualPrinter::runOutOfPaperAfter(int lines)
{
    m_linesLeft = std::max(1, lines);
}

void VirtualPrinter::setCoverOpen(bool open)
{
    m_coverOpen = open;
}

void VirtualPrinter::setOffline(bool offline)
{
    m_offline = offline;
}

void VirtualPrinter::setDrawerOpen(bool open)
{
    m_drawerOpen = open;
}

char VirtualPrinter::statusByte(int n) const
{
    char status = kFixed;
    switch (n) {
    case 1: // printer: drawer connector (0x04), off-line (0x08)
        if (m_drawerOpen)
            status |= 0x04;
        if (m_offline || m_paperOut || m_coverOpen)
            status |= 0x08;
        break;
    case 2: // off-line cause: cover open (0x04), stopped by paper end (0x20)
        if (m_coverOpen)
            status |= 0x04;
        if (m_paperOut)
            status |= 0x20;
        break;
    case 4: // paper roll sensor: paper end (0x60)
        if (m_paperOut)
            status |= 0x60;
        break;
    default:
        break;
    }
    return status;
}

} // namespace kassa::sandbox
