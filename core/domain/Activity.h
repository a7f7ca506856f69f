#pragma once

#include "Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace voronka {

// What happened on a company's timeline; the keys match the activities.kind check in the schema.
enum class ActivityKind { Call, Meeting, Note, StageChange, DealStep, Payment, Import };

QString activityKindKey(ActivityKind kind);
std::optional<ActivityKind> activityKindFromKey(const QString &key);

struct Activity
{
    qint64 id = 0;
    qint64 companyId = 0;
    qint64 dealId = 0; // 0: not about a deal
    qint64 userId = 0; // who did it
    ActivityKind kind = ActivityKind::Note;
    QDateTime occurredAt; // UTC
    QString outcome; // a machine key (a call outcome, the stage reached), never translated
    QString note; // free text for people
    std::optional<Money> amount; // a payment's amount, written for the reader at display time
};

} // namespace voronka
