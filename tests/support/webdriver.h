#pragma once

#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

// Drives Debian's headless Chromium through chromedriver's W3C WebDriver
// HTTP API, for tests of web pages as a person uses them. Blocking calls:
// test code only.
class WebDriver
{
public:
    // viewport: a phone's screen in CSS pixels (mobile emulation, e.g.
    // 390×844); invalid: a 480×900 desktop window. timeZone: the browser's
    // (IANA name, e.g. "Asia/Tokyo"); empty: the machine's.
    explicit WebDriver(QSize viewport = {}, QString timeZone = {});
    ~WebDriver();

    // Starts chromedriver and a browser session; false with error() on failure.
    bool start();
    QString error() const { return m_error; }
    static QString unavailableReason(); // empty when chromium and chromedriver exist

    bool navigate(const QString &url);
    // CSS selector → element id (empty when not found).
    QString find(const QString &css);
    bool click(const QString &css);
    bool type(const QString &css, const QString &text);
    QString text(const QString &css);
    // Runs JavaScript in the page and returns its result.
    QJsonValue script(const QString &js);
    bool screenshot(const QString &pngPath);
    // The browser window's outer size in CSS pixels.
    bool setWindowSize(int width, int height);
    QString currentUrl();
    // Commands then act inside the iframe `css` (of the current frame) —
    // or in the page again after switchToTopFrame().
    bool switchToFrame(const QString &css);
    bool switchToTopFrame();
    // Chromium only (DevTools): runs `js` in every page before its own scripts.
    bool addScriptOnNewDocument(const QString &js);

private:
    QJsonValue command(const QByteArray &method, const QString &path, const QJsonValue &body = {});

    QProcess m_driver;
    QNetworkAccessManager m_network;
    QTemporaryDir m_profile;
    quint16 m_port = 0;
    QString m_session;
    QSize m_viewport;
    QString m_timeZone;
    QString m_error;
};
