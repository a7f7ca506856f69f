#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace voronka {

// `voronka assign --db PATH (--batch N | --unassigned | --from LOGIN) --to LOGIN[,LOGIN...] [--weights 2,1,...]
// [--over-limit] [--as LOGIN] [--json]`: the head hands companies out (CompanyAssignment: the plan, then the same plan
// applied in one transaction) and is told how many went to whom. A hand-out that would put someone over a capacity
// limit is refused with the numbers (Capacity::overLimitAfter), unless --over-limit says to go ahead. `voronka assign
// --undo ID --db PATH` takes a hand-out back.
class AssignCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssignCommand)

public:
    static int run(const QStringList &arguments);

private:
    static int undo(const QString &path, const QString &asLogin, qint64 id, bool json);
};

} // namespace voronka
