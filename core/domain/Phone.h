#pragma once

#include "PhoneKind.h"

#include <QString>

namespace voronka {

struct Phone
{
    qint64 id = 0;
    qint64 companyId = 0;
    qint64 contactId = 0; // 0: the company's own number
    QString raw; // as the user or the source wrote it; never lost
    QString e164; // empty when the number could not be understood
    QString extension;
    PhoneKind kind = PhoneKind::Work;
    int position = 0; // 0 is the main number
    bool wrongNumber = false; // a call found it belongs to someone else; read-only here (CallOutcomes sets it)
    qint64 version = 0;

    bool isValid() const { return !e164.isEmpty(); }
};

} // namespace voronka
