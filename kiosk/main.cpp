// frontdesk-kiosk: the patient check-in kiosk (issue 3; docs/kiosk.md).
#include <QtQml/qqmlextensionplugin.h>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QScreen>
#include <QWindow>

#include <cstdio>
#include <optional>

#include "frontdesk/demo/demo.h"
#include "kiosk_startup.h"
#include "translator.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Kiosk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_KioskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_ControlsPlugin)

namespace {

QStringList argumentList(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// The exit code when the arguments end the program before it starts: 2 for a bad option (said
// on stderr), 0 for --help (the usage on stdout); nothing when it should start.
std::optional<int> exitBeforeStart(
    const frontdesk::Result<frontdesk::kiosk::KioskStartup>& startup) {
    if (!startup) {
        std::fprintf(stderr, "frontdesk-kiosk: %s\n", startup.error().message.c_str());
        return 2;
    }
    if (startup->usage.isEmpty()) return std::nullopt;
    std::fputs(qPrintable(startup->usage), stdout);
    return 0;
}

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
    using namespace frontdesk::kiosk;
    // Parsed before the application exists, so that --help creates nothing.
    auto startup = parseKioskArguments(argumentList(argc, argv));
    if (auto code = exitBeforeStart(startup)) return *code;
    const bool keyboard = chooseKeyboard();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName("frontdesk-kiosk");
    if (startup->builtInDemo) {
        const auto asOf =
            frontdesk::asOfOrToday(startup->options.asOf, startup->options.config.clinic.timeZone);
        if (auto ok = frontdesk::prepareDemoClinic(startup->options.dbPath, asOf); !ok)
            qWarning("frontdesk-kiosk: the demo clinic could not be built: %s",
                     ok.error().message.c_str());
    }

    KioskSession session(startup->options);
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
