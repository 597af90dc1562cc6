// Result<T>: a value or an error message naming what was wrong and where.
// The core never lets an exception cross its public API; every fallible call returns one of these.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace ometer {

struct Error {
    std::string message;  // e.g. "occupations[3].pay.annual.median: expected a number, got a string"
};

template <typename T>
class Result {
public:
    Result(T value) : value_(std::move(value)) {}            // NOLINT(google-explicit-constructor)
    Result(Error error) : error_(std::move(error.message)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return value_.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *value_; }
    T& value() & { return *value_; }
    T&& value() && { return std::move(*value_); }
    const T* operator->() const { return &*value_; }
    T* operator->() { return &*value_; }

    const std::string& error() const { return error_; }

private:
    std::optional<T> value_;
    std::string error_;
};

}  // namespace ometer
