#include "desk_startup.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include "frontdesk/demo/demo.h"

namespace frontdesk::desk {

namespace {

// The parser's help with the program's name: without a QCoreApplication, Qt writes
// "<executable_name>" in the usage line.
QString usageText(const QCommandLineParser& parser, const QStringList& arguments) {
    QString text = parser.helpText();
    const QString program = arguments.isEmpty() ? QString() : arguments.first();
    text.replace(QStringLiteral("<executable_name>"), QFileInfo(program).fileName());
    return text;
}

}  // namespace

Result<DeskStartup> parseDeskArguments(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription("Front Desk desk and phone panel");
    parser.addHelpOption();
    const QCommandLineOption db("db", "The clinic's database (default: the built-in demo clinic).",
                                "path");
    const QCommandLineOption config("config", "The policy file; clinic.toml is read beside it.",
                                    "path");
    const QCommandLineOption staff("staff",
                                   "Your staff id, recorded with every lookup and outcome "
                                   "(default: the login name).",
                                   "id");
    const QCommandLineOption asOf("as-of", "The date the prompts are for, YYYY-MM-DD.", "date");
    const QCommandLineOption callPort(
        "call-port", "Listen for call webhooks on 127.0.0.1:PORT (0: off).", "port", "7010");
    const QCommandLineOption language("language", "en, es or ro.", "code", "en");
    parser.addOptions({db, config, staff, asOf, callPort, language});
    if (!parser.parse(arguments))
        return fail(ErrorCode::BadInput, parser.errorText().toStdString());
    DeskStartup startup;
    if (parser.isSet("help") || parser.isSet("help-all")) {
        startup.usage = usageText(parser, arguments);
        return startup;
    }
    auto loaded = loadConfig(parser.value(config).toStdString());
    if (!loaded) return tl::unexpected(loaded.error());
    startup.config = std::move(*loaded);
    if (parser.isSet(asOf)) {
        auto date = parseDate(parser.value(asOf).toStdString());
        if (!date) return fail(ErrorCode::BadInput, "--as-of: " + date.error().message);
        startup.asOf = *date;
    }
    bool ok = false;
    const int port = parser.value(callPort).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return fail(ErrorCode::BadInput, "--call-port: '" + parser.value(callPort).toStdString() +
                                             "' is not a port number (0 to 65535)");
    startup.callPort = port;
    startup.language = parser.value(language);
    if (!parseLanguage(startup.language.toStdString()))
        return fail(ErrorCode::BadInput, "--language: '" + startup.language.toStdString() +
                                             "' is not one of en, es, ro");
    startup.staffId =
        parser.isSet(staff) ? parser.value(staff).trimmed() : qEnvironmentVariable("USER", "desk");
    if (startup.staffId.isEmpty()) return fail(ErrorCode::BadInput, "--staff: the id is empty");
    startup.builtInDemo = !parser.isSet(db);
    startup.dbPath = startup.builtInDemo ? builtInDemoPath() : parser.value(db).toStdString();
    return startup;
}

}  // namespace frontdesk::desk
