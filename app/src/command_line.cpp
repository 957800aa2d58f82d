#include "frontdesk/app/command_line.h"

#include <QFileInfo>

#include <cstdio>

#include "frontdesk/app/qt_text.h"
#include "frontdesk/demo/demo.h"
#include "frontdesk/domain/vocabulary.h"

namespace frontdesk::app {

namespace {

constexpr char kDb[] = "db";
constexpr char kConfig[] = "config";
constexpr char kAsOf[] = "as-of";
constexpr char kLanguage[] = "language";

}  // namespace

CommandLine::CommandLine(const QString& description) {
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOptions(
        {{kDb, "The clinic's database (default: the built-in demo clinic).", "path"},
         {kConfig, "The policy file; clinic.toml is read beside it.", "path"}});
}

void CommandLine::addAsOf(const QString& meaning) {
    m_parser.addOption({kAsOf, meaning, "date"});
    m_hasAsOf = true;
}

void CommandLine::addLanguage() {
    m_parser.addOption({kLanguage, "en, es or ro.", "code", "en"});
}

void CommandLine::addOption(const QCommandLineOption& option) {
    m_parser.addOption(option);
}

Result<void> CommandLine::parse(const QStringList& arguments) {
    m_program = arguments.isEmpty() ? QString() : QFileInfo(arguments.first()).fileName();
    if (!m_parser.parse(arguments))
        return fail(ErrorCode::BadInput, toStdString(m_parser.errorText()));
    return {};
}

bool CommandLine::helpAsked() const {
    return m_parser.isSet("help") || m_parser.isSet("help-all");
}

QString CommandLine::usage() const {
    // Without a QCoreApplication, Qt writes "<executable_name>" in the usage line.
    QString text = m_parser.helpText();
    text.replace(QStringLiteral("<executable_name>"), m_program);
    return text;
}

Result<CommonOptions> CommandLine::common() const {
    auto loaded = loadConfig(toStdString(m_parser.value(kConfig)));
    if (!loaded) return tl::unexpected(loaded.error());
    CommonOptions options;
    options.config = std::move(*loaded);
    if (m_hasAsOf && m_parser.isSet(kAsOf)) {
        auto date = parseDate(toStdString(m_parser.value(kAsOf)));
        if (!date) return fail(ErrorCode::BadInput, "--as-of: " + date.error().message);
        options.asOf = *date;
    }
    options.builtInDemo = !m_parser.isSet(kDb);
    options.dbPath = options.builtInDemo ? builtInDemoPath() : toStdString(m_parser.value(kDb));
    return options;
}

Result<QString> CommandLine::language() const {
    const QString code = m_parser.value(kLanguage);
    if (!parseLanguage(toStdString(code)))
        return fail(ErrorCode::BadInput,
                    "--language: '" + toStdString(code) + "' is not one of en, es, ro");
    return code;
}

QStringList argumentList(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int reportBadArguments(const char* program, const Error& error) {
    std::fprintf(stderr, "%s: %s\n", program, error.message.c_str());
    return 2;
}

std::optional<int> printUsage(const QString& usage) {
    if (usage.isEmpty()) return std::nullopt;
    std::fputs(qPrintable(usage), stdout);
    return 0;
}

}  // namespace frontdesk::app
