#include "SectionPlaceholder.h"

#include <QLabel>
#include <QVBoxLayout>

namespace voronka {

SectionPlaceholder::SectionPlaceholder(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()));
    auto *text = new QLabel(explanation);
    text->setObjectName(QStringLiteral("placeholderText"));
    text->setWordWrap(true);
    text->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace voronka
