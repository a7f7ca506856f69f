#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace voronka {

// `voronka assign --db PATH (--batch N | --unassigned | --from LOGIN) --to LOGIN[,LOGIN...] [--weights 2,1,...]
// [--as LOGIN] [--json]`: the head hands companies out (CompanyAssignment: the plan, then the same plan applied in one
// transaction) and is told how many went to whom. `voronka assign --undo ID --db PATH` takes a hand-out back.
class AssignCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssignCommand)

public:
    static int run(const QStringList &arguments);

private:
    static int undo(const QString &path, const QString &asLogin, qint64 id, bool json);
};

} // namespace voronka
