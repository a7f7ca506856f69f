#include "ColumnMapper.h"

#include "EmailAddress.h"
#include "PhoneCellSplitter.h"
#include "TextCleaner.h"
#include "domain/InnValidator.h"
#include "domain/PhoneNormalizer.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <array>
#include <optional>

namespace voronka {

namespace {

// Case-folded letters and digits of a header cell, ё as е; with stripNumbers, a trailing number goes too
// ("Телефон 2." -> "телефон") unless nothing else is left.
QString headerKey(const QString &cell, bool stripNumbers)
{
    // A header written on a Mac may come decomposed (и + combining breve for й); compose it first.
    const QString composed = cell.normalized(QString::NormalizationForm_C);
    QString key;
    key.reserve(composed.size());
    for (const QChar c : composed) {
        if (!c.isLetterOrNumber())
            continue;
        const QChar folded = c.toCaseFolded();
        key.append(folded == QChar(0x0451) ? QChar(0x0435) : folded); // ё -> е
    }
    if (stripNumbers) {
        qsizetype end = key.size();
        while (end > 0 && key.at(end - 1).isDigit())
            --end;
        if (end > 0)
            key.truncate(end);
    }
    return key;
}

struct Synonym
{
    ImportField field = ImportField::Ignore;
    bool generic = false; // loses to a specific name of the same field ("Name" against "Company")
};

struct SynonymSpelling
{
    const char16_t *name;
    ImportField field;
    bool generic = false;
};

// Spellings as people write them; they are reduced with headerKey() like the cells they are compared with.
constexpr SynonymSpelling spellings[] = {
    {u"Компания", ImportField::Company},
    {u"Наименование", ImportField::Company},
    {u"Название", ImportField::Company},
    {u"Организация", ImportField::Company},
    {u"Название компании", ImportField::Company},
    {u"Наименование компании", ImportField::Company},
    {u"Название организации", ImportField::Company},
    {u"Наименование организации", ImportField::Company},
    {u"Полное наименование", ImportField::Company},
    {u"Краткое наименование", ImportField::Company},
    {u"Фирма", ImportField::Company},
    {u"Company", ImportField::Company},
    {u"Company name", ImportField::Company},
    {u"Organization", ImportField::Company},
    {u"Organisation", ImportField::Company},
    {u"Name", ImportField::Company, true},

    {u"ИНН", ImportField::Inn},
    {u"ИНН организации", ImportField::Inn},
    {u"ИНН компании", ImportField::Inn},
    {u"INN", ImportField::Inn},
    {u"TIN", ImportField::Inn},
    {u"Tax ID", ImportField::Inn},

    {u"Город", ImportField::City},
    {u"Населённый пункт", ImportField::City},
    {u"Нас. пункт", ImportField::City},
    {u"City", ImportField::City},
    {u"Town", ImportField::City},

    {u"Регион", ImportField::Region},
    {u"Область", ImportField::Region},
    {u"Субъект", ImportField::Region},
    {u"Субъект РФ", ImportField::Region},
    {u"Область/край", ImportField::Region},
    {u"Край/область", ImportField::Region},
    {u"Region", ImportField::Region},
    {u"Oblast", ImportField::Region},

    {u"Адрес", ImportField::Address},
    {u"Юридический адрес", ImportField::Address},
    {u"Юр. адрес", ImportField::Address},
    {u"Фактический адрес", ImportField::Address},
    {u"Факт. адрес", ImportField::Address},
    {u"Почтовый адрес", ImportField::Address},
    {u"Address", ImportField::Address},

    {u"Сайт", ImportField::Website},
    {u"Веб-сайт", ImportField::Website},
    {u"Website", ImportField::Website},
    {u"Web site", ImportField::Website},
    {u"Web", ImportField::Website},
    {u"Site", ImportField::Website},
    {u"URL", ImportField::Website},
    {u"www", ImportField::Website},

    {u"Вид деятельности", ImportField::Industry},
    {u"Сфера", ImportField::Industry},
    {u"Сфера деятельности", ImportField::Industry},
    {u"Отрасль", ImportField::Industry},
    {u"Рубрика", ImportField::Industry},
    {u"Рубрики", ImportField::Industry},
    {u"Категория", ImportField::Industry},
    {u"Industry", ImportField::Industry},
    {u"Category", ImportField::Industry},

    {u"Телефон", ImportField::Phone},
    {u"Телефоны", ImportField::Phone},
    {u"Тел.", ImportField::Phone},
    {u"Моб.", ImportField::Phone},
    {u"Мобильный", ImportField::Phone},
    {u"Мобильный телефон", ImportField::Phone},
    {u"Сотовый", ImportField::Phone},
    {u"Сот.", ImportField::Phone},
    {u"Сотовый телефон", ImportField::Phone},
    {u"Рабочий телефон", ImportField::Phone},
    {u"Контактный телефон", ImportField::Phone},
    {u"Номер телефона", ImportField::Phone},
    {u"Телефон/факс", ImportField::Phone},
    {u"Тел./факс", ImportField::Phone},
    // A fax number is a phone line of the company; the user can still ignore the column in the preview.
    {u"Факс", ImportField::Phone},
    {u"Phone", ImportField::Phone},
    {u"Phones", ImportField::Phone},
    {u"Phone number", ImportField::Phone},
    {u"Telephone", ImportField::Phone},
    {u"Tel", ImportField::Phone},
    {u"Mobile", ImportField::Phone},
    {u"Mobile phone", ImportField::Phone},
    {u"Cell", ImportField::Phone},
    {u"Fax", ImportField::Phone},

    {u"Email", ImportField::Email},
    {u"E-mail", ImportField::Email},
    {u"Emails", ImportField::Email},
    {u"Email address", ImportField::Email},
    {u"Mail", ImportField::Email},
    {u"Эл. почта", ImportField::Email},
    {u"Электронная почта", ImportField::Email},
    {u"Адрес электронной почты", ImportField::Email},
    {u"Почта", ImportField::Email},
    {u"Емейл", ImportField::Email},
    {u"Имейл", ImportField::Email},

    {u"Контактное лицо", ImportField::ContactName},
    {u"ФИО", ImportField::ContactName},
    {u"ФИО контактного лица", ImportField::ContactName},
    {u"Контакт", ImportField::ContactName},
    {u"Имя", ImportField::ContactName},
    {u"Contact", ImportField::ContactName},
    {u"Contact person", ImportField::ContactName},
    {u"Contact name", ImportField::ContactName},
    {u"Name of contact", ImportField::ContactName},
    {u"Full name", ImportField::ContactName},

    {u"Должность", ImportField::Position},
    {u"Position", ImportField::Position},
    {u"Title", ImportField::Position},
    {u"Job title", ImportField::Position},

    {u"Комментарий", ImportField::Comment},
    {u"Комментарии", ImportField::Comment},
    {u"Примечание", ImportField::Comment},
    {u"Примечания", ImportField::Comment},
    {u"Заметки", ImportField::Comment},
    {u"Comment", ImportField::Comment},
    {u"Comments", ImportField::Comment},
    {u"Note", ImportField::Comment},
    {u"Notes", ImportField::Comment},
};

const QHash<QString, Synonym> &synonyms()
{
    static const QHash<QString, Synonym> table = [] {
        QHash<QString, Synonym> built;
        for (const SynonymSpelling &spelling : spellings)
            built.insert(headerKey(QString::fromUtf16(spelling.name), true), {spelling.field, spelling.generic});
        return built;
    }();
    return table;
}

std::optional<Synonym> synonymOf(const QString &cell)
{
    const QString key = headerKey(cell, true);
    if (key.isEmpty())
        return std::nullopt;
    const auto it = synonyms().constFind(key);
    if (it == synonyms().constEnd())
        return std::nullopt;
    return *it;
}

bool isMultiColumnField(ImportField field)
{
    return field == ImportField::Phone || field == ImportField::Email;
}

const PhoneNormalizer &phoneNormalizer()
{
    static const PhoneNormalizer normalizer;
    return normalizer;
}

int asciiDigitCount(const QString &text)
{
    return static_cast<int>(std::count_if(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }));
}

bool isPhone(const QString &cleaned)
{
    if (asciiDigitCount(cleaned) < 5) // not worth asking libphonenumber
        return false;
    const QStringList numbers = PhoneCellSplitter::split(cleaned);
    return !numbers.isEmpty() && !phoneNormalizer().normalize(numbers.front()).e164.isEmpty();
}

bool isEmail(const QString &cleaned)
{
    if (!cleaned.contains(u'@'))
        return false;
    const QStringList parts = EmailAddress::splitCell(cleaned);
    return std::any_of(parts.begin(), parts.end(), [](const QString &part) { return EmailAddress::isValid(part); });
}

bool isLink(const QString &cleaned)
{
    return cleaned.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || cleaned.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || cleaned.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
}

constexpr std::array<QStringView, 22> legalForms
    = {u"ооо",  u"оао", u"зао", u"пао", u"ао",  u"нао",  u"ип",  u"нко",  u"ано",  u"гуп",  u"муп",
       u"фгуп", u"тоо", u"llc", u"ltd", u"inc", u"gmbh", u"jsc", u"pjsc", u"ojsc", u"cjsc", u"corp"};

bool namesLegalForm(const QString &cleaned)
{
    const QStringView text(cleaned);
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isLetter()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text.at(end).isLetter())
            ++end;
        const QStringView word = text.mid(i, end - i);
        if (word.size() <= 5) {
            for (const QStringView form : legalForms) {
                if (word.compare(form, Qt::CaseInsensitive) == 0)
                    return true;
            }
        }
        i = end;
    }
    return false;
}

bool looksLikeData(const QString &cleaned)
{
    return isEmail(cleaned) || InnValidator::isValid(cleaned) || isPhone(cleaned);
}

struct ColumnEvidence
{
    int values = 0;
    int emails = 0;
    int inns = 0;
    int phones = 0;
    int links = 0;
    int legalForms = 0;
    qint64 length = 0;
};

ColumnEvidence evidenceOf(const QList<QStringList> &rows, qsizetype firstRow, qsizetype column)
{
    ColumnEvidence evidence;
    for (qsizetype row = firstRow; row < rows.size(); ++row) {
        if (column >= rows.at(row).size())
            continue;
        const QString cleaned = TextCleaner::clean(rows.at(row).at(column));
        if (cleaned.isEmpty())
            continue;
        ++evidence.values;
        evidence.length += cleaned.size();
        // Counted independently: a ten-digit phone may pass the INN checksum by chance, and the order of the
        // checks in fieldFromValues() settles which reading wins for the column.
        const bool email = isEmail(cleaned);
        evidence.emails += email ? 1 : 0;
        evidence.inns += InnValidator::isValid(cleaned) ? 1 : 0;
        evidence.phones += !email && isPhone(cleaned) ? 1 : 0;
        evidence.links += isLink(cleaned) ? 1 : 0;
        if (namesLegalForm(cleaned))
            ++evidence.legalForms;
    }
    return evidence;
}

// "Most values": more than half of the non-empty ones.
bool most(int count, const ColumnEvidence &evidence)
{
    return evidence.values > 0 && 2 * count > evidence.values;
}

ImportField fieldFromValues(const ColumnEvidence &evidence)
{
    // A valid INN is checked before a phone: many ten-digit INNs also read as numbers of some region.
    if (most(evidence.emails, evidence))
        return ImportField::Email;
    if (most(evidence.inns, evidence))
        return ImportField::Inn;
    if (most(evidence.phones, evidence))
        return ImportField::Phone;
    if (most(evidence.links, evidence))
        return ImportField::Website;
    return ImportField::Ignore;
}

} // namespace

ImportField ColumnMapper::fieldForHeader(const QString &headerCell)
{
    const std::optional<Synonym> synonym = synonymOf(headerCell);
    return synonym ? synonym->field : ImportField::Ignore;
}

ColumnGuess ColumnMapper::guess(const QList<QStringList> &firstRows)
{
    ColumnGuess result;
    qsizetype columns = 0;
    for (const QStringList &row : firstRows)
        columns = std::max(columns, row.size());
    result.fields = QList<ImportField>(columns, ImportField::Ignore);
    if (firstRows.isEmpty())
        return result;

    // The header, if the first row is one.
    QList<std::optional<Synonym>> named(columns);
    int knownNames = 0;
    bool dataInFirstRow = false;
    const QStringList &first = firstRows.front();
    for (qsizetype column = 0; column < first.size(); ++column) {
        const QString cleaned = TextCleaner::clean(first.at(column));
        if (cleaned.isEmpty())
            continue;
        named[column] = synonymOf(cleaned);
        if (named[column])
            ++knownNames;
        else if (looksLikeData(cleaned))
            dataInFirstRow = true;
    }
    result.headerFound = knownNames > 0 && !dataInFirstRow;

    QList<ImportField> &fields = result.fields;
    if (result.headerFound) {
        // Company: the first specific name, else the first generic one.
        qsizetype company = -1;
        for (qsizetype column = 0; column < columns; ++column) {
            if (named[column] && named[column]->field == ImportField::Company
                && (company < 0 || (named[company]->generic && !named[column]->generic))) {
                company = column;
            }
        }
        QList<qsizetype> losingGenericNames;
        for (qsizetype column = 0; column < columns; ++column) {
            if (!named[column])
                continue;
            const ImportField field = named[column]->field;
            if (field == ImportField::Company) {
                if (column == company)
                    fields[column] = field;
                else if (named[column]->generic)
                    losingGenericNames.append(column);
            } else if (isMultiColumnField(field) || !fields.contains(field)) {
                fields[column] = field;
            }
        }
        if (!losingGenericNames.isEmpty() && !fields.contains(ImportField::ContactName))
            fields[losingGenericNames.front()] = ImportField::ContactName;
    }

    // The values of the columns no header named.
    const qsizetype firstDataRow = result.headerFound ? 1 : 0;
    QList<ColumnEvidence> evidence(columns);
    for (qsizetype column = 0; column < columns; ++column) {
        if (fields[column] != ImportField::Ignore)
            continue;
        evidence[column] = evidenceOf(firstRows, firstDataRow, column);
        const ImportField field = fieldFromValues(evidence[column]);
        if (field != ImportField::Ignore && (isMultiColumnField(field) || !fields.contains(field)))
            fields[column] = field;
    }
    if (!fields.contains(ImportField::Company)) {
        qsizetype company = -1;
        double longest = 0;
        for (qsizetype column = 0; column < columns; ++column) {
            const ColumnEvidence &e = evidence.at(column);
            if (fields[column] != ImportField::Ignore || e.values == 0 || 3 * e.legalForms < e.values)
                continue;
            const double averageLength = double(e.length) / e.values;
            if (averageLength > longest) {
                longest = averageLength;
                company = column;
            }
        }
        if (company >= 0)
            fields[company] = ImportField::Company;
    }
    return result;
}

QString ColumnMapper::headerSignature(const QStringList &header)
{
    QStringList keys;
    keys.reserve(header.size());
    for (const QString &cell : header)
        keys.append(headerKey(cell, false));
    while (!keys.isEmpty() && keys.back().isEmpty())
        keys.removeLast();
    return keys.join(u'|');
}

} // namespace voronka
