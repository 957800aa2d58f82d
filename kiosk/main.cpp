// frontdesk-kiosk: the patient check-in kiosk (issue 3; docs/kiosk.md).
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

#include "frontdesk/demo.h"
#include "kiosk_startup.h"
#include "translator.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Kiosk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_KioskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_ControlsPlugin)

int main(int argc, char** argv) {
    using namespace frontdesk::kiosk;
    const bool keyboard = qEnvironmentVariableIsEmpty("QT_IM_MODULE") &&
                          qgetenv("QT_QPA_PLATFORM") != "offscreen";
    if (keyboard) qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName("frontdesk-kiosk");

    auto startup = parseKioskArguments(QGuiApplication::arguments());
    if (!startup) {
        qCritical("frontdesk-kiosk: %s", startup.error().message.c_str());
        return 2;
    }
    if (startup->builtInDemo) {
        const auto asOf = startup->options.asOf.value_or(
            frontdesk::todayIn(startup->options.config.clinic.timeZone));
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
    return QGuiApplication::exec();
}
