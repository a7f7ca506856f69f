#pragma once

#include <QComboBox>

namespace voronka {

// A filter's combo a few words wide whatever its items ("Руководитель отдела продаж", "Ханты-Мансийский автономный
// округ — Югра"): the filter rows of the sections must fit a 1024-pixel screen; the drop-down list shows the items
// whole.
inline void keepNarrow(QComboBox *combo, int characters = 16)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
}

} // namespace voronka
