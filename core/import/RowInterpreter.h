#pragma once

#include "ImportField.h"
#include "ImportOptions.h"
#include "domain/CompanyRecord.h"
#include "domain/PhoneNormalizer.h"

#include <QCoreApplication>
#include <QStringList>

namespace voronka {

// A row of a list as Voronka understood it.
struct InterpretedRow
{
    CompanyRecord record; // the company with its contacts, phones and e-mails
    QString note; // the comment column, for the company's timeline
    QStringList problems; // values that could not be understood; kept as text, the row is flagged
    QString rejection; // non-empty: the row cannot become a company, and why
    QString validInn; // the INN's digits when it passes the check digits; only such an INN identifies a company

    bool isRejected() const { return !rejection.isEmpty(); }
    QStringList e164Phones() const;
    QStringList emailAddresses() const;
};

// Turns the cells of a row into a company by the column mapping: cleans text, splits and normalises phones,
// checks INNs and e-mails. A row is rejected only when it has neither a company name nor a phone; anything
// else that looks wrong is kept and flagged, never silently dropped.
class RowInterpreter
{
    Q_DECLARE_TR_FUNCTIONS(RowInterpreter)

public:
    RowInterpreter(QList<ImportField> mapping, const ImportOptions &options);

    InterpretedRow interpret(const QStringList &cells) const;

private:
    QList<ImportField> m_mapping;
    PhoneNormalizer m_normalizer;
    qint64 m_ownerId;
    qint64 m_collectorId;
    QString m_source;
};

} // namespace voronka
