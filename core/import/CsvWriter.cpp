#include "CsvWriter.h"

#include <QIODevice>
#include <QRegularExpression>

namespace voronka {

CsvWriter::CsvWriter(QIODevice *device, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{
}

QString CsvWriter::guarded(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    // A plain negative number ("-3", "-12.5", a report's difference) is a number to a spreadsheet, not a formula.
    static const QRegularExpression plainNumber(QStringLiteral("^-[0-9]+([.,][0-9]+)?$"));
    if (plainNumber.match(cell).hasMatch())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::quoted(const QString &cell) const
{
    const QString safe = guarded(cell);
    const bool needsQuotes = safe.contains(m_delimiter) || safe.contains(u'"') || safe.contains(u'\n')
        || safe.contains(u'\r') || safe.startsWith(u' ') || safe.endsWith(u' ');
    if (!needsQuotes)
        return safe;
    QString escaped = safe;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    if (!m_bomWritten) {
        m_buffer.append("\xEF\xBB\xBF");
        m_bomWritten = true;
    }
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        line += quoted(cells.at(i));
    }
    line += QStringLiteral("\r\n");
    m_buffer.append(line.toUtf8());
    if (m_buffer.size() >= (1 << 16))
        return flush();
    return m_ok;
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        if (m_device->write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
    }
    return m_ok;
}

} // namespace voronka
