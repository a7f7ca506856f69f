#pragma once

#include <QChar>
#include <QStringList>

class QIODevice;

namespace voronka {

// Writes CSV that Excel opens right: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting.
// A cell that begins with = + - @ tab or CR gets an apostrophe in front, so that a spreadsheet shows it as text
// instead of running it as a formula (CSV injection); a plain negative number stays a number.
class CsvWriter
{
public:
    CsvWriter(QIODevice *device, QChar delimiter = QLatin1Char(';'));

    // Returns false when the device refused the bytes (disk full, closed pipe).
    bool writeRow(const QStringList &cells);
    bool flush();
    static QString guarded(const QString &cell);

private:
    QString quoted(const QString &cell) const;

    QIODevice *m_device;
    QChar m_delimiter;
    QByteArray m_buffer;
    bool m_bomWritten = false;
    bool m_ok = true;
};

} // namespace voronka
