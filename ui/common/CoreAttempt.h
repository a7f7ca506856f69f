#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace voronka {

// What became of an operation core may refuse.
enum class Attempt {
    Done,
    Refused, // a rule said no (FunnelError) or the base failed: the user fixes the input and tries again
    Stale, // a colleague changed or deleted what the window shows: it should read it again
};

// Runs a core operation. A refusal (FunnelError, TeamError) or a storage failure (StorageError) is shown to the user as
// a warning titled title; core refuses before it writes, so nothing was stored, and the window keeps what was typed.
Attempt attemptOrExplain(QWidget *parent, const QString &title, const std::function<void()> &operation);

} // namespace voronka
