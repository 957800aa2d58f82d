// frontdesk-desk: the desk and phone panel (docs/desk.md).
#include <QtQml/qqmlextensionplugin.h>
#include <QGuiApplication>
#include <QQmlApplicationEngine>

#include "call_listener.h"
#include "desk_session.h"
#include "desk_startup.h"
#include "desk_translator.h"
#include "frontdesk/app/command_line.h"
#include "frontdesk/app/demo_clinic.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Desk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_DeskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_PromptPlugin)

constexpr char kProgram[] = "frontdesk-desk";

int main(int argc, char** argv) {
    using namespace frontdesk;
    using namespace frontdesk::desk;
    // Parsed before the application exists, so that --help creates nothing.
    auto startup = parseDeskArguments(app::argumentList(argc, argv));
    if (auto code = app::exitBeforeStart(kProgram, startup)) return *code;
    QGuiApplication application(argc, argv);
    QGuiApplication::setApplicationName(kProgram);
    if (startup->server.serverUrl.empty()) app::prepareBuiltInDemo(startup->common, kProgram);
    // on the server as an enrolled station, or on the database: 2 refused, 3 unreachable
    auto backend = openDeskBackend(*startup);
    if (!backend) {
        const int code = app::reportBadArguments(kProgram, backend.error());
        return backend.error().code == ErrorCode::Storage ? 3 : code;
    }
    (*backend)->setLanguage(startup->language);
    DeskSession session(**backend, {});
    CallListener calls([&session](const std::string& from) { return session.incomingCall(from); });
    if (startup->callPort > 0) {
        if (auto port = calls.listen(static_cast<quint16>(startup->callPort)))
            session.setCallPort(*port);
        else
            qWarning("%s: %s; calls are off", kProgram, port.error().message.c_str());
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    DeskTranslator translator(**backend, engine);
    engine.setInitialProperties({{"session", QVariant::fromValue(&session)}});
    engine.load(QUrl(QStringLiteral("qrc:/FrontDesk/Desk/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    return QGuiApplication::exec();
}
