#include "core/receipt/receiptwords.h"

#include <QDir>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

std::shared_ptr<QTranslator> loadTranslator(const QString &language)
{
    auto translator = std::make_shared<QTranslator>();
    const QString name = u"kassa_"_s + language;
    const QStringList dirs{
        QCoreApplication::applicationDirPath() + u"/../share/kassa/translations"_s, u":/i18n"_s};
    for (const QString &dir : dirs) {
        if (translator->load(name, dir))
            return translator;
    }
    return nullptr;
}

} // namespace

ReceiptWords::ReceiptWords(const QStringList &languages)
    : m_locale(languages.value(0) == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::Swedish, QLocale::Sweden))
{
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
    for (const QString &language : languages)
        m_translators.append(loadTranslator(language));
    if (m_translators.isEmpty())
        m_translators.append(nullptr);
}

ReceiptWords::~ReceiptWords() = default;

QStringList ReceiptWords::each(const char *source) const
{
    QStringList words;
    for (const auto &translator : m_translators) {
        QString word = translator ? translator->translate("Receipt", source) : QString();
        words.append(word.isEmpty() ? QString::fromUtf8(source) : word);
    }
    return words;
}

QString ReceiptWords::operator()(const char *source) const
{
    QStringList words = each(source);
    words.removeDuplicates();
    return words.join(u'/');
}

QString ReceiptWords::money(const Money &amount) const
{
    return amount.toLocalizedString(m_locale);
}

} // namespace kassa
