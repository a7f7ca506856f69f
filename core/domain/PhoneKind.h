#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace voronka {

enum class PhoneKind { Work, Mobile, Fax, Other };

QList<PhoneKind> allPhoneKinds();
QString phoneKindKey(PhoneKind kind);
std::optional<PhoneKind> phoneKindFromKey(const QString &key);
QString phoneKindTitle(PhoneKind kind);

} // namespace voronka
