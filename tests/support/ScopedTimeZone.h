#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <time.h>

namespace voronka::test {

// Sets the process's local time zone (the TZ variable) for one test and puts the previous one back, so that a text
// the product shows in local time can be pinned as a literal on any machine.
class ScopedTimeZone
{
public:
    explicit ScopedTimeZone(const QByteArray &ianaId)
        : m_wasSet(qEnvironmentVariableIsSet("TZ"))
        , m_previous(qgetenv("TZ"))
    {
        qputenv("TZ", ianaId);
        tzset();
    }
    ~ScopedTimeZone()
    {
        if (m_wasSet)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone &) = delete;
    ScopedTimeZone &operator=(const ScopedTimeZone &) = delete;

private:
    bool m_wasSet;
    QByteArray m_previous;
};

} // namespace voronka::test
