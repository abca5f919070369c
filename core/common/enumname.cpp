#include "core/common/enumname.h"

namespace kassa::detail {

QStringList splitCamelCase(QStringView key)
{
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key[i];
        if (c.isUpper() && !word.isEmpty())
            words.append(std::exchange(word, QString()));
        word.append(c);
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

QString wordsFromKey(QStringView key)
{
    // Names people read in capitals.
    static const QStringList upper{QStringLiteral("SEQR"), QStringLiteral("TLS"),
                                   QStringLiteral("HTTP"), QStringLiteral("SOAP"),
                                   QStringLiteral("QR")};
    static const QStringList proper{QStringLiteral("Kassa")};
    QStringList words = splitCamelCase(key);
    for (QString &word : words) {
        if (upper.contains(word, Qt::CaseInsensitive))
            word = word.toUpper();
        else if (!proper.contains(word))
            word = word.toLower();
    }
    return words.join(u' ');
}

} // namespace kassa::detail
