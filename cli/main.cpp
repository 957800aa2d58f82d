// frontdesk: the admin command line over the balance-lookup core (docs/cli.md).
#include "session.h"

// An exception that escapes a command is a bug: it ends the program (abort, exit 134) rather
// than being reported as one of the documented exit codes.
int main(int argc, char** argv) {  // NOLINT(bugprone-exception-escape)
    using namespace frontdesk::cli;
    CLI::App app{"Front Desk: small patient balances, reminders and write-offs"};
    app.name("frontdesk");
    app.require_subcommand(1);
    int exitCode = kExitOk;
    addDataCommands(app, exitCode);
    addLookupCommands(app, exitCode);
    addVisitors(app, exitCode);
    addRunCommands(app, exitCode);
    addSyncCommands(app, exitCode);
    addStationCommands(app, exitCode);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int shown = app.exit(e);
        return shown == 0 ? kExitOk : kExitBadInput;
    }
    return exitCode;
}
