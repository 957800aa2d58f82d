// kiosk_quick_test: the kiosk's real QML screens on a real demo clinic, driven by Qt Quick Test
// (the tst_*.qml files beside this one). The QML reaches the clinic through the context
// property `kiosk` (KioskFixture).
#include <QtQml/qqmlextensionplugin.h>
#include <QQmlEngine>

#include "kiosk_fixture.h"
#include "quick_test_setup.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Kiosk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_KioskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_ControlsPlugin)

int main(int argc, char** argv) {
    using frontdesk::kiosk::test::KioskFixture;
    // Each file's fixture makes copies of its demo clinic as its tests ask for new ones.
    return frontdesk::test::runQuickTests(
        argc, argv, QUICK_TEST_SOURCE_DIR,
        {"kiosk_quick_test", "kiosk",
         [](const QString& db, frontdesk::Date day, QQmlEngine& engine) -> QObject* {
             return new KioskFixture(db, day, engine, &engine);
         }});
}
