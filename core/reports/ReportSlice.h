#pragma once

#include <QString>

namespace voronka {

// The part of the department a report is about. Everyone by default; a person (the moves and the work they
// made themselves), the companies of a region or of a source (as the companies say now), or an import batch.
struct ReportSlice
{
    enum class Kind { Everyone, Person, Region, Source, ImportBatch };

    Kind kind = Kind::Everyone;
    qint64 userId = 0; // Person
    QString text; // Region, Source
    qint64 batchId = 0; // ImportBatch

    static ReportSlice everyone() { return {}; }
    static ReportSlice person(qint64 userId) { return {Kind::Person, userId, {}, 0}; }
    static ReportSlice region(const QString &region) { return {Kind::Region, 0, region, 0}; }
    static ReportSlice source(const QString &source) { return {Kind::Source, 0, source, 0}; }
    static ReportSlice importBatch(qint64 batchId) { return {Kind::ImportBatch, 0, {}, batchId}; }

    bool operator==(const ReportSlice &) const = default;
};

} // namespace voronka
