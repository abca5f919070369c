#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

// Kassa's own words in `language` (Swedish, else English, as built into the
// program under :/i18n), installed on the application as `kassa --language`
// does, plurals and all; false when they did not load.
inline bool installKassaWords(QTranslator &translator, QLocale::Language language)
{
    const QLocale locale = language == QLocale::Swedish
                               ? QLocale(QLocale::Swedish, QLocale::Sweden)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    return translator.load(locale, QStringLiteral("kassa"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")) &&
           QCoreApplication::installTranslator(&translator);
}
