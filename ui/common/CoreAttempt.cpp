#include "CoreAttempt.h"

#include "MessageBox.h"
#include "funnel/FunnelError.h"
#include "storage/StorageError.h"
#include "team/TeamError.h"

namespace voronka {

Attempt attemptOrExplain(QWidget *parent, const QString &title, const std::function<void()> &operation)
{
    try {
        operation();
        return Attempt::Done;
    } catch (const FunnelError &error) {
        MessageBox::warning(parent, title, error.message());
        return Attempt::Refused;
    } catch (const TeamError &error) {
        // A hand-out refused because another head changed the companies since the preview: the message says who and
        // when, and the dialog reads its preview again.
        MessageBox::warning(parent, title, error.message());
        return error.kind() == TeamErrorKind::Conflict ? Attempt::Stale : Attempt::Refused;
    } catch (const StorageError &error) {
        MessageBox::warning(parent, title, error.message());
        const bool stale
            = error.kind() == StorageError::Kind::StaleVersion || error.kind() == StorageError::Kind::NotFound;
        return stale ? Attempt::Stale : Attempt::Refused;
    }
}

} // namespace voronka
