#include "kiosk_startup.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <filesystem>

#include "frontdesk/demo/demo.h"

namespace frontdesk::kiosk {

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

Result<KioskStartup> parseKioskArguments(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription("Front Desk check-in kiosk");
    parser.addHelpOption();
    const QCommandLineOption db("db", "The clinic's database (default: the built-in demo clinic).",
                                "path");
    const QCommandLineOption config("config", "The policy file; clinic.toml is read beside it.",
                                    "path");
    const QCommandLineOption asOf("as-of", "The date to check in for, YYYY-MM-DD.", "date");
    const QCommandLineOption fullscreen("fullscreen", "Fill the screen.");
    const QCommandLineOption kioskId("kiosk-id", "This kiosk's id in the audit trail.", "id",
                                     "kiosk-1");
    parser.addOptions({db, config, asOf, fullscreen, kioskId});
    if (!parser.parse(arguments))
        return fail(ErrorCode::BadInput, parser.errorText().toStdString());
    KioskStartup startup;
    if (parser.isSet("help") || parser.isSet("help-all")) {
        startup.usage = usageText(parser, arguments);
        return startup;
    }
    auto loaded = loadConfig(parser.value(config).toStdString());
    if (!loaded) return tl::unexpected(loaded.error());
    startup.options.config = std::move(*loaded);
    if (parser.isSet(asOf)) {
        auto date = parseDate(parser.value(asOf).toStdString());
        if (!date) return fail(ErrorCode::BadInput, "--as-of: " + date.error().message);
        startup.options.asOf = *date;
    }
    startup.builtInDemo = !parser.isSet(db);
    startup.options.dbPath =
        startup.builtInDemo ? builtInDemoPath() : parser.value(db).toStdString();
    startup.options.kioskId = parser.value(kioskId).toStdString();
    startup.fullscreen = parser.isSet(fullscreen);
    return startup;
}

}  // namespace frontdesk::kiosk
