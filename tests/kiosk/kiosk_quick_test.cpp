// kiosk_quick_test: the kiosk's real QML screens on a real demo clinic, driven by Qt Quick Test
// (the tst_*.qml files beside this one). The QML reaches the clinic through the context
// property `kiosk` (KioskFixture).
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include "kiosk_fixture.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Kiosk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_KioskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_ControlsPlugin)

namespace frontdesk::kiosk::test {

class Setup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable() {
        // Offscreen without a GPU: the software scene graph renders the same everywhere.
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/"));
        auto* fixture = new KioskFixture(Date::fromCivil(2026, 11, 26), *engine, engine);
        engine->rootContext()->setContextProperty(QStringLiteral("kiosk"), fixture);
    }
};

}  // namespace frontdesk::kiosk::test

QUICK_TEST_MAIN_WITH_SETUP(kiosk_quick_test, frontdesk::kiosk::test::Setup)

#include "kiosk_quick_test.moc"
