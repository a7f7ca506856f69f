#pragma once

#include "domain/CompanyMerge.h"
#include "domain/User.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QTableWidget;

namespace voronka {

// Shown when saving a company card is refused because someone else saved it first: both versions side by side,
// field by field (fields both sides changed are highlighted), who changed it and when. The user keeps theirs,
// keeps their own, or merges with a choice per field; resolution() is then the record to save over theirs.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    // whoChanged: the refusal's message, which names the other user and the time.
    ConflictDialog(CompanyMerge merge, const QString &whoChanged, QList<User> users, QWidget *parent = nullptr);

    CompanyRecord resolution() const;
    // The choice box of a field that differs between the sides; nullptr for a field both sides agree on.
    QComboBox *choiceBox(CompanyField field) const { return m_choices.value(field); }

private:
    enum class Outcome { Theirs, Mine, Merge };

    void fillTable();
    QString valueText(CompanyField field, const CompanyRecord &record) const;
    void finish(Outcome outcome);

    CompanyMerge m_merge;
    QList<User> m_users;
    QTableWidget *m_table = nullptr;
    QHash<CompanyField, QComboBox *> m_choices;
    Outcome m_outcome = Outcome::Merge;
};

} // namespace voronka
