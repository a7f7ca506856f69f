#include "FieldProblems.h"

#include "EmailAddress.h"
#include "domain/InnValidator.h"
#include "domain/PhoneNormalizer.h"

#include <QStringList>

namespace voronka {

QString FieldProblems::inn(const QString &inn)
{
    const QString trimmed = inn.trimmed();
    if (trimmed.isEmpty() || InnValidator::isValid(trimmed))
        return {};
    return tr("INN %1 fails the check digits").arg(trimmed);
}

QString FieldProblems::phone(const QString &raw)
{
    if (raw.trimmed().isEmpty())
        return {};
    return phone(raw, PhoneNormalizer().normalize(raw).e164);
}

QString FieldProblems::phone(const QString &raw, const QString &e164)
{
    if (raw.trimmed().isEmpty() || !e164.isEmpty())
        return {};
    return tr("phone %1 not recognised").arg(raw.trimmed());
}

QString FieldProblems::email(const QString &address)
{
    const QString normalized = EmailAddress::normalized(address);
    if (normalized.isEmpty() || EmailAddress::isValid(normalized))
        return {};
    return tr("e-mail %1 not valid").arg(address.trimmed());
}

QString FieldProblems::emails(const QString &text)
{
    QStringList problems;
    for (const QString &part : EmailAddress::splitCell(text)) {
        if (!EmailAddress::isValid(part))
            problems.append(tr("e-mail %1 not valid").arg(part));
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace voronka
