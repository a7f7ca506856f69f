#include "SectionPlaceholder.h"

#include <QLabel>
#include <QVBoxLayout>

namespace voronka {

SectionPlaceholder::SectionPlaceholder(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()));
    heading->setObjectName(QStringLiteral("placeholderTitle"));
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(explanation);
    text->setObjectName(QStringLiteral("placeholderText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    // Both labels span the section's width with their text centred in it. A word-wrapped label placed with a
    // layout alignment (or a maximum width) is laid out at its narrow size hint but given the height its text
    // needs at the full width: two half-lines, the rest cut off.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 9, 24, 9);
    layout->addStretch(1);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch(2);
}

} // namespace voronka
