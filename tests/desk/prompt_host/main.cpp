// A minimal host of the BalancePrompt component (docs/balance-prompt.md).
#include <QtQml/qqmlextensionplugin.h>
#include <QGuiApplication>
#include <QQmlApplicationEngine>

#include "prompt_backend.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_PromptPlugin)

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);  // before the backend: it installs translations
    if (argc < 2) {
        qCritical("usage: prompt-host CLINIC.db [STAFF-ID]");
        return 2;
    }
    auto backend = frontdesk::ui::PromptBackend::open(argv[1], frontdesk::Config{}, std::nullopt,
                                                      argc > 2 ? argv[2] : "desk-1");
    if (!backend) {
        qCritical("prompt-host: %s", backend.error().message.c_str());
        return 1;
    }
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));  // where static QML modules live
    engine.setInitialProperties({{"backend", QVariant::fromValue(backend->get())}});
    engine.load(QUrl(QStringLiteral("qrc:/PromptHost/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    return QGuiApplication::exec();
}
