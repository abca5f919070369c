#pragma once

#include "core/money/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <memory>

class QTranslator;

namespace kassa {

// The words of a receipt in one or two languages at once ("Kvitto" or
// "Kvitto/Receipt"). The words are marked with QT_TRANSLATE_NOOP("Receipt",
// …) and come from Kassa's translations (kassa_<language>.qm, installed ones
// first, then the built-in :/i18n), so they are translated like every other
// string; several languages at once is why a translator per language is
// loaded here rather than the one the application installed. A language
// whose translations cannot be found shows the English source words.
// Amounts are written the first language's way, without group separators.
class ReceiptWords
{
public:
    explicit ReceiptWords(const QStringList &languages);
    ~ReceiptWords();
    ReceiptWords(const ReceiptWords &) = delete;
    ReceiptWords &operator=(const ReceiptWords &) = delete;

    // `source` (a QT_TRANSLATE_NOOP("Receipt", …) literal) in each language,
    // joined by '/'.
    QString operator()(const char *source) const;
    // `source` in each language apart, the first language first.
    QStringList each(const char *source) const;
    QString money(const Money &amount) const;
    const QLocale &locale() const { return m_locale; }

private:
    QList<std::shared_ptr<QTranslator>> m_translators; // null: the English source
    QLocale m_locale;
};

} // namespace kassa
