#pragma once

#include <QString>

#include <optional>

namespace voronka {

// A password typed on the terminal, never shown: echo is off while it is read (termios on POSIX, the console mode on
// Windows) and back on afterwards, also when Ctrl+C ends the command half-way.
class TerminalPassword
{
public:
    // Someone can type: standard input is a terminal (a script's pipe or file is not asked).
    static bool available();
    // Prints the prompt on stderr and reads one line from standard input without echo; std::nullopt at the end of
    // input. A line longer than anybody types is cut (the sign-in then refuses it) rather than read without end.
    static std::optional<QString> ask(const QString &prompt);
};

} // namespace voronka
