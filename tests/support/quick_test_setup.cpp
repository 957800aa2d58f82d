#include "quick_test_setup.h"

#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QtQuickTest>

#include <stdexcept>
#include <utility>

#include "demo_clinic.h"

namespace frontdesk::test {

QuickTestSetup::QuickTestSetup(QuickTestOptions options) : m_options(std::move(options)) {}

void QuickTestSetup::applicationAvailable() {
    // Offscreen without a GPU: the software scene graph renders the same everywhere.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

void QuickTestSetup::qmlEngineAvailable(QQmlEngine* engine) {
    const QByteArray name = m_options.programName.toUtf8();
    // The static QML modules' qmldirs are in the resources, under qrc:/FrontDesk/...
    engine->addImportPath(QStringLiteral("qrc:/"));
    if (!m_dir.isValid()) qFatal("%s: no temporary folder", name.constData());
    QString demo;
    try {
        demo = QString::fromStdString(demoClinicTemplate());
    } catch (const std::exception& e) {
        qFatal("%s: demo clinic: %s", name.constData(), e.what());
    }
    const QString db = m_dir.filePath(QStringLiteral("clinic-%1.db").arg(++m_clinics));
    if (!QFile::copy(demo, db)) qFatal("%s: cannot copy the demo clinic", name.constData());
    QObject* fixture = m_options.makeFixture(db, demoDay(), *engine);
    fixture->setParent(engine);
    engine->rootContext()->setContextProperty(m_options.fixtureName, fixture);
}

int runQuickTests(int argc, char** argv, const char* sourceDir, QuickTestOptions options) {
    const QByteArray name = options.programName.toUtf8();
    QuickTestSetup setup(std::move(options));
    return quick_test_main_with_setup(argc, argv, name.constData(), sourceDir, &setup);
}

}  // namespace frontdesk::test
