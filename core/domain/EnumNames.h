#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace voronka {

template<typename Enum>
struct EnumName
{
    Enum value;
    const char *key; // stored in the database, never translated
    const char *title; // marked with QT_TRANSLATE_NOOP under the table's context
};

// One table per enum maps values to database keys and to translated titles, so the mapping lives in one place.
template<typename Enum, std::size_t Count>
class EnumNames
{
public:
    constexpr EnumNames(const char *context, std::array<EnumName<Enum>, Count> names)
        : m_context(context)
        , m_names(names)
    {
    }

    QList<Enum> all() const
    {
        QList<Enum> values;
        for (const auto &name : m_names)
            values.append(name.value);
        return values;
    }

    QString key(Enum value) const { return QString::fromLatin1(find(value).key); }

    QString title(Enum value) const { return QCoreApplication::translate(m_context, find(value).title); }

    std::optional<Enum> fromKey(const QString &key) const
    {
        for (const auto &name : m_names) {
            if (key == QLatin1String(name.key))
                return name.value;
        }
        return std::nullopt;
    }

private:
    const EnumName<Enum> &find(Enum value) const
    {
        for (const auto &name : m_names) {
            if (name.value == value)
                return name;
        }
        return m_names.front();
    }

    const char *m_context;
    std::array<EnumName<Enum>, Count> m_names;
};

} // namespace voronka
