#include "TextFolding.h"

#include <QStringList>

namespace voronka {

QString foldForSearch(const QString &text)
{
    QString folded = text.toCaseFolded();
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    return folded;
}

QString digitsOf(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    return digits;
}

QString companySortKey(const QString &name)
{
    static const QStringList legalForms = {
        QStringLiteral("ооо"), QStringLiteral("оао"), QStringLiteral("зао"),  QStringLiteral("пао"),
        QStringLiteral("ао"),  QStringLiteral("ип"),  QStringLiteral("нко"),  QStringLiteral("ано"),
        QStringLiteral("гуп"), QStringLiteral("муп"), QStringLiteral("фгуп"), QStringLiteral("llc"),
        QStringLiteral("ltd"), QStringLiteral("inc"), QStringLiteral("gmbh"),
    };
    QString cleaned = foldForSearch(name);
    for (const QChar quote :
         {QChar(u'"'), QChar(u'\''), QChar(0x00AB), QChar(0x00BB), QChar(0x201C), QChar(0x201D), QChar(0x201E)}) {
        cleaned.remove(quote);
    }
    QStringList words = cleaned.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (words.size() > 1 && legalForms.contains(words.front()))
        words.removeFirst();
    return words.join(QLatin1Char(' '));
}

} // namespace voronka
