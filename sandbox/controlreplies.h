// The control API's JSON answers (sandboxserver.cpp, sandboxcontrol.cpp,
// sandboxfaults.cpp). Private to the sandbox's server.
#pragma once

#include "core/common/result.h"
#include "core/http/httpmessage.h"

#include <QJsonObject>

namespace kassa::sandbox {

http::HttpResponse jsonReply(const QJsonObject &object, int status = 200);
// {"error": message} with `status`.
http::HttpResponse jsonError(const QString &message, int status);
// The object, or its error's detail with 409.
http::HttpResponse fromResult(const Result<QJsonObject> &result);

} // namespace kassa::sandbox
