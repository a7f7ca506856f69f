#pragma once

#include "domain/Company.h"
#include "domain/Contact.h"
#include "domain/Email.h"
#include "domain/Phone.h"

#include <QList>

namespace voronka {

// A company with its people and numbers: what the company card shows and saves as one unit.
struct CompanyRecord
{
    Company company;
    QList<Contact> contacts;
    QList<Phone> phones; // position order; the first is the main number
    QList<Email> emails;
};

} // namespace voronka
