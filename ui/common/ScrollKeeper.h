#pragma once

#include <QPointer>

class QAbstractScrollArea;

namespace voronka {

// Keeps a list where the user left it while it is read again: takes both scroll bars' positions when made and
// puts them back when it goes (a model reset and re-selecting a row would otherwise move the view).
class ScrollKeeper
{
public:
    explicit ScrollKeeper(QAbstractScrollArea *area);
    ~ScrollKeeper();

    ScrollKeeper(const ScrollKeeper &) = delete;
    ScrollKeeper &operator=(const ScrollKeeper &) = delete;

private:
    QPointer<QAbstractScrollArea> m_area;
    int m_horizontal = 0;
    int m_vertical = 0;
};

} // namespace voronka
