#include "CompanyExporter.h"

#include "CsvWriter.h"
#include "ImportError.h"
#include "ImportField.h"
#include "domain/PhoneNormalizer.h"
#include "storage/CompanyExportReader.h"

#include <QIODevice>

namespace voronka {

CompanyExporter::CompanyExporter(Database &db)
    : m_db(db)
{
}

qint64 CompanyExporter::write(QIODevice *device, const CompanyFilter &filter, QChar delimiter,
                              const std::function<bool()> &keepGoing)
{
    bool cancelled = false;
    CsvWriter writer(device, delimiter);
    bool ok = writer.writeRow({importFieldTitle(ImportField::Company), importFieldTitle(ImportField::Inn),
                               importFieldTitle(ImportField::City), importFieldTitle(ImportField::Address),
                               importFieldTitle(ImportField::Phone), importFieldTitle(ImportField::Email),
                               importFieldTitle(ImportField::ContactName), importFieldTitle(ImportField::Website),
                               importFieldTitle(ImportField::Industry), tr("Stage"), tr("Owner"), tr("Next action"),
                               tr("Source"), importFieldTitle(ImportField::Region)});
    const qint64 written = CompanyExportReader(m_db, filter).forEach([&](const CompanyExportRow &row) {
        if (keepGoing && !keepGoing()) {
            cancelled = true;
            return false;
        }
        QStringList phones;
        for (const QString &phone : row.phones)
            phones.append(phone.startsWith(u'+') ? PhoneNormalizer::formatInternational(phone) : phone);
        ok = writer.writeRow(
                 {row.name, row.inn, row.city, row.address, phones.join(QStringLiteral(", ")),
                  row.emails.join(QStringLiteral(", ")), row.contacts.join(QStringLiteral("; ")), row.website,
                  row.industry, companyStageTitle(row.stage), row.ownerName,
                  row.nextActionAt.isValid() ? row.nextActionAt.toLocalTime().toString(Qt::ISODate) : QString(),
                  row.source, row.region})
            && ok;
        return ok;
    });
    if (cancelled)
        throw ImportError(ImportError::Kind::Cancelled, tr("The export was cancelled."));
    if (!writer.flush() || !ok)
        throw ImportError(ImportError::Kind::Unreadable, tr("The export could not be written (is the disk full?)."));
    return written;
}

} // namespace voronka
