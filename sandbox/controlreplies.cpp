#include "sandbox/controlreplies.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kassa::sandbox {

http::HttpResponse jsonReply(const QJsonObject &object, int status)
{
    return http::HttpResponse::json(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

http::HttpResponse jsonError(const QString &message, int status)
{
    return jsonReply(QJsonObject{{u"error"_s, message}}, status);
}

http::HttpResponse fromResult(const Result<QJsonObject> &result)
{
    if (!result)
        return jsonError(result.error().detail, 409);
    return jsonReply(*result);
}

} // namespace kassa::sandbox
