#include "ImportReport.h"

#include "CsvWriter.h"

#include <QCoreApplication>

namespace voronka {

namespace {
QStringList headerRow()
{
    return {QCoreApplication::translate("ImportReport", "Line"), QCoreApplication::translate("ImportReport", "Status"),
            QCoreApplication::translate("ImportReport", "Reason"),
            QCoreApplication::translate("ImportReport", "Row as read")};
}

QStringList rowOf(const ImportReport::Entry &entry)
{
    return QStringList{QString::number(entry.line), ImportReport::statusTitle(entry.status), entry.reason}
    + entry.fields;
}
} // namespace

QString ImportReport::statusKey(Status status)
{
    switch (status) {
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    case Status::Flagged:
        return QStringLiteral("flagged");
    }
    return {};
}

QString ImportReport::statusTitle(Status status)
{
    switch (status) {
    case Status::Rejected:
        return QCoreApplication::translate("ImportReport", "rejected");
    case Status::Duplicate:
        return QCoreApplication::translate("ImportReport", "duplicate");
    case Status::Flagged:
        return QCoreApplication::translate("ImportReport", "imported, check");
    }
    return {};
}

QString ImportReport::duplicateReason(const DuplicateOf &duplicate)
{
    const char *const fileTexts[] = {
        QT_TRANSLATE_NOOP("ImportReport", "the same phone %1 as «%2» (line %3)"),
        QT_TRANSLATE_NOOP("ImportReport", "the same INN %1 as «%2» (line %3)"),
        QT_TRANSLATE_NOOP("ImportReport", "the same e-mail %1 as «%2» (line %3)"),
    };
    const char *const baseTexts[] = {
        QT_TRANSLATE_NOOP("ImportReport", "the same phone %1 as «%2», already in the base"),
        QT_TRANSLATE_NOOP("ImportReport", "the same INN %1 as «%2», already in the base"),
        QT_TRANSLATE_NOOP("ImportReport", "the same e-mail %1 as «%2», already in the base"),
    };
    const int key = int(duplicate.key);
    // A company deleted meanwhile has no name to give; its number still tells which it was.
    const QString name = duplicate.companyName.isEmpty()
        ? QCoreApplication::translate("ImportReport", "company #%1").arg(duplicate.companyId)
        : duplicate.companyName;
    if (duplicate.line > 0)
        return QCoreApplication::translate("ImportReport", fileTexts[key])
            .arg(duplicate.value, name, QString::number(duplicate.line));
    return QCoreApplication::translate("ImportReport", baseTexts[key]).arg(duplicate.value, name);
}

CsvImportReport::CsvImportReport(QIODevice *device)
    : m_writer(new CsvWriter(device))
{
    m_ok = m_writer->writeRow(headerRow());
}

CsvImportReport::~CsvImportReport()
{
    delete m_writer;
}

void CsvImportReport::add(const Entry &entry)
{
    m_ok = m_writer->writeRow(rowOf(entry)) && m_ok;
}

bool CsvImportReport::finish()
{
    return m_writer->flush() && m_ok;
}

MemoryImportReport::MemoryImportReport(int limit)
    : m_limit(limit)
{
}

void MemoryImportReport::add(const Entry &entry)
{
    ++m_total;
    if (m_entries.size() < m_limit)
        m_entries.append(entry);
}

bool MemoryImportReport::save(QIODevice *device) const
{
    CsvWriter writer(device);
    bool ok = writer.writeRow(headerRow());
    for (const Entry &entry : m_entries)
        ok = writer.writeRow(rowOf(entry)) && ok;
    return writer.flush() && ok;
}

} // namespace voronka
