#pragma once

#include "common/CoreAttempt.h"
#include "domain/CompanyStage.h"
#include "storage/DataContext.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace voronka {

// Moves a company to another stage of the funnel from its card: says which move it is, asks the lost reason (from
// the editable list, as call mode and meetings do) for a move to lost and an optional comment, and on OK moves it
// through StageMover, so the move is checked against the stage table and kept in the stage history and on the
// timeline. A refusal is shown and the dialog stays open; a colleague's change since the card was read closes it
// (attempt() then says Stale, and the card reads the company again).
class CompanyStageDialog : public QDialog
{
    Q_OBJECT

public:
    CompanyStageDialog(DataContext context, qint64 companyId, qint64 version, const QString &companyName,
                       CompanyStage from, CompanyStage to, QWidget *parent = nullptr);

    void accept() override;
    Attempt attempt() const { return m_attempt; }

private:
    DataContext m_context;
    qint64 m_companyId = 0;
    qint64 m_version = 0;
    CompanyStage m_to;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_comment = nullptr;
    Attempt m_attempt = Attempt::Refused;
};

} // namespace voronka
