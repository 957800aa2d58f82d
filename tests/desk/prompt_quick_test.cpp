// prompt_quick_test: the BalancePrompt component (FrontDesk.Prompt) on a real demo clinic,
// driven by Qt Quick Test (tst_balance_prompt.qml). The QML reaches the clinic through the
// context property `promptFixture` (PromptFixture).
#include <QtQml/qqmlextensionplugin.h>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQuickTest>

#include "prompt_demo.h"
#include "prompt_fixture.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_PromptPlugin)

namespace frontdesk::ui::test {

class Setup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable() {
        // Offscreen without a GPU: the software scene graph renders the same everywhere.
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    // Called for each tst_*.qml file with its own engine, each on its own demo clinic.
    void qmlEngineAvailable(QQmlEngine* engine) {
        // The static module's qmldir is in the resources, under qrc:/FrontDesk/Prompt.
        engine->addImportPath(QStringLiteral("qrc:/"));
        if (!m_dir.isValid()) qFatal("prompt_quick_test: no temporary folder");
        const QString db = m_dir.filePath(QStringLiteral("clinic-%1.db").arg(++m_clinics));
        if (auto built = buildPromptDemo(db.toStdString(), promptTestDay()); !built)
            qFatal("prompt_quick_test: demo clinic: %s", built.error().message.c_str());
        auto* fixture = new PromptFixture(db, promptTestDay(), engine);
        engine->rootContext()->setContextProperty(QStringLiteral("promptFixture"), fixture);
    }

private:
    QTemporaryDir m_dir;
    int m_clinics = 0;
};

}  // namespace frontdesk::ui::test

QUICK_TEST_MAIN_WITH_SETUP(prompt_quick_test, frontdesk::ui::test::Setup)

#include "prompt_quick_test.moc"
