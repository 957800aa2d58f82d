#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

#include "frontdesk/config/config.h"
#include "frontdesk/domain/date.h"
#include "frontdesk/domain/error.h"

namespace frontdesk::app {

// What every Front Desk program reads from its command line the same way.
struct CommonOptions {
    std::string dbPath;
    Config config;
    std::optional<Date> asOf;  // fixed date (tests, demos); otherwise today in the clinic
    bool builtInDemo = false;  // no --db: the demo clinic in the user's data folder
};

// A program's command line: -h/--help, --db and --config, then the options the program adds,
// listed by --help in the order they were added. Needs no QCoreApplication, so that --help can
// be answered before anything starts.
class CommandLine {
public:
    // `description` is the line under "Usage:" in --help.
    explicit CommandLine(const QString& description);

    // --as-of DATE, where `meaning` says what the date is for.
    void addAsOf(const QString& meaning);
    // --language CODE: en, es or ro (default en).
    void addLanguage();
    // One of the program's own options (its value is read with isSet and value).
    void addOption(const QCommandLineOption& option);

    // Reads `arguments`, the program's path first. Fails with BadInput (Qt's message) for an
    // unknown option or an option without its value.
    Result<void> parse(const QStringList& arguments);
    // Whether --help or --help-all was given: then nothing else should be read or made.
    bool helpAsked() const;
    // The --help text, naming the program by its file name in the usage line.
    QString usage() const;
    // Loads the configuration (--config; failing with its error), then reads --as-of (failing
    // with BadInput naming it for a bad date) and --db.
    Result<CommonOptions> common() const;
    // --language's code. Fails with BadInput naming --language for anything but en, es, ro.
    Result<QString> language() const;

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }

private:
    QCommandLineParser m_parser;
    QString m_program;
    bool m_hasAsOf = false;
};

// The program's arguments as Qt reads them, before any QCoreApplication exists.
QStringList argumentList(int argc, char** argv);

// The exit code when the arguments end the program before it starts: 2 for a bad option (the
// message on stderr after "<program>: "), 0 for --help (`usage` on stdout); nothing when the
// program should start. `Startup` is a program's parse result with a `usage` member.
template <typename Startup>
std::optional<int> exitBeforeStart(const char* program, const Result<Startup>& startup);

// exitBeforeStart's two halves: says the error on stderr and returns 2; prints a non-empty
// usage on stdout and returns 0, or returns nothing for an empty one.
int reportBadArguments(const char* program, const Error& error);
std::optional<int> printUsage(const QString& usage);

template <typename Startup>
std::optional<int> exitBeforeStart(const char* program, const Result<Startup>& startup) {
    if (!startup) return reportBadArguments(program, startup.error());
    return printUsage(startup->usage);
}

}  // namespace frontdesk::app
