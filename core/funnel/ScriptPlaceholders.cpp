#include "ScriptPlaceholders.h"

#include <QRegularExpression>
#include <QStringList>

namespace voronka {

namespace {
bool isPatronymic(const QString &word)
{
    // Russian patronymics: Петрович, Ильич, Петровна, Ильинична, Кузьминична.
    static const QRegularExpression ending(QStringLiteral("(ич|вна|чна)$"), QRegularExpression::CaseInsensitiveOption);
    return word.size() > 3 && ending.match(word).hasMatch();
}

QStringList words(const QString &text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

enum class Source { ContactAddress, CallerName, OurCompany, Unknown };

Source sourceOf(const QString &placeholder, const QString &before)
{
    const QString key = placeholder.simplified();
    if (key == QStringLiteral("Имя Отчество") || key == QStringLiteral("имя отчество") || key == QStringLiteral("Name"))
        return Source::ContactAddress;
    if (key == QStringLiteral("имя") || key == QStringLiteral("name")) {
        // "Приедет наш специалист [имя]": the closer, not the caller.
        static const QRegularExpression specialist(QStringLiteral("(специалист|specialist)\\s*$"),
                                                   QRegularExpression::CaseInsensitiveOption);
        return specialist.match(before).hasMatch() ? Source::Unknown : Source::CallerName;
    }
    if (key.compare(QStringLiteral("наша компания"), Qt::CaseInsensitive) == 0
        || key.compare(QStringLiteral("our company"), Qt::CaseInsensitive) == 0)
        return Source::OurCompany;
    return Source::Unknown;
}
} // namespace

QString ScriptPlaceholders::nameAndPatronymic(const QString &fullName)
{
    const QStringList parts = words(fullName);
    // Name Patronymic [Surname], or Surname Name Patronymic.
    if (parts.size() >= 2 && isPatronymic(parts.at(1)))
        return parts.at(0) + QLatin1Char(' ') + parts.at(1);
    if (parts.size() == 3 && isPatronymic(parts.at(2)))
        return parts.at(1) + QLatin1Char(' ') + parts.at(2);
    return {};
}

QString ScriptPlaceholders::firstName(const QString &fullName)
{
    const QStringList parts = words(fullName);
    return parts.isEmpty() ? QString() : parts.first();
}

QList<ScriptSegment> ScriptPlaceholders::fill(const QString &text, const ScriptPlaceholderValues &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\[([^\\[\\]]+)\\]"));
    QList<ScriptSegment> segments;
    const auto append = [&segments](ScriptSegment::Kind kind, const QString &piece) {
        if (piece.isEmpty())
            return;
        if (kind == ScriptSegment::Kind::Plain && !segments.isEmpty()
            && segments.last().kind == ScriptSegment::Kind::Plain) {
            segments.last().text += piece;
            return;
        }
        segments.append({kind, piece});
    };
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString before = text.mid(from, match.capturedStart() - from);
        append(ScriptSegment::Kind::Plain, before);
        const QString hint = match.captured(1).trimmed();
        QString value;
        switch (sourceOf(hint, text.left(match.capturedStart()))) {
        case Source::ContactAddress:
            value = nameAndPatronymic(values.contactFullName);
            break;
        case Source::CallerName:
            value = firstName(values.callerFullName);
            break;
        case Source::OurCompany:
            value = values.ourCompany.trimmed();
            break;
        case Source::Unknown:
            break;
        }
        if (value.isEmpty())
            segments.append({ScriptSegment::Kind::Blank, hint});
        else
            segments.append({ScriptSegment::Kind::Filled, value});
        from = match.capturedEnd();
    }
    append(ScriptSegment::Kind::Plain, text.mid(from));
    return segments;
}

} // namespace voronka
