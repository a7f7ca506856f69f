#pragma once

namespace voronka::test {

// Runs the Catch2 session of a test binary (the application object must exist already) and returns its exit code.
int runCatch(int argc, char *argv[]);

} // namespace voronka::test
