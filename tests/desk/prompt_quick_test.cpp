// prompt_quick_test: the BalancePrompt component (FrontDesk.Prompt) on a real demo clinic,
// driven by Qt Quick Test (tst_balance_prompt.qml). The QML reaches the clinic through the
// context property `promptFixture` (PromptFixture).
#include <QtQml/qqmlextensionplugin.h>
#include <QQmlEngine>

#include "prompt_fixture.h"
#include "quick_test_setup.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_PromptPlugin)

int main(int argc, char** argv) {
    using frontdesk::ui::test::PromptFixture;
    return frontdesk::test::runQuickTests(
        argc, argv, QUICK_TEST_SOURCE_DIR,
        {"prompt_quick_test", "promptFixture",
         [](const QString& db, frontdesk::Date day, QQmlEngine& engine) -> QObject* {
             return new PromptFixture(db, day, &engine);
         }});
}
