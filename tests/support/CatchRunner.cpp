// Catch2's implementation, compiled once for every test binary: it is the slowest file of the suite to compile.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "CatchRunner.h"

namespace voronka::test {

int runCatch(int argc, char *argv[])
{
    Catch::Session session;
    if (const int error = session.applyCommandLine(argc, argv); error != 0)
        return error;
    // A test case that checks nothing fails (a test that returns early "passes" otherwise), however the binary is
    // run. Set here rather than as "--warn NoAssertions" in catch_discover_tests: Catch2 2 takes --warn only once,
    // and ctest already passes "--warn NoTests" so that a stale test name fails instead of running nothing.
    session.configData().warnings
        = Catch::WarnAbout::What(session.configData().warnings | Catch::WarnAbout::NoAssertions);
    return session.run();
}

} // namespace voronka::test
