#pragma once

// Lets Catch print Qt values in failure messages instead of "{?}".
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "{" + value.join(QStringLiteral(", ")).toStdString() + "}";
    }
};
} // namespace Catch
