// frontdesk-kiosk: the patient check-in kiosk (docs/kiosk.md).
#include <QtQml/qqmlextensionplugin.h>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QScreen>
#include <QWindow>

#include "frontdesk/app/command_line.h"
#include "frontdesk/app/demo_clinic.h"
#include "kiosk_startup.h"
#include "translator.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Kiosk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_KioskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_ControlsPlugin)

namespace {

constexpr char kProgram[] = "frontdesk-kiosk";

// Uses the on-screen keyboard unless another input method was chosen or nothing is shown
// (offscreen); says whether it is on.
bool chooseKeyboard() {
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE") && qgetenv("QT_QPA_PLATFORM") != "offscreen")
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    // The fields ask for no word prediction, so the missing spelling dictionaries do not matter
    // (a warning at each language otherwise).
    QLoggingCategory::setFilterRules(QStringLiteral("qt.virtualkeyboard.hunspell.warning=false"));
    return qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard";
}

// Full screen without a window manager too (a kiosk often has none, and then nothing resizes
// the window): the window takes its screen's geometry, portrait or landscape.
void fillScreen(QQmlApplicationEngine& engine) {
    auto* window = qobject_cast<QWindow*>(engine.rootObjects().constFirst());
    if (!window || !window->screen()) return;
    window->setGeometry(window->screen()->geometry());
    window->showFullScreen();
}

}  // namespace

int main(int argc, char** argv) {
    using namespace frontdesk;
    using namespace frontdesk::kiosk;
    // Parsed before the application exists, so that --help creates nothing.
    auto startup = parseKioskArguments(app::argumentList(argc, argv));
    if (auto code = app::exitBeforeStart(kProgram, startup)) return *code;
    // enrolled at the server (or enrolling now) before anything shows: 2 refused, 3 unreachable
    if (auto connected = connectKiosk(*startup); !connected) {
        const int code = app::reportBadArguments(kProgram, connected.error());
        return connected.error().code == ErrorCode::Storage ? 3 : code;
    }
    const bool keyboard = chooseKeyboard();
    QGuiApplication application(argc, argv);
    QGuiApplication::setApplicationName(kProgram);
    if (startup->server.serverUrl.empty()) app::prepareBuiltInDemo(startup->common, kProgram);

    KioskSession session(startup->sessionOptions());
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    KioskTranslator translator(session, engine);
    engine.setInitialProperties({{"session", QVariant::fromValue(&session)},
                                 {"fullscreen", startup->fullscreen},
                                 {"virtualKeyboard", keyboard}});
    engine.load(QUrl(QStringLiteral("qrc:/FrontDesk/Kiosk/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    if (startup->fullscreen) fillScreen(engine);
    return QGuiApplication::exec();
}
