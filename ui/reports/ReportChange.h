#pragma once

#include <QColor>
#include <QString>

namespace voronka {

// A change against the previous period as the window and the printout show it: an arrow up in green for more, down in
// red for fewer, a plain 0 for none (the CSV keeps the plain signed number).
class ReportChange
{
public:
    static QString text(qint64 change);
    // Invalid (the text's usual colour) for no change.
    static QColor colour(qint64 change);
};

} // namespace voronka
