#pragma once

#include "core/common/error.h"

#include <utility>
#include <variant>

namespace kassa {

// A value or an Error. Expected failures are returned, never thrown.
template<class T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }
    T valueOr(T fallback) const { return hasValue() ? value() : fallback; }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that yields nothing but may fail.
struct Ok
{};
using Status = Result<Ok>;

inline Error makeError(ErrorCode code, QString detail = {})
{
    return Error{code, std::move(detail)};
}

} // namespace kassa
