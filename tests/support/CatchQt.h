#pragma once

// Lets Catch print Qt values in failure messages instead of "{?}".
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value)
    {
        // Appended piece by piece: GCC 12 at -O3 warns (-Wrestrict) about '"' + std::string + '"'.
        std::string quoted(1, '"');
        quoted += value.toStdString();
        quoted += '"';
        return quoted;
    }
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
