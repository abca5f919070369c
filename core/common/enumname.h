#pragma once

#include <QMetaEnum>
#include <QString>
#include <QStringList>

#include <optional>

// The one way core turns an enum value into text and back: Qt's meta-object
// (Q_ENUM in a class or Q_GADGET, Q_ENUM_NS in a Q_NAMESPACE), as
// paymentStateName does — no switch per enum to keep in step with it.
//   enumKey(State::NotSent)   "NotSent"
//   enumWire(State::NotSent)  "NOT_SENT"      (SEQR's and the CLI's spelling)
//   enumWords(Kind::OnlyAtSeqr) "only at SEQR" (logs and details; acronyms kept)
namespace kassa {

namespace detail {
QStringList splitCamelCase(QStringView key);
QString wordsFromKey(QStringView key);
} // namespace detail

template<class E> QString enumKey(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}

template<class E> QString enumWire(E value)
{
    return detail::splitCamelCase(enumKey(value)).join(u'_').toUpper();
}

template<class E> QString enumWords(E value)
{
    return detail::wordsFromKey(enumKey(value));
}

// The value whose key, wire name or words (any case) is `text`.
template<class E> std::optional<E> enumFromText(QStringView text)
{
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        const E value = E(meta.value(i));
        if (text.compare(enumKey(value), Qt::CaseInsensitive) == 0 ||
            text.compare(enumWire(value), Qt::CaseInsensitive) == 0 ||
            text.compare(enumWords(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace kassa
