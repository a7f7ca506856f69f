#include "ImportWizardPage.h"

#include "ImportWizard.h"

#include <QLabel>
#include <QLocale>

namespace voronka {

ImportWizard *ImportWizardPage::importWizard() const
{
    return qobject_cast<ImportWizard *>(wizard());
}

QLabel *ImportWizardPage::makeLabel(const char *name, const QString &text)
{
    auto *label = new QLabel(text);
    label->setObjectName(QString::fromLatin1(name));
    return label;
}

QLabel *ImportWizardPage::makeNote(const char *name)
{
    QLabel *label = makeLabel(name);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QString ImportWizardPage::number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace voronka
