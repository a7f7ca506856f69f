#pragma once

#include <QByteArrayView>
#include <QString>

#include <string>
#include <vector>

namespace voronka {

// The few distinct texts of a column (stages, outcomes, lost reasons) as small numbers, so that a report counting a
// million rows (RowScan) counts by number and makes no string for any of them.
class TextCodes
{
public:
    int code(QByteArrayView text);
    QString text(int code) const;
    QByteArrayView bytes(int code) const;

private:
    std::vector<std::string> m_texts;
};

} // namespace voronka
