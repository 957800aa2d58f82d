// frontdesk-desk: the desk and phone panel (issue 5; docs/desk.md).
#include <QtQml/qqmlextensionplugin.h>
#include <QGuiApplication>
#include <QQmlApplicationEngine>

#include <cstdio>
#include <optional>

#include "call_listener.h"
#include "desk_session.h"
#include "desk_startup.h"
#include "desk_translator.h"
#include "frontdesk/demo/demo.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Desk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_DeskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_PromptPlugin)

namespace {

// The exit code when the arguments end the program before it starts: 2 for a bad option (said
// on stderr), 0 for --help (the usage on stdout); nothing when it should start.
std::optional<int> exitBeforeStart(const frontdesk::Result<frontdesk::desk::DeskStartup>& startup) {
    if (!startup) {
        std::fprintf(stderr, "frontdesk-desk: %s\n", startup.error().message.c_str());
        return 2;
    }
    if (startup->usage.isEmpty()) return std::nullopt;
    std::fputs(qPrintable(startup->usage), stdout);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace frontdesk;
    using namespace frontdesk::desk;
    // Parsed before the application exists, so that --help creates nothing.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
    auto startup = parseDeskArguments(arguments);
    if (auto code = exitBeforeStart(startup)) return *code;
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName("frontdesk-desk");
    if (startup->builtInDemo) {
        const Date asOf = asOfOrToday(startup->asOf, startup->config.clinic.timeZone);
        if (auto ok = prepareDemoClinic(startup->dbPath, asOf); !ok)
            qWarning("frontdesk-desk: the demo clinic could not be built: %s",
                     ok.error().message.c_str());
    }
    auto backend =
        ui::PromptBackend::open(startup->dbPath, startup->config, startup->asOf, startup->staffId);
    if (!backend) {
        qCritical("frontdesk-desk: %s", backend.error().message.c_str());
        return 2;
    }
    (*backend)->setLanguage(startup->language);
    DeskSession session(**backend, {});
    CallListener calls([&session](const std::string& from) { return session.incomingCall(from); });
    if (startup->callPort > 0) {
        if (auto port = calls.listen(static_cast<quint16>(startup->callPort)))
            session.setCallPort(*port);
        else
            qWarning("frontdesk-desk: %s; calls are off", port.error().message.c_str());
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    DeskTranslator translator(**backend, engine);
    engine.setInitialProperties({{"session", QVariant::fromValue(&session)}});
    engine.load(QUrl(QStringLiteral("qrc:/FrontDesk/Desk/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    return QGuiApplication::exec();
}
