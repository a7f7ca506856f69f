#pragma once

#include "support/TestDatabase.h"
#include "support/VoronkaProcess.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace voronka::test {

// A base with sign-in on, for the command line's tests, closed so that the real executable works on it alone:
//   people: head (the schema's head, password headPassword), caller1 and caller2 (callers, callerPassword), collector
//   (a collector without a password);
//   companies: pool1, pool2, pool3 (cold, nobody's), mine1 (cold) and mine2 (calling) caller1's, theirs (cold,
//   caller2's), meeting (at the meeting stage, the head's).
class SignInBase
{
public:
    static inline const QString headPassword = QStringLiteral("head-secret");
    static inline const QString callerPassword = QStringLiteral("caller-secret");

    SignInBase();

    QString path() const { return m_base.path(); }
    // Runs `voronka COMMAND... --db PATH`, with VORONKA_PASSWORD when a password is given.
    VoronkaRun run(const QStringList &arguments, const QString &password = QString(),
                   QHash<QString, QString> variables = {}) const;

    // A company nobody holds, added while the executable is not running.
    void addCompany(const QString &name, CompanyStage stage);

    // Each company's holder's login ("" for nobody), by company name, read from the base.
    QHash<QString, QString> owners() const;
    // A column of the users row of a login.
    QVariant userValue(const QString &login, const QString &column) const;
    // The ids of the companies above, by name.
    QHash<QString, qint64> company;

private:
    TestDatabase m_base;
};

// The company names in CSV lines that export wrote (its first column), header left out.
QStringList exportedNames(const VoronkaRun &run);

} // namespace voronka::test
