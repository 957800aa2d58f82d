// kiosk_quick_test: the kiosk's real QML screens on a real demo clinic, driven by Qt Quick Test
// (the tst_*.qml files beside this one). The QML reaches the clinic through the context
// property `kiosk` (KioskFixture).
#include <QtQml/qqmlextensionplugin.h>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQuickTest>

#include "kiosk_fixture.h"
#include "frontdesk/demo/demo.h"
#include "kiosk_startup.h"

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

    // Called for each tst_*.qml file with its own engine. The demo clinic is built once and
    // each file's fixture works on copies of it.
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/"));
        const Date day = Date::fromCivil(2026, 11, 26);
        const QString demo = m_dir.filePath(QStringLiteral("demo-clinic.db"));
        if (!m_built) {
            if (!m_dir.isValid()) qFatal("kiosk_quick_test: no temporary folder");
            if (auto built = frontdesk::prepareDemoClinic(demo.toStdString(), day); !built)
                qFatal("kiosk_quick_test: demo clinic: %s", built.error().message.c_str());
            m_built = true;
        }
        auto* fixture = new KioskFixture(demo, day, *engine, engine);
        engine->rootContext()->setContextProperty(QStringLiteral("kiosk"), fixture);
    }

private:
    QTemporaryDir m_dir;
    bool m_built = false;
};

}  // namespace frontdesk::kiosk::test

QUICK_TEST_MAIN_WITH_SETUP(kiosk_quick_test, frontdesk::kiosk::test::Setup)

#include "kiosk_quick_test.moc"
