#include "core/common/twolanguages.h"

#include <QTranslator>

using namespace Qt::StringLiterals;

namespace kassa {

TwoLanguages::TwoLanguages(const char *context)
    : m_context(context)
    , m_sv(std::make_unique<QTranslator>())
    , m_en(std::make_unique<QTranslator>())
{
    // Built into the binary by kassa_translations (an installed copy is not
    // needed: the pages' words ship with them).
    (void)m_sv->load(u":/i18n/kassa_sv.qm"_s);
    (void)m_en->load(u":/i18n/kassa_en.qm"_s);
}

TwoLanguages::~TwoLanguages() = default;

QString TwoLanguages::languageOf(const QString &asked, const QByteArray &acceptLanguage)
{
    if (asked == u"sv" || asked == u"en")
        return asked;
    for (QByteArray range : acceptLanguage.split(',')) {
        range = range.trimmed().toLower();
        if (range.startsWith("sv"))
            return u"sv"_s;
        if (range.startsWith("en"))
            return u"en"_s;
    }
    return u"en"_s;
}

QString TwoLanguages::text(const QString &language, const char *source, int count) const
{
    const QTranslator &t = language == u"sv" ? *m_sv : *m_en;
    const QString translated = t.translate(m_context, source, nullptr, count);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QJsonObject TwoLanguages::table(const QString &language, std::span<const TextEntry> entries) const
{
    QJsonObject result;
    for (const TextEntry &e : entries)
        result.insert(QLatin1StringView(e.id), text(language, e.source));
    return result;
}

} // namespace kassa
