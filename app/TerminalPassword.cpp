#include "TerminalPassword.h"

#include <QByteArray>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace voronka {

namespace {
// Far above any password PasswordHash accepts (1024 characters, up to 4 UTF-8 bytes each), so that a longer one is
// refused by the sign-in with its message, not cut into a shorter one that might match.
constexpr qsizetype longestLineBytes = 16 * 1024;

// Turns echo off for its lifetime. The terminal's state is kept in statics so that the signal handler, which may
// only call async-signal-safe functions, can put it back before the signal ends the process.
class EchoOff
{
public:
    EchoOff();
    ~EchoOff();
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
#ifdef Q_OS_WIN
    HANDLE m_console = INVALID_HANDLE_VALUE;
    DWORD m_mode = 0;
    bool m_changed = false;
#else
    static void restoreAndRaise(int signal);
    static inline termios s_saved{};
    static inline volatile std::sig_atomic_t s_changed = 0;
    using Handler = void (*)(int);
    Handler m_oldInterrupt = SIG_DFL;
    Handler m_oldTerminate = SIG_DFL;
    Handler m_oldHangUp = SIG_DFL;
#endif
};

#ifdef Q_OS_WIN
EchoOff::EchoOff()
{
    m_console = GetStdHandle(STD_INPUT_HANDLE);
    if (m_console != INVALID_HANDLE_VALUE && GetConsoleMode(m_console, &m_mode))
        m_changed = SetConsoleMode(m_console, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
}

EchoOff::~EchoOff()
{
    if (m_changed)
        SetConsoleMode(m_console, m_mode);
}
#else
void EchoOff::restoreAndRaise(int signal)
{
    if (s_changed)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_saved);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

EchoOff::EchoOff()
{
    if (tcgetattr(STDIN_FILENO, &s_saved) != 0)
        return;
    termios quiet = s_saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ICANON;
    m_oldInterrupt = std::signal(SIGINT, restoreAndRaise);
    m_oldTerminate = std::signal(SIGTERM, restoreAndRaise);
    m_oldHangUp = std::signal(SIGHUP, restoreAndRaise);
    s_changed = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
}

EchoOff::~EchoOff()
{
    if (s_changed)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_saved);
    s_changed = 0;
    std::signal(SIGINT, m_oldInterrupt);
    std::signal(SIGTERM, m_oldTerminate);
    std::signal(SIGHUP, m_oldHangUp);
}
#endif

// Overwrites the bytes before the memory goes back (the password should not linger in freed memory).
void wipe(QByteArray &bytes)
{
    volatile char *data = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        data[i] = 0;
    bytes.clear();
}
} // namespace

bool TerminalPassword::available()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<QString> TerminalPassword::ask(const QString &prompt)
{
    const QByteArray promptBytes = prompt.toUtf8();
    std::fwrite(promptBytes.constData(), 1, size_t(promptBytes.size()), stderr);
    std::fflush(stderr);

    QByteArray line;
    line.reserve(longestLineBytes); // never moved: a moved buffer would leave a copy behind
    bool ended = false;
    {
        const EchoOff echoOff;
        for (;;) {
            const int c = std::fgetc(stdin);
            if (c == EOF) {
                ended = line.isEmpty();
                break;
            }
            if (c == '\n')
                break;
            if (line.size() < longestLineBytes)
                line.append(char(c));
        }
    }
    // The Enter typed was not echoed either.
    std::fputc('\n', stderr);
    std::fflush(stderr);
    if (line.endsWith('\r'))
        line.chop(1);
    if (ended) {
        wipe(line);
        return std::nullopt;
    }
    QString password = QString::fromUtf8(line);
    wipe(line);
    return password;
}

} // namespace voronka
