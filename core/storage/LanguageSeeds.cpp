#include "LanguageSeeds.h"

#include "Database.h"
#include "SqlStatement.h"
#include "WriteTransaction.h"

#include <iterator>

namespace voronka {

namespace {
QString languageCode(const QString &language)
{
    return language.left(2).toLower();
}

// Position by position as 003_funnel.sql seeds them.
const char16_t *const englishReasons[] = {u"Not interested", u"Already has a supplier", u"Too expensive",
                                          u"No budget",      u"Company closed",         u"Not our customer"};
const char16_t *const russianReasons[]
    = {u"Не интересно", u"Уже есть поставщик", u"Дорого", u"Нет бюджета", u"Компания закрылась", u"Не наш клиент"};
static_assert(std::size(englishReasons) == std::size(russianReasons));

template<std::size_t N>
QStringList listOf(const char16_t *const (&texts)[N])
{
    QStringList list;
    for (const char16_t *text : texts)
        list.append(QString::fromUtf16(text));
    return list;
}
} // namespace

QStringList LanguageSeeds::lostReasons(const QString &language)
{
    return languageCode(language) == QLatin1String("ru") ? listOf(russianReasons) : listOf(englishReasons);
}

QString LanguageSeeds::firstUserName(const QString &language)
{
    return languageCode(language) == QLatin1String("ru") ? QStringLiteral("Руководитель отдела продаж")
                                                         : QStringLiteral("Head of sales");
}

void LanguageSeeds::apply(Database &db, const QString &language)
{
    const QStringList english = lostReasons(QStringLiteral("en"));
    const QStringList wanted = lostReasons(language);
    if (wanted == english)
        return;
    WriteTransaction transaction(db);
    for (qsizetype i = 0; i < english.size(); ++i) {
        SqlStatement::run(db.connection(),
                          QStringLiteral("UPDATE lost_reasons SET title = ? WHERE position = ? AND title = ?"),
                          {wanted.at(i), int(i + 1), english.at(i)});
    }
    SqlStatement::run(db.connection(),
                      QStringLiteral("UPDATE users SET full_name = ? WHERE login = 'head' AND full_name = ?"),
                      {firstUserName(language), firstUserName(QStringLiteral("en"))});
    transaction.commit();
}

} // namespace voronka
