#include "AssignCommand.h"

#include "CommandLineOutput.h"
#include "CommandLineSignIn.h"
#include "ExitCode.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "team/Capacity.h"
#include "team/CompanyAssignment.h"
#include "team/TeamError.h"
#include "team/UserAdministration.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace voronka {

int AssignCommand::undo(const QString &path, const QString &asLogin, qint64 id, bool json)
{
    try {
        DatabaseOptions options;
        options.createIfMissing = false;
        auto db = Database::open(path, options);
        SystemClock clock;
        CommandLineSignIn signIn(asLogin);
        if (const auto stop = signIn.signIn(*db, clock, json))
            return *stop;
        const qint64 returned = CompanyAssignment(DataContext{*db, clock, signIn.userId()}).undo(id);
        if (json)
            printJson(
                QJsonObject{{QStringLiteral("assignment"), id}, {QStringLiteral("companies_returned"), returned}});
        else
            printOut(tr("Hand-out %1 undone: %n companies went back.\n", nullptr, int(returned)).arg(id));
        return ExitOk;
    } catch (const TeamError &error) {
        return failure(error.message(), exitCodeFor(error.kind()), json);
    } catch (const StorageError &error) {
        return failure(error.message(), exitCodeFor(error.kind()), json);
    }
}

int AssignCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Hands companies of a Voronka base out to people: evenly, by weights, or all "
                                        "to one."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("assign"), tr("The assign command."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The base."), QStringLiteral("PATH"));
    const QCommandLineOption batchOption(
        QStringLiteral("batch"), tr("The companies of this import still cold or being called."), QStringLiteral("N"));
    const QCommandLineOption unassignedOption(QStringLiteral("unassigned"), tr("Every cold company nobody holds."));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("Every company this person holds."),
                                        QStringLiteral("LOGIN"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Who gets them, comma-separated."),
                                      QStringLiteral("LOGIN,..."));
    const QCommandLineOption weightsOption(QStringLiteral("weights"),
                                           tr("One positive whole number per person, comma-separated (default: "
                                              "evenly)."),
                                           QStringLiteral("W,..."));
    const QCommandLineOption undoOption(QStringLiteral("undo"),
                                        tr("Give the companies of this hand-out back to whom they were with before "
                                           "(those that changed hands since stay)."),
                                        QStringLiteral("ID"));
    const QCommandLineOption overLimitOption(QStringLiteral("over-limit"),
                                             tr("Hand out even when someone would carry more than a capacity limit "
                                                "(without it, such a hand-out is refused with the numbers)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption asOption = CommandLineSignIn::option();
    parser.addOptions({dbOption, batchOption, unassignedOption, fromOption, toOption, weightsOption, overLimitOption,
                       undoOption, jsonOption, asOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    const bool json = parser.isSet(jsonOption);
    if (parser.positionalArguments().size() > 1)
        return usageError(tr("Unexpected argument: %1").arg(parser.positionalArguments().at(1)));
    if (!parser.isSet(dbOption))
        return usageError(tr("assign needs --db PATH."));
    const int selections
        = int(parser.isSet(batchOption)) + int(parser.isSet(unassignedOption)) + int(parser.isSet(fromOption));
    if (parser.isSet(undoOption)) {
        if (selections > 0 || parser.isSet(toOption) || parser.isSet(weightsOption) || parser.isSet(overLimitOption))
            return usageError(tr("--undo takes no selection, --to, --weights or --over-limit."));
        bool ok = false;
        const qint64 id = parser.value(undoOption).toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(tr("--undo needs the number of a hand-out."));
        return undo(parser.value(dbOption), parser.value(asOption), id, json);
    }
    if (selections != 1)
        return usageError(tr("assign needs exactly one of --batch N, --unassigned and --from LOGIN."));
    AssignmentSelection selection;
    if (parser.isSet(batchOption)) {
        bool ok = false;
        selection.kind = AssignmentSelection::Kind::Batch;
        selection.batchId = parser.value(batchOption).toLongLong(&ok);
        if (!ok || selection.batchId <= 0)
            return usageError(tr("--batch needs the number of an import."));
    } else if (parser.isSet(unassignedOption)) {
        selection.kind = AssignmentSelection::Kind::Unassigned;
    } else {
        selection.kind = AssignmentSelection::Kind::From;
    }
    QStringList to;
    for (const QString &login : parser.value(toOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!login.trimmed().isEmpty())
            to.append(login.trimmed());
    if (to.isEmpty())
        return usageError(tr("assign needs --to LOGIN[,LOGIN...]: who gets the companies."));
    // Whether each weight is positive and there is one per person is core's rule (CompanyAssignment::plan).
    QList<int> weights;
    if (parser.isSet(weightsOption)) {
        for (const QString &text : parser.value(weightsOption).split(QLatin1Char(','))) {
            bool ok = false;
            weights.append(text.trimmed().toInt(&ok));
            if (!ok)
                return usageError(tr("--weights needs whole numbers separated by commas, one per person."));
        }
    }

    try {
        DatabaseOptions options;
        options.createIfMissing = false;
        auto db = Database::open(parser.value(dbOption), options);
        SystemClock clock;
        CommandLineSignIn signIn(parser.value(asOption));
        if (const auto stop = signIn.signIn(*db, clock, json))
            return *stop;
        const DataContext context{*db, clock, signIn.userId()};
        const UserAdministration people(context);
        if (selection.kind == AssignmentSelection::Kind::From)
            selection.fromUserId = people.user(parser.value(fromOption).trimmed()).id;
        QList<qint64> toUsers;
        QStringList toLogins;
        for (const QString &login : std::as_const(to)) {
            const User user = people.user(login);
            toUsers.append(user.id);
            toLogins.append(user.login);
        }

        CompanyAssignment assignment(context);
        const AssignmentPlan plan = assignment.plan(selection, toUsers, weights);
        // Beyond a limit the head decides; on the command line that decision is --over-limit.
        if (!parser.isSet(overLimitOption)) {
            const QStringList over = Capacity(context).overLimitAfter(plan);
            if (!over.isEmpty())
                return failure(tr("Nothing was handed out: %1 Give --over-limit to hand out all the same.")
                                   .arg(over.join(QLatin1Char(' '))),
                               ExitFailure, json);
        }
        // An empty hand-out would only clutter the history that the head undoes from.
        const qint64 id = plan.companyIds.isEmpty() ? 0 : assignment.apply(plan);

        if (json) {
            QJsonArray shares;
            for (qsizetype i = 0; i < plan.shares.size(); ++i)
                shares.append(QJsonObject{{QStringLiteral("login"), toLogins.at(i)},
                                          {QStringLiteral("name"), plan.shares.at(i).name},
                                          {QStringLiteral("companies"), plan.shares.at(i).companies}});
            printJson(QJsonObject{{QStringLiteral("assignment"), id == 0 ? QJsonValue() : QJsonValue(id)},
                                  {QStringLiteral("shares"), shares}});
            return ExitOk;
        }
        if (id == 0) {
            printOut(tr("Nothing to hand out: no company matches.\n"));
            return ExitOk;
        }
        QString text = tr("Hand-out %1 (%2): %n companies.\n", nullptr, int(plan.companyIds.size()))
                           .arg(QString::number(id), plan.what);
        for (qsizetype i = 0; i < plan.shares.size(); ++i)
            text += tr("  %n to %1 (%2)\n", nullptr, int(plan.shares.at(i).companies))
                        .arg(plan.shares.at(i).name, toLogins.at(i));
        printOut(text);
        return ExitOk;
    } catch (const TeamError &error) {
        return failure(error.message(), exitCodeFor(error.kind()), json);
    } catch (const StorageError &error) {
        return failure(error.message(), exitCodeFor(error.kind()), json);
    }
}

} // namespace voronka
