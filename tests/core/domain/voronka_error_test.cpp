#include "domain/VoronkaError.h"
#include "storage/StorageError.h"

#include <catch2/catch.hpp>

#include <type_traits>

using namespace voronka;

namespace {
enum class TestKind { First, Second };
}

TEST_CASE("An error a person is told about carries its kind and its message", "[domain][errors]")
{
    const QString message = QStringLiteral("Компания уже удалена");
    const VoronkaError<TestKind> error(TestKind::Second, message);
    CHECK(error.kind() == TestKind::Second);
    CHECK(error.message() == message);
    // A catch that knows only std::exception still reads the message, in UTF-8.
    const std::exception &plain = error;
    CHECK(QString::fromUtf8(plain.what()) == message);
}

TEST_CASE("A storage error is the common error over storage's kinds", "[domain][errors][storage]")
{
    static_assert(std::is_base_of_v<VoronkaError<StorageErrorKind>, StorageError>);
    static_assert(std::is_same_v<StorageError::Kind, StorageErrorKind>);
    try {
        throw StorageError(StorageError::Kind::StaleVersion, QStringLiteral("changed by Анна"));
    } catch (const VoronkaError<StorageErrorKind> &error) {
        CHECK(error.kind() == StorageError::Kind::StaleVersion);
        CHECK(error.message() == QStringLiteral("changed by Анна"));
    }
    const StorageError classified = StorageError::fromSqlError(
        QSqlError(QStringLiteral("database is locked"), QStringLiteral("database is locked"), QSqlError::StatementError,
                  QStringLiteral("5")),
        QStringLiteral("Saving"));
    CHECK(classified.kind() == StorageError::Kind::Locked);
    // A busy base reads as "wait and try again", not as a broken file; SQLite's own words follow for a report.
    CHECK(classified.message()
          == QStringLiteral("The base is busy: another desktop or program is using it right now. Nothing was "
                            "changed; try again in a moment. (Saving: database is locked)"));
}
