// frontdesk_kiosk_bench: the kiosk's figures of docs/BENCHMARKS.md, measured in one process
// that starts the kiosk's own QML the way frontdesk-kiosk does (offscreen):
//   cold start   process start -> the Welcome screen's first frame on screen
//   identify     identifyByName() -> the Appointment screen's first frame, on a large clinic
//   memory       resident memory after each of 100 check-ins (growth per check-in)
// Usage: frontdesk_kiosk_bench --db CLINIC.db [--as-of 2026-11-26] [--checkins 100]
// The clinic must have appointments on the date (a demo clinic or frontdesk_bench's).
#include <QtQml/qqmlextensionplugin.h>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "demo_visitors.h"
#include "kiosk_session.h"
#include "process_stats.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Kiosk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_KioskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_ControlsPlugin)

using namespace frontdesk;
using namespace frontdesk::kiosk;
using namespace frontdesk::bench;

namespace {

// Runs the event loop until the window has swapped a frame.
void waitForFrame(QQuickWindow& window) {
    QEventLoop loop;
    QObject::connect(&window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
    window.requestUpdate();
    loop.exec();
}

struct Visitor {
    QString familyName;
    QString birthDigits;
};

// Every booked appointment of the day, as the patient identifies at the kiosk.
std::vector<Visitor> visitorsOf(Store& store, Date day) {
    std::vector<Visitor> out;
    auto booked = test::bookedVisitors(store, day);
    if (!booked) return out;
    for (const auto& v : *booked)
        out.push_back({QString::fromStdString(v.familyName),
                       QString::fromStdString(test::birthDigitsMdy(v.birthDate))});
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption("db", "The clinic's database.", "path");
    const QCommandLineOption asOfOption("as-of", "The day with appointments.", "date",
                                        "2026-11-26");
    const QCommandLineOption checkinsOption("checkins", "Check-ins for the memory figure.", "n",
                                            "100");
    parser.addOptions({dbOption, asOfOption, checkinsOption});
    parser.process(app);
    const auto day = parseDate(parser.value(asOfOption).toStdString());
    if (!parser.isSet(dbOption) || !day) qFatal("--db PATH and --as-of YYYY-MM-DD are needed");

    KioskSession session(
        KioskOptions{parser.value(dbOption).toStdString(), Config{}, *day, "kiosk-bench"});
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{"session", QVariant::fromValue(&session)}});
    engine.load(QUrl(QStringLiteral("qrc:/FrontDesk/Kiosk/Main.qml")));
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
    if (!window) qFatal("the kiosk's QML did not load");
    waitForFrame(*window);
    std::printf("cold start to the Welcome screen: %.0f ms\n", msSinceProcessStart());

    auto store = Store::open(parser.value(dbOption).toStdString());
    if (!store) qFatal("%s", store.error().message.c_str());
    const auto visitors = visitorsOf(*store, *day);
    const auto wanted = static_cast<std::size_t>(parser.value(checkinsOption).toInt());
    if (visitors.size() < wanted) std::printf("only %zu booked visitors today\n", visitors.size());

    std::vector<double> identifyMs;
    std::vector<long> rss;
    for (std::size_t i = 0; i < std::min(wanted, visitors.size()); ++i) {
        session.begin();
        waitForFrame(*window);
        QElapsedTimer timer;
        timer.start();
        session.identifyByName(visitors[i].familyName, visitors[i].birthDigits);
        waitForFrame(*window);
        identifyMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (session.screen() == KioskSession::Screen::Appointment) session.checkIn();
        if (session.screen() == KioskSession::Screen::Balance) session.answer("shown");
        waitForFrame(*window);
        session.startOver();
        waitForFrame(*window);
        // what the application's own event loop does between events: this bench drives the
        // screens from nested loops, where objects deleted later would otherwise pile up
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        rss.push_back(residentKiB());
    }
    if (identifyMs.empty()) return 1;
    std::printf(
        "identification to the appointment screen over %zu check-ins: p50 %.1f ms, "
        "p99 %.1f ms, max %.1f ms\n",
        identifyMs.size(), percentile(identifyMs, 0.5), percentile(identifyMs, 0.99),
        *std::max_element(identifyMs.begin(), identifyMs.end()));
    const std::size_t n = rss.size();
    const std::size_t tenth = std::max<std::size_t>(1, n / 10);
    std::printf(
        "resident memory: after check-in 1: %.1f MB, after %zu: %.1f MB, "
        "growth over the last %zu: %.1f KB per check-in\n",
        static_cast<double>(rss.front()) / 1024.0, tenth,
        static_cast<double>(rss[tenth - 1]) / 1024.0, n - tenth,
        static_cast<double>(rss.back() - rss[tenth - 1]) /
            static_cast<double>(std::max<std::size_t>(1, n - tenth)));
    std::printf("resident memory after %zu check-ins: %.1f MB\n", n,
                static_cast<double>(rss.back()) / 1024.0);
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))  // where it lives: heap (anon) or mapped files
        if (line.rfind("RssAnon:", 0) == 0 || line.rfind("RssFile:", 0) == 0 ||
            line.rfind("RssShmem:", 0) == 0)
            std::printf("  %s\n", line.c_str());
    return 0;
}
