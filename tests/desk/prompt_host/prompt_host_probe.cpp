// The test of the docs' host (main.cpp and Main.qml beside this file, compiled unchanged):
// when FRONTDESK_PROMPT_HOST_PROBE is set, this file builds the demo clinic for today at the
// host's database path before main() opens it, then drives the running host like a
// receptionist: types a small-balance patient's MRN and Enter, checks the prompt, saves a
// screenshot when FRONTDESK_PROMPT_HOST_SHOTS names a folder, presses Alt+3 ("promised") and
// checks the reminder in the database. Exits 0 when all holds, 1 otherwise.
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QTimer>

#include <cstdlib>
#include <filesystem>
#include <optional>

#include "clinic_file.h"
#include "demo_clinic.h"
#include "demo_visitors.h"
#include "frontdesk/domain/date.h"
#include "prompt_card.h"

namespace {

using namespace frontdesk;
using namespace frontdesk::ui;

struct Probe {
    std::string db;
    std::string mrn;
};
std::optional<Probe> probe;

[[noreturn]] void failProbe(const char* what) {
    qCritical("prompt_host_probe: %s", what);
    std::exit(1);
}

void check(bool condition, const char* what) {
    if (!condition) failProbe(what);
}

void buildClinic() {
    const QStringList args = QCoreApplication::arguments();
    check(args.size() >= 2, "the host needs a database path");
    Probe p{args.at(1).toStdString(), {}};
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p.db + suffix, ignored);
    const Date today = todayIn("");
    check(test::buildDemoClinicFile(p.db, today).has_value(), "the demo clinic could not be built");
    auto store = Store::open(p.db);
    check(store.has_value(), "the demo clinic cannot be opened");
    auto patients = test::deskPatients(*store, today);
    check(patients.has_value(), "the demo clinic cannot be read");
    const auto small = test::DemoVisitors(std::move(*patients))
                           .takeOrMake(*store, today, PromptState::SmallBalance);
    check(small.has_value(), "no patient with a small balance could be made");
    p.mrn = small->mrn;
    probe = p;
}

QQuickItem* findPrompt(QQuickItem* item) {
    if (QString(item->metaObject()->className()).startsWith("BalancePrompt")) return item;
    for (QQuickItem* child : item->childItems())
        if (QQuickItem* found = findPrompt(child)) return found;
    return nullptr;
}

void shoot(QQuickWindow& window, const char* name) {
    const QString folder = qEnvironmentVariable("FRONTDESK_PROMPT_HOST_SHOTS");
    if (folder.isEmpty()) return;
    const QString file = QDir(folder).filePath(QString::fromLatin1(name));
    check(window.grabWindow().save(file), "the screenshot could not be saved");
    qInfo("prompt_host_probe: %s", qPrintable(file));
}

void driveHost() {
    const auto windows = QGuiApplication::topLevelWindows();
    auto* window = windows.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(windows.first());
    check(window, "the host shows no window");
    check(QTest::qWaitForWindowExposed(window), "the window is not shown");
    QQuickItem* prompt = findPrompt(window->contentItem());
    check(prompt, "the host shows no BalancePrompt");
    auto* card = prompt->property("card").value<PromptCard*>();
    check(card, "the BalancePrompt has no card");

    for (const char digit : probe->mrn) QTest::keyClick(window, digit);
    QTest::keyClick(window, Qt::Key_Return);
    check(card->found() && card->state() == "small_balance", "Enter did not show the prompt");
    check(card->answers().size() == 3, "the prompt offers no outcomes");
    QTest::qWait(50);
    shoot(*window, "balance-prompt.png");

    QTest::keyClick(window, Qt::Key_3, Qt::AltModifier);
    check(card->inCooldown(), "Alt+3 did not record an outcome");
    const auto stored = test::ClinicFile(probe->db).lastReminder(probe->mrn);
    check(stored && stored->outcome == "promised" && stored->staffId == "desk-1" &&
              stored->channel == "desk",
          "the database does not hold the reminder");
    QTest::qWait(50);
    shoot(*window, "balance-prompt-cooldown.png");
    qInfo("prompt_host_probe: the host shows and records prompts");
    QCoreApplication::exit(0);
}

void startProbe() {
    if (qEnvironmentVariableIsEmpty("FRONTDESK_PROMPT_HOST_PROBE")) return;
    buildClinic();
    // After main() has loaded the QML and entered the event loop.
    QTimer::singleShot(0, driveHost);
    QTimer::singleShot(60000, [] { failProbe("timed out"); });
}

}  // namespace

Q_COREAPP_STARTUP_FUNCTION(startProbe)
