#include "tests/support/webdriver.h"

#include "tests/support/freeport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
constexpr auto kElementKey = "element-6066-11e4-a52e-4f735466cecf";
}

WebDriver::WebDriver(QSize viewport, QString timeZone)
    : m_viewport(viewport)
    , m_timeZone(std::move(timeZone))
{}

WebDriver::~WebDriver()
{
    if (!m_session.isEmpty())
        command("DELETE", u"/session/"_s + m_session);
    if (m_driver.state() != QProcess::NotRunning) {
        m_driver.terminate();
        if (!m_driver.waitForFinished(3000))
            m_driver.kill();
    }
}

QString WebDriver::unavailableReason()
{
    if (QStandardPaths::findExecutable(u"chromium"_s).isEmpty())
        return u"chromium is not installed (apt-get install chromium)"_s;
    if (QStandardPaths::findExecutable(u"chromedriver"_s).isEmpty())
        return u"chromedriver is not installed (apt-get install chromium-driver)"_s;
    return {};
}

bool WebDriver::start()
{
    m_error = unavailableReason();
    if (!m_error.isEmpty())
        return false;
    m_port = kassa::test::freePort();
    m_driver.setProcessChannelMode(QProcess::MergedChannels);
    if (!m_timeZone.isEmpty()) {
        // The browser, started by chromedriver, inherits its time zone.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TZ"_s, m_timeZone);
        m_driver.setProcessEnvironment(env);
    }
    m_driver.start(u"chromedriver"_s, {u"--port="_s + QString::number(m_port)});
    if (!m_driver.waitForStarted(10000)) {
        m_error = u"chromedriver did not start"_s;
        return false;
    }
    for (int i = 0; i < 100; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_port);
        if (s.waitForConnected(200))
            break;
        QThread::msleep(100);
    }
    const QJsonArray args{u"--headless=new"_s,
                          u"--no-sandbox"_s,
                          u"--disable-gpu"_s,
                          u"--disable-quic"_s,
                          u"--no-first-run"_s,
                          u"--disable-background-networking"_s,
                          u"--disable-component-update"_s,
                          u"--disable-sync"_s,
                          u"--disable-dev-shm-usage"_s,
                          u"--window-size=480,900"_s,
                          QString(u"--user-data-dir="_s + m_profile.path())};
    QJsonObject chromeOptions{{u"binary"_s, QStandardPaths::findExecutable(u"chromium"_s)},
                              {u"args"_s, args}};
    if (m_viewport.isValid())
        chromeOptions.insert(
            u"mobileEmulation"_s,
            QJsonObject{{u"deviceMetrics"_s, QJsonObject{{u"width"_s, m_viewport.width()},
                                                         {u"height"_s, m_viewport.height()},
                                                         {u"pixelRatio"_s, 3},
                                                         {u"touch"_s, true}}}});
    const QJsonObject caps{
        {u"capabilities"_s,
         QJsonObject{{u"alwaysMatch"_s, QJsonObject{{u"browserName"_s, u"chrome"_s},
                                                    {u"goog:chromeOptions"_s, chromeOptions}}}}}};
    const QJsonValue session = command("POST", u"/session"_s, caps);
    m_session = session[u"sessionId"_s].toString();
    if (m_session.isEmpty()) {
        if (m_error.isEmpty())
            m_error = u"no WebDriver session: "_s +
                      QString::fromUtf8(QJsonDocument(session.toObject()).toJson());
        m_error += u"\nchromedriver said: "_s + QString::fromUtf8(m_driver.readAll());
        return false;
    }
    return true;
}

QJsonValue WebDriver::command(const QByteArray &method, const QString &path, const QJsonValue &body)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:"_s + QString::number(m_port) + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(60000);
    QByteArray payload;
    if (method == "POST")
        payload = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                  : QByteArray("{}");
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, payload));
    QSignalSpy spy(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(65000);
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    const QJsonValue value = doc.object().value(u"value"_s);
    if (value.isObject() && value.toObject().contains(u"error"_s))
        m_error = value[u"error"_s].toString() + u": "_s + value[u"message"_s].toString().left(300);
    return value;
}

bool WebDriver::navigate(const QString &url)
{
    command("POST", u"/session/"_s + m_session + u"/url"_s, QJsonObject{{u"url"_s, url}});
    return script(u"return document.readyState"_s).toString() == u"complete";
}

QString WebDriver::find(const QString &css)
{
    const QJsonValue v = command("POST", u"/session/"_s + m_session + u"/element"_s,
                                 QJsonObject{{u"using"_s, u"css selector"_s}, {u"value"_s, css}});
    return v[QLatin1StringView(kElementKey)].toString();
}

bool WebDriver::click(const QString &css)
{
    const QString id = find(css);
    if (id.isEmpty())
        return false;
    const QJsonValue v = command(
        "POST", u"/session/"_s + m_session + u"/element/"_s + id + u"/click"_s, QJsonObject{});
    return !(v.isObject() && v.toObject().contains(u"error"_s));
}

bool WebDriver::type(const QString &css, const QString &text)
{
    const QString id = find(css);
    if (id.isEmpty())
        return false;
    const QJsonValue v =
        command("POST", u"/session/"_s + m_session + u"/element/"_s + id + u"/value"_s,
                QJsonObject{{u"text"_s, text}});
    return !(v.isObject() && v.toObject().contains(u"error"_s));
}

QString WebDriver::text(const QString &css)
{
    const QString id = find(css);
    if (id.isEmpty())
        return {};
    return command("GET", u"/session/"_s + m_session + u"/element/"_s + id + u"/text"_s).toString();
}

bool WebDriver::switchToFrame(const QString &css)
{
    const QString id = find(css);
    if (id.isEmpty())
        return false;
    const QJsonValue v =
        command("POST", u"/session/"_s + m_session + u"/frame"_s,
                QJsonObject{{u"id"_s, QJsonObject{{QLatin1StringView(kElementKey), id}}}});
    return !(v.isObject() && v.toObject().contains(u"error"_s));
}

bool WebDriver::switchToTopFrame()
{
    const QJsonValue v = command("POST", u"/session/"_s + m_session + u"/frame"_s,
                                 QJsonObject{{u"id"_s, QJsonValue::Null}});
    return !(v.isObject() && v.toObject().contains(u"error"_s));
}

QJsonValue WebDriver::script(const QString &js)
{
    return command("POST", u"/session/"_s + m_session + u"/execute/sync"_s,
                   QJsonObject{{u"script"_s, js}, {u"args"_s, QJsonArray()}});
}

bool WebDriver::screenshot(const QString &pngPath)
{
    const QJsonValue v = command("GET", u"/session/"_s + m_session + u"/screenshot"_s);
    QFile f(pngPath);
    if (!v.isString() || !f.open(QIODevice::WriteOnly))
        return false;
    f.write(QByteArray::fromBase64(v.toString().toLatin1()));
    return true;
}

bool WebDriver::setWindowSize(int width, int height)
{
    const QJsonValue v = command("POST", u"/session/"_s + m_session + u"/window/rect"_s,
                                 QJsonObject{{u"width"_s, width}, {u"height"_s, height}});
    return !(v.isObject() && v.toObject().contains(u"error"_s));
}

QString WebDriver::currentUrl()
{
    return command("GET", u"/session/"_s + m_session + u"/url"_s).toString();
}

bool WebDriver::addScriptOnNewDocument(const QString &js)
{
    const QJsonValue v = command("POST", u"/session/"_s + m_session + u"/goog/cdp/execute"_s,
                                 QJsonObject{{u"cmd"_s, u"Page.addScriptToEvaluateOnNewDocument"_s},
                                             {u"params"_s, QJsonObject{{u"source"_s, js}}}});
    return !(v.isObject() && v.toObject().contains(u"error"_s));
}
