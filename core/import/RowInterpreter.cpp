#include "RowInterpreter.h"

#include "EmailAddress.h"
#include "FieldProblems.h"
#include "PhoneCellSplitter.h"
#include "TextCleaner.h"
#include "domain/InnValidator.h"
#include "domain/RegionOfCity.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace voronka {

namespace {
QString cleanLines(const QString &text)
{
    if (!text.contains(u'\n') && !text.contains(u'\r'))
        return TextCleaner::clean(text);
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\r|\\n"));
    QStringList lines;
    for (const QString &line : text.split(lineBreak)) {
        const QString cleaned = TextCleaner::clean(line);
        if (!cleaned.isEmpty())
            lines.append(cleaned);
    }
    return lines.join(QLatin1Char('\n'));
}

void appendText(QString &target, const QString &text, QLatin1String separator)
{
    if (text.isEmpty())
        return;
    if (!target.isEmpty())
        target += separator;
    target += text;
}
} // namespace

QStringList InterpretedRow::e164Phones() const
{
    QStringList phones;
    for (const Phone &phone : record.phones) {
        if (phone.isValid())
            phones.append(phone.e164);
    }
    return phones;
}

QStringList InterpretedRow::emailAddresses() const
{
    QStringList addresses;
    for (const Email &email : record.emails)
        addresses.append(email.address);
    return addresses;
}

RowInterpreter::RowInterpreter(QList<ImportField> mapping, const ImportOptions &options)
    : m_mapping(std::move(mapping))
    , m_normalizer(options.region)
    , m_ownerId(options.ownerId)
    , m_collectorId(options.collectorId)
    , m_source(options.tag.isEmpty() ? options.fileName : options.tag)
{
}

InterpretedRow RowInterpreter::interpret(const QStringList &cells) const
{
    InterpretedRow row;
    Company &company = row.record.company;
    company.ownerId = m_ownerId;
    company.collectedBy = m_collectorId;
    company.source = m_source;
    Contact contact;

    const int columns = int(std::min(cells.size(), m_mapping.size()));
    for (int column = 0; column < columns; ++column) {
        const ImportField field = m_mapping.at(column);
        if (field == ImportField::Ignore)
            continue;
        // A comment keeps its line breaks; every other field is one line of text.
        const QString value
            = field == ImportField::Comment ? cleanLines(cells.at(column)) : TextCleaner::clean(cells.at(column));
        if (value.isEmpty())
            continue;
        switch (field) {
        case ImportField::Company:
            appendText(company.name, value, QLatin1String(" "));
            break;
        case ImportField::Inn:
            if (company.inn.isEmpty()) {
                if (InnValidator::isValid(value)) {
                    company.inn = InnValidator::digits(value);
                    row.validInn = company.inn;
                } else {
                    // Kept as written: a collector can check it against the registry later.
                    company.inn = value;
                    row.problems.append(FieldProblems::inn(value));
                }
            }
            break;
        case ImportField::City:
            appendText(company.city, value, QLatin1String(", "));
            break;
        case ImportField::Region:
            if (company.region.isEmpty())
                company.region = RegionOfCity::canonical(value);
            break;
        case ImportField::Address:
            appendText(company.address, value, QLatin1String(", "));
            break;
        case ImportField::Website:
            appendText(company.website, value, QLatin1String(" "));
            break;
        case ImportField::Industry:
            appendText(company.industry, value, QLatin1String(", "));
            break;
        case ImportField::Phone:
            for (const QString &raw : PhoneCellSplitter::split(value)) {
                Phone phone;
                phone.raw = raw;
                const NormalizedPhone normalized = m_normalizer.normalize(raw);
                phone.e164 = normalized.e164;
                phone.extension = normalized.extension;
                // Russian mobile numbers are +79…; the rest are taken as work numbers.
                phone.kind = phone.e164.startsWith(QLatin1String("+79")) ? PhoneKind::Mobile : PhoneKind::Work;
                if (!phone.isValid())
                    row.problems.append(FieldProblems::phone(raw, phone.e164));
                bool known = false;
                for (const Phone &existing : std::as_const(row.record.phones))
                    known = known || (phone.isValid() ? existing.e164 == phone.e164 : existing.raw == phone.raw);
                if (!known)
                    row.record.phones.append(phone);
            }
            break;
        case ImportField::Email:
            for (const QString &part : EmailAddress::splitCell(value)) {
                const QString address = EmailAddress::normalized(part);
                if (address.isEmpty())
                    continue;
                if (!EmailAddress::isValid(address)) {
                    row.problems.append(FieldProblems::email(part));
                    appendText(row.note, tr("E-mail as written: %1").arg(part), QLatin1String("\n"));
                    continue;
                }
                bool known = false;
                for (const Email &existing : std::as_const(row.record.emails))
                    known = known || existing.address == address;
                if (!known) {
                    Email email;
                    email.address = address;
                    row.record.emails.append(email);
                }
            }
            break;
        case ImportField::ContactName:
            appendText(contact.fullName, value, QLatin1String(" "));
            break;
        case ImportField::Position:
            appendText(contact.position, value, QLatin1String(", "));
            break;
        case ImportField::Comment:
            appendText(row.note, value, QLatin1String("\n"));
            break;
        case ImportField::Ignore:
            break;
        }
    }

    // Without a Region column (or an empty cell) the city gives it; an unknown city gives none.
    if (company.region.isEmpty())
        company.region = RegionOfCity::of(company.city);
    if (!contact.fullName.isEmpty() || !contact.position.isEmpty()) {
        if (contact.fullName.isEmpty())
            contact.fullName = contact.position;
        row.record.contacts.append(contact);
    }
    if (company.name.isEmpty()) {
        if (row.record.phones.isEmpty()) {
            row.rejection = tr("no company name and no phone");
            return row;
        }
        // Every inquirer goes into the base: a number without a name is still worth a call.
        company.name = contact.fullName.isEmpty() ? tr("Company without a name") : contact.fullName;
        row.problems.append(tr("no company name"));
    }
    return row;
}

} // namespace voronka
