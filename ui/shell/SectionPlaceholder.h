#pragma once

#include <QWidget>

namespace voronka {

// A section of the navigation that is not built yet says so plainly, with no made-up data.
class SectionPlaceholder : public QWidget
{
    Q_OBJECT

public:
    SectionPlaceholder(const QString &title, const QString &explanation, QWidget *parent = nullptr);
};

} // namespace voronka
