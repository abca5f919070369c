#pragma once

#include "core/common/twolanguages.h"
#include "core/http/httpmessage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace kassa::web {

// The webshop's words in Swedish and English, from the same .ts files as the
// windows (lupdate reads this class's sources). A page asks for its
// language's table once; sentences the server makes (errors, outcomes) are
// translated per request. Unlike tr(), both languages are served at once.
class WebStrings final
{
    Q_DECLARE_TR_FUNCTIONS(kassa::web::WebStrings)

public:
    // "sv" or "en": ?lang=, else the kassa_lang cookie, else Accept-Language.
    static QString languageOf(const http::HttpRequest &request);

    // Every string a page shows, by id.
    QJsonObject table(const QString &language) const;
    // One string by id (the English source when the id is unknown).
    QString text(const QString &language, const char *id) const;
    // One sentence with a count in it, in the count's form ("1 product",
    // "2 products").
    QString text(const QString &language, const char *id, int count) const;

private:
    TwoLanguages m_words{"kassa::web::WebStrings"};
};

} // namespace kassa::web
