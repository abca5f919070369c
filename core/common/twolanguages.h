#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <span>

class QTranslator;

namespace kassa {

// One word of a page's table: the id the page asks for and its English
// source, marked for lupdate with QT_TRANSLATE_NOOP in the table's context.
struct TextEntry
{
    const char *id;
    const char *source;
};

// Words in Swedish and English at once, from the project's .qm files built
// into the binary (kassa_translations): for the pages whose server answers
// each request in its own language (the webshop's pages, the sandbox's
// phone page). Unlike tr(), both languages are served side by side; a text
// with no translation stays in English.
class TwoLanguages final
{
public:
    // `context`: the translation context of the texts (a class's name).
    explicit TwoLanguages(const char *context);
    ~TwoLanguages();
    TwoLanguages(const TwoLanguages &) = delete;
    TwoLanguages &operator=(const TwoLanguages &) = delete;

    // "sv" or "en": `asked` when it is one, else the first of them in
    // Accept-Language, else "en".
    static QString languageOf(const QString &asked, const QByteArray &acceptLanguage);

    // `source` in `language`; `count` picks a plural form (%n is left as it is).
    QString text(const QString &language, const char *source, int count = -1) const;
    // Every entry by id, in `language`.
    QJsonObject table(const QString &language, std::span<const TextEntry> entries) const;

private:
    const char *m_context;
    std::unique_ptr<QTranslator> m_sv;
    std::unique_ptr<QTranslator> m_en;
};

} // namespace kassa
