#pragma once

#include "core/common/twolanguages.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace kassa::sandbox {

// The phone page's words in Swedish and English, from the project's .ts
// files (lupdate reads this file): the page asks for its language's table
// at /phone/strings and fills its elements as text.
class PhoneStrings final
{
    Q_DECLARE_TR_FUNCTIONS(kassa::sandbox::PhoneStrings)

public:
    // "sv" or "en": `asked` when it is one, else the first of them in
    // Accept-Language, else "en".
    static QString languageOf(const QString &asked, const QByteArray &acceptLanguage);
    QJsonObject table(const QString &language) const;
    // One of the sandbox's sentences to the customer (an error of the
    // control API, in English) in `language`, its invoice states in words;
    // a sentence it does not know stays as it is.
    QString sentence(const QString &language, const QString &english) const;

private:
    TwoLanguages m_words{"kassa::sandbox::PhoneStrings"};
};

} // namespace kassa::sandbox
