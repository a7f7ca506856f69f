#include "ScrollKeeper.h"

#include <QAbstractScrollArea>
#include <QScrollBar>

namespace voronka {

ScrollKeeper::ScrollKeeper(QAbstractScrollArea *area)
    : m_area(area)
    , m_horizontal(area->horizontalScrollBar()->value())
    , m_vertical(area->verticalScrollBar()->value())
{
}

ScrollKeeper::~ScrollKeeper()
{
    if (!m_area)
        return;
    // A list that got shorter ends at its new bottom: the scroll bar clamps the value.
    m_area->horizontalScrollBar()->setValue(m_horizontal);
    m_area->verticalScrollBar()->setValue(m_vertical);
}

} // namespace voronka
