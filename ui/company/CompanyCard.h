#pragma once

#include "domain/CompanyRecord.h"
#include "domain/PhoneNormalizer.h"
#include "domain/User.h"
#include "storage/DataContext.h"

#include <QWidget>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace voronka {

class ChangeSet;
class CompanyTimeline;
class StorageError;

// The detail card of one company: its fields, people, phones and e-mail addresses, edited in place and saved as
// one unit, and below them the company's timeline (read-only). An INN, phone or e-mail address that does not check
// out is marked where it is typed (saving is still allowed: the value is kept as written). The stage is not a
// field of that unit: its combo offers the moves the funnel allows and makes them at once, through StageMover.
// "New deal…" opens a deal for the stored company when its stage allows one.
class CompanyCard : public QWidget
{
    Q_OBJECT

public:
    CompanyCard(DataContext context, QList<User> users, QWidget *parent = nullptr);

    // Shows a stored company; returns false when it no longer exists.
    bool showCompany(qint64 companyId);
    // An empty card for a new company.
    void startNewCompany();
    void clear();
    qint64 companyId() const { return m_original.company.id; }
    bool hasUnsavedChanges() const;
    const CompanyRecord &storedRecord() const { return m_original; }
    CompanyTimeline *timeline() const { return m_timeline; }

public slots:
    // Saves what the card shows; on a problem the user is told and the typed values stay in the form.
    bool save();
    void revert();
    // Asks for a new deal for the shown company and opens it; the card then shows the company anew.
    bool openNewDeal();
    // Another desktop changed the base: an unchanged card shows the company as stored now; a card with unsaved
    // edits keeps them (saving then reports the conflict). The "being called by" line is read again either way.
    void refreshFromElsewhere();
    // Shows the history of changes of the stored company, its deals and payments.
    void showChanges();
    // Moves the stored company to another stage (what the stage combo offers): unsaved edits are saved first,
    // then the move is confirmed (a move to lost asks the reason) and made through StageMover. False when it was
    // not made; the combo then shows the stage as stored.
    bool moveStage(CompanyStage to);

signals:
    void saved(qint64 companyId);
    void dealOpened(qint64 companyId, qint64 dealId);

private:
    // The collector's name for the card.
    QString collectorText(qint64 userId) const;
    void buildForm();
    // Shows the conflict dialog for a save refused as stale; returns what to save next (theirs as the new
    // original, and the chosen record), or nothing when the user cancelled or theirs cannot be read.
    std::optional<std::pair<CompanyRecord, CompanyRecord>>
    resolveConflict(const CompanyRecord &base, const CompanyRecord &mine, const QString &whoChanged);
    bool refuseSave(const StorageError &error);
    void show(const CompanyRecord &record);
    CompanyRecord editedRecord() const;
    void addContactRow(const Contact &contact);
    void addPhoneRow(const Phone &phone);
    void setEditable(bool editable);
    void updateState();
    void showLease();
    // The stored stage first, then the stages the funnel allows from it.
    void offerStageMoves(CompanyStage current);
    // Marks the INN, e-mail and phone fields whose values do not check out, and says what is wrong under them.
    void showFieldProblems();
    // Tells the sections that show the company through the base's ChangeHub.
    void announce(const ChangeSet &changes);

    DataContext m_context;
    QList<User> m_users;
    CompanyRecord m_original;
    bool m_active = false; // a company (stored or new) is shown
    bool m_mayChange = true; // false: the signed-in person may only read it (VisibleCompanies::mayChange)
    bool m_loading = false;

    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_inn = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_industry = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_emails = nullptr;
    QLabel *m_innProblem = nullptr;
    QLabel *m_emailProblem = nullptr;
    QLabel *m_phoneProblem = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_owner = nullptr;
    QCheckBox *m_hasNextAction = nullptr;
    QDateTimeEdit *m_nextAction = nullptr;
    QTableWidget *m_contacts = nullptr;
    QTableWidget *m_phones = nullptr;
    CompanyTimeline *m_timeline = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_collectedBy = nullptr;
    QLabel *m_confirmed = nullptr;
    QLabel *m_lease = nullptr; // a colleague is calling the company in call mode
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QPushButton *m_newDealButton = nullptr;
    QPushButton *m_changesButton = nullptr;
    QList<QWidget *> m_editors;
    PhoneNormalizer m_normalizer;
};

} // namespace voronka
