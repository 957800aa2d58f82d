// frontdesk-desk-screenshots: opens the desk panel on a demo clinic at a window size (1920x1080
// by default) and saves a PNG of the worklist with a flagged patient's prompt, a search, and
// incoming calls (scripts/desk-screenshots.sh; docs/desk.md). At other sizes than 1920x1080 the
// names carry the size ("desk-ro-1366x768-worklist.png").
#include <QtQml/qqmlextensionplugin.h>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QThread>

#include "desk_session.h"
#include "desk_translator.h"
#include "frontdesk/demo/demo.h"
#include "frontdesk/store/patient_search.h"
#include "reports_model.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Desk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_DeskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_PromptPlugin)

using namespace frontdesk;
using namespace frontdesk::desk;

namespace {

void settle() {
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
}

// Makes the first worklist row in `state` (else the first flagged one) the current row, which
// shows its patient's prompt.
void chooseRowIn(QQuickWindow& window, DeskSession& session, const QString& state) {
    WorklistModel& w = *session.worklist();
    int chosen = -1;
    for (int row = 0; row < w.count(); ++row) {
        const QModelIndex i = w.index(row);
        if (w.data(i, WorklistModel::StateRole).toString() == state) {
            chosen = row;
            break;
        }
        if (chosen < 0 && w.data(i, WorklistModel::FlaggedRole).toBool()) chosen = row;
    }
    if (auto* list = window.findChild<QObject*>("worklist"))
        list->setProperty("currentIndex", chosen);
}

// A phone number only one patient of the day has, or "".
std::string ownPhone(Store& store, Date day) {
    const auto rows = store.appointmentsOn(day);
    if (!rows) return {};
    for (const auto& row : *rows) {
        auto p = store.findPatient(row.appointment.mrn);
        if (!p || !*p || (*p)->phoneDigits.size() != 10) continue;
        auto same = patientsByPhone(store, (*p)->phoneDigits);
        if (same && same->size() == 1) return (*p)->phoneDigits;
    }
    return {};
}

// Sizes the window by --size, WxH of at least 1100x640; false when it is not one.
bool resizeWindow(QQuickWindow& window, const QString& size) {
    const QStringList wh = size.split('x');
    if (wh.size() != 2 || wh[0].toInt() < 1100 || wh[1].toInt() < 640) return false;
    window.resize(wh[0].toInt(), wh[1].toInt());
    return true;
}

// Saves the window as desk-LANGUAGE-[SIZE-]NAME.png: 1920x1080 has no size in the name.
class Camera {
public:
    Camera(QQuickWindow& window, const QString& out, const QString& language, const QString& size)
        : m_window(window),
          m_dir(out),
          m_prefix("desk-" + language + "-" + (size == "1920x1080" ? "" : size + "-")) {
        m_dir.mkpath(".");
    }

    void shoot(const QString& name) {
        settle();
        const QString file = m_dir.filePath(m_prefix + name + ".png");
        if (!m_window.grabWindow().save(file)) qWarning("cannot write %s", qPrintable(file));
    }

private:
    QQuickWindow& m_window;
    QDir m_dir;
    QString m_prefix;
};

// The worklist with a small balance's prompt, the flagged filter with a credit, and a search.
void shootWorklist(Camera& camera, QQuickWindow& window, DeskSession& session) {
    chooseRowIn(window, session, "small_balance");
    camera.shoot("worklist");
    session.setFlaggedOnly(true);
    chooseRowIn(window, session, "credit_apply_next_visit");
    camera.shoot("flagged-credit");
    session.setFlaggedOnly(false);
    QMetaObject::invokeMethod(window.findChild<QObject*>("deskView"), "showSearch");
    window.findChild<QObject*>("searchField")->setProperty("text", "smi");
    session.search("smi");
    if (session.results()->count() > 0) session.select(session.results()->mrnAt(0));
    camera.shoot("search");
}

// A caller only one patient has (shown at once), one a family shares, one nobody has.
void shootCalls(Camera& camera, DeskSession& session, Store& store, Date day) {
    session.incomingCall(ownPhone(store, day));
    camera.shoot("call-one");
    session.dismissCall();
    session.incomingCall("(555) 107-4145");
    camera.shoot("call");
    session.dismissCall();
    session.incomingCall("555-010-9999");
    camera.shoot("call-unknown");
    session.dismissCall();
}

// The manager's Reports view: the charts from the top, scrolled down twice, and the what-if with
// the write-off maximum moved to $15 and the minimum age to 90 days. The view reads its report
// on another thread: the shots wait for it.
void shootReports(Camera& camera, QQuickWindow& window, const ReportsModel& reports) {
    window.setProperty("showingReports", true);
    settle();
    for (int i = 0; i < 3000 && reports.loading(); ++i) settle();
    settle();
    camera.shoot("reports");
    auto* scroll = window.findChild<QObject*>("reportsScroll");
    auto* flickable = scroll ? scroll->property("contentItem").value<QObject*>() : nullptr;
    const auto moveSlider = [&](const char* name, double value) {
        auto* setting = window.findChild<QObject*>(name);
        auto* slider = setting ? setting->property("slider").value<QObject*>() : nullptr;
        if (!slider) return;
        slider->setProperty("value", value);
        QMetaObject::invokeMethod(slider, "moved");
    };
    moveSlider("writeoffMaxSetting", 10.0);
    moveSlider("minAgeSetting", 90.0);
    if (flickable)
        flickable->setProperty("contentY", flickable->property("contentHeight").toDouble() / 3);
    camera.shoot("reports-whatif");
    if (flickable)
        flickable->setProperty("contentY", flickable->property("contentHeight").toDouble() -
                                               flickable->property("height").toDouble());
    camera.shoot("reports-lower");
    window.setProperty("showingReports", false);
}

}  // namespace

int main(int argc, char** argv) {
    // Qt Charts (the Reports view) draws with the Graphics View framework
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption out("out", "Where to write the PNG files.", "dir", "docs/screenshots");
    const QCommandLineOption db("db", "The demo clinic to use (built when missing).", "path");
    const QCommandLineOption asOf("as-of", "The day.", "date", "2026-11-26");
    const QCommandLineOption language("language", "en, es or ro.", "code", "en");
    const QCommandLineOption size("size", "The window's size.", "WxH", "1920x1080");
    parser.addOptions({out, db, asOf, language, size});
    parser.process(app);
    const auto day = parseDate(parser.value(asOf).toStdString());
    if (!day) return qCritical("--as-of: %s", day.error().message.c_str()), 2;
    const std::string dbPath = parser.isSet(db)
                                   ? parser.value(db).toStdString()
                                   : (QDir::tempPath() + "/desk-screenshots.db").toStdString();
    if (auto ok = prepareDemoClinic(dbPath, *day); !ok)
        return qCritical("demo clinic: %s", ok.error().message.c_str()), 1;
    auto backend = ui::PromptBackend::open(dbPath, Config{}, *day, "amy.r");
    if (!backend) return qCritical("%s", backend.error().message.c_str()), 1;
    (*backend)->setLanguage(parser.value(language));
    DeskSession session(**backend, {});
    session.setCallPort(7010);
    ReportsModel reports(**backend, {QDir::tempPath()});

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    DeskTranslator translator(**backend, engine);
    engine.setInitialProperties(
        {{"session", QVariant::fromValue(&session)}, {"reports", QVariant::fromValue(&reports)}});
    engine.load(QUrl(QStringLiteral("qrc:/FrontDesk/Desk/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!resizeWindow(*window, parser.value(size)))
        return qCritical("--size: WxH, at least 1100x640"), 2;
    Camera camera(*window, parser.value(out), parser.value(language), parser.value(size));
    shootWorklist(camera, *window, session);
    auto store = Store::open(dbPath);  // the tool's own look at the clinic, for a caller's phone
    if (!store) return qCritical("%s", store.error().message.c_str()), 1;
    shootCalls(camera, session, *store, *day);
    shootReports(camera, *window, reports);
    return 0;
}
