#include "EmailAddress.h"

#include "TextCleaner.h"

#include <QStringView>

namespace voronka {

namespace {

bool isForbiddenInAddress(QChar c)
{
    if (c.isSpace() || c.category() == QChar::Other_Control)
        return true;
    switch (c.unicode()) {
    case u',':
    case u';':
    case u'<':
    case u'>':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'"':
    case u'\\':
    case u':':
        return true;
    default:
        return false;
    }
}

bool isValidLocalPart(QStringView local)
{
    if (local.isEmpty() || local.front() == u'.' || local.back() == u'.' || local.contains(u".."))
        return false;
    for (const QChar c : local) {
        if (isForbiddenInAddress(c))
            return false;
    }
    return true;
}

bool isValidDomain(QStringView domain)
{
    qsizetype labels = 0;
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        if (i < domain.size() && domain.at(i) != u'.')
            continue;
        const QStringView label = domain.mid(labelStart, i - labelStart);
        if (label.isEmpty() || label.front() == u'-' || label.back() == u'-')
            return false;
        bool allDigits = true;
        for (const QChar c : label) {
            if (!c.isLetterOrNumber() && c != u'-')
                return false;
            if (!c.isDigit())
                allDigits = false;
        }
        ++labels;
        labelStart = i + 1;
        // The top-level label: "a@b.c" and "a@1.2.3.4" are not addresses anyone sends cold offers to.
        if (i == domain.size() && (label.size() < 2 || allDigits))
            return false;
    }
    return labels >= 2;
}

} // namespace

QString EmailAddress::normalized(const QString &value)
{
    QString text = TextCleaner::clean(value);
    if (text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        text = text.mid(7).trimmed();
    if (text.size() >= 2 && text.front() == u'<' && text.back() == u'>')
        text = text.mid(1, text.size() - 2).trimmed();
    return text.toLower();
}

bool EmailAddress::isValid(const QString &normalized)
{
    const qsizetype at = normalized.indexOf(u'@');
    if (at < 0 || normalized.indexOf(u'@', at + 1) >= 0)
        return false;
    const QStringView view(normalized);
    return isValidLocalPart(view.left(at)) && isValidDomain(view.mid(at + 1));
}

QStringList EmailAddress::splitCell(const QString &cell)
{
    QStringList out;
    qsizetype start = 0;
    const qsizetype size = cell.size();
    for (qsizetype i = 0; i <= size; ++i) {
        if (i < size) {
            const QChar c = cell.at(i);
            if (c != u',' && c != u';' && !c.isSpace())
                continue;
        }
        if (i > start) {
            const QString part = normalized(cell.mid(start, i - start));
            if (!part.isEmpty() && !out.contains(part))
                out.append(part);
        }
        start = i + 1;
    }
    return out;
}

} // namespace voronka
