// frontdesk_desk_bench: the desk panel's figures of docs/BENCHMARKS.md, measured offscreen on
// the panel's own QML, started the way frontdesk-desk starts it:
//   start    process start -> the first frame swapped with the worklist (ListView "worklist",
//            count > 0) on screen; each start a fresh process (this program re-run with
//            --start-only), min/median/max
//   search   DeskSession::search(text) of one keystroke -> the next frame swapped with the
//            results (ListView "searchResults") updated; typed prefixes of real family names,
//            birth dates, phones and MRNs, p50/p99/max
//   call     a real HTTP POST /v1/calls to a CallListener on 127.0.0.1 from another thread
//            -> the frame swapped with the caller's BalancePrompt (one match) or the call
//            banner's list (several, or unknown), p50/p99/max
//   reports  the Reports view opened (a fresh ReportsModel each time: the 12 months' report
//            read) -> the frame swapped with all six charts drawn; then what-if changes
//            (ReportsModel::tryPolicy, on the accounts the report read) and the PDF export
// Usage: frontdesk_desk_bench --db CLINIC.db [--as-of 2026-11-26] [--starts 7]
//                             [--patients 20] [--calls 50] [--reports 3] [--pdf FILE]
//                             [--credential DESK.json]
// With --credential (frontdesk enroll's file of a desk station) the desk works through the
// clinic server named in it, as `frontdesk-desk --server URL` does; the server must serve the
// same clinic (--db is still read, to choose whom to search for and who calls).
// The clinic must have appointments on the date (frontdesk_bench's clinic, or a demo clinic).
// Opening the database brings its schema up to date: migrate it once (frontdesk init) first.
#include <QtQml/qqmlextensionplugin.h>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTimer>

#include <httplib.h>

#include <unistd.h>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "call_listener.h"
#include "desk_session.h"
#include "desk_translator.h"
#include "frontdesk/station/remote_clinic_data.h"
#include "process_stats.h"
#include "prompt_backend.h"
#include "raw_sqlite.h"
#include "reports_model.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Desk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_DeskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_PromptPlugin)

using namespace frontdesk;
using namespace frontdesk::desk;
using namespace frontdesk::bench;

namespace {

using Clock = std::chrono::steady_clock;  // CLOCK_MONOTONIC: one clock for every process

std::int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
        .count();
}
double msBetween(std::int64_t from, std::int64_t to) {
    return static_cast<double>(to - from) / 1e6;
}

void printSpread(const char* what, const std::vector<double>& ms) {
    if (ms.empty()) return;
    std::printf("%-34s n=%4zu  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n", what, ms.size(),
                percentile(ms, 0.5), percentile(ms, 0.99), *std::max_element(ms.begin(), ms.end()));
}

// Runs the event loop until a frame is swapped after which `done()` holds (asking for frames
// meanwhile); returns the monotonic time of that frame, or 0 after `timeoutMs`. Frames are
// asked for with QQuickWindow::update(): a bare QWindow::requestUpdate() was seen to be
// dropped by the software render loop here, and no frame came at all.
template <typename Done>
std::int64_t frameWhen(QQuickWindow& window, Done done, int timeoutMs = 10000) {
    std::int64_t at = 0;
    int frames = 0;
    QEventLoop loop;
    QObject::connect(&window, &QQuickWindow::frameSwapped, &loop, [&] {
        ++frames;
        if (done()) {
            at = nowNs();
            loop.quit();
        } else {
            window.update();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    window.update();
    loop.exec();
    if (at == 0)
        std::fprintf(stderr, "no frame in %d ms (%d frames swapped, done: %d, exposed: %d)\n",
                     timeoutMs, frames, static_cast<int>(done()),
                     static_cast<int>(window.isExposed()));
    return at;
}

int countOf(QObject* view) {
    return view ? view->property("count").toInt() : -1;
}

// The desk panel as frontdesk-desk's main.cpp builds it (without the call listener).
struct Desk {
    std::unique_ptr<ui::PromptBackend> backend;
    std::unique_ptr<DeskSession> session;
    std::unique_ptr<ReportsModel> reports;
    std::unique_ptr<QQmlApplicationEngine> engine;
    std::unique_ptr<DeskTranslator> translator;
    QQuickWindow* window = nullptr;
    QObject* worklist = nullptr;
    // monotonic ns after each step
    std::int64_t backendAt = 0, sessionAt = 0, loadedAt = 0, frameAt = 0;
};

// The desk's clinic: the database, or with a credential the clinic server (as openDeskBackend).
Result<std::unique_ptr<ui::PromptBackend>> openBackend(const std::string& db, Date asOf,
                                                       const std::string& credential) {
    if (credential.empty())
        return ui::PromptBackend::open(db, Config{}, asOf, QStringLiteral("desk-bench"));
    auto clinic = connectClinicData({credential, {}});
    if (!clinic) return tl::unexpected(clinic.error());
    return ui::PromptBackend::create(std::move(*clinic), QStringLiteral("desk-bench"));
}

Desk openDesk(const std::string& db, Date asOf, const std::string& credential) {
    Desk d;
    auto backend = openBackend(db, asOf, credential);
    if (!backend) qFatal("%s", backend.error().message.c_str());
    d.backend = std::move(*backend);
    d.backend->setLanguage(QStringLiteral("en"));
    d.backendAt = nowNs();
    d.session = std::make_unique<DeskSession>(*d.backend, DeskSession::Options{});
    d.sessionAt = nowNs();
    d.engine = std::make_unique<QQmlApplicationEngine>();
    d.engine->addImportPath(QStringLiteral("qrc:/"));
    d.translator = std::make_unique<DeskTranslator>(*d.backend, *d.engine);
    d.reports = std::make_unique<ReportsModel>(*d.backend, ReportsModel::Options{QDir::tempPath()});
    d.engine->setInitialProperties({{"session", QVariant::fromValue(d.session.get())},
                                    {"reports", QVariant::fromValue(d.reports.get())}});
    d.engine->load(QUrl(QStringLiteral("qrc:/FrontDesk/Desk/Main.qml")));
    d.window = qobject_cast<QQuickWindow*>(d.engine->rootObjects().value(0));
    if (!d.window) qFatal("the desk's QML did not load");
    d.worklist = d.window->findChild<QObject*>(QStringLiteral("worklist"));
    if (!d.worklist) qFatal("no ListView named \"worklist\"");
    d.loadedAt = nowNs();
    d.frameAt = frameWhen(*d.window, [&] { return countOf(d.worklist) > 0; });
    if (d.frameAt == 0) qFatal("the worklist never showed a row (no appointments on the day?)");
    return d;
}

// Real patients of the clinic, spread over the patient table.
struct Sample {
    std::string mrn, familyName, birthDate, phoneDigits;
};

std::vector<Sample> samplePatients(const std::string& db, int count) {
    try {
        test::RawDb handle(db, test::RawDb::Mode::ReadOnly);
        const std::int64_t top = handle.integer("SELECT coalesce(max(id), 0) FROM patient");
        test::RawQuery q(handle,
                         "SELECT mrn, family_name, birth_date, phone_digits FROM patient "
                         "WHERE id >= ? AND phone_digits <> '' ORDER BY id LIMIT 1");
        std::vector<Sample> out;
        const auto text = [&](int col) { return std::string(q.getText(col)); };
        const std::int64_t n = count;
        for (std::int64_t i = 0; i < n; ++i) {
            q.bind(1, 1 + top * (2 * i + 1) / (2 * n));
            if (q.step()) out.push_back({text(0), text(1), text(2), text(3)});
            q.reset();
        }
        return out;
    } catch (const std::exception& e) {
        qFatal("cannot read %s: %s", db.c_str(), e.what());
    }
}

// What a receptionist types, one keystroke at a time, for each kind of search.
std::vector<std::pair<std::string, QString>> keystrokes(const std::vector<Sample>& patients) {
    std::vector<std::pair<std::string, QString>> out;
    auto typed = [&](const char* kind, const QString& text, int from) {
        for (int n = from; n <= text.size(); ++n) out.emplace_back(kind, text.left(n));
    };
    for (const auto& p : patients) {
        const QString family = QString::fromStdString(p.familyName).toLower();
        typed("name (1-3 letters)", family.left(3), 1);
        // birth dates as a US desk types them: MM/DD/YYYY
        const QString iso = QString::fromStdString(p.birthDate);
        typed("birth date (MM/DD/YYYY)", iso.mid(5, 2) + "/" + iso.mid(8, 2) + "/" + iso.left(4),
              1);
        const QString d = QString::fromStdString(p.phoneDigits);
        typed("phone (555-123-4567)", d.left(3) + "-" + d.mid(3, 3) + "-" + d.mid(6), 1);
        typed("MRN", QString::fromStdString(p.mrn), 1);
    }
    return out;
}

int runStartOnly(const std::string& db, Date asOf, const std::string& credential,
                 std::int64_t mainAt) {
    const Desk d = openDesk(db, asOf, credential);
    const double sinceStart = msSinceProcessStart();
    std::printf(
        "START main_ns=%lld backend_ms=%.2f session_ms=%.2f qml_ms=%.2f frame_ms=%.2f "
        "frame_ns=%lld proc_ms=%.1f count=%d total=%d\n",
        static_cast<long long>(mainAt), msBetween(mainAt, d.backendAt),
        msBetween(d.backendAt, d.sessionAt), msBetween(d.sessionAt, d.loadedAt),
        msBetween(d.loadedAt, d.frameAt), static_cast<long long>(d.frameAt), sinceStart,
        countOf(d.worklist), d.session->worklist()->totalCount());
    std::fflush(stdout);
    return 0;
}

// True when every chart of the open Reports view holds its series.
bool chartsDrawn(QQuickWindow& window) {
    for (const char* name : {"recoveredCard", "writeoffCard", "statementsCard", "balancesCard",
                             "creditsCard", "staffCard"}) {
        auto* card = window.findChild<QObject*>(QLatin1String(name));
        auto* chart = card ? card->property("chart").value<QObject*>() : nullptr;
        if (!chart || chart->property("count").toInt() != 1) return false;
    }
    return true;
}

// Opens the Reports view `times` times, each on a fresh ReportsModel (the report read anew),
// to the first frame with the report read and every chart drawn; then what-if changes and the
// PDF export.
void benchReports(Desk& desk, int times, const QString& pdf) {
    QQuickWindow& window = *desk.window;
    std::vector<double> openMs, loadMs;
    for (int i = 0; i < times; ++i) {
        window.setProperty("showingReports", false);
        frameWhen(window, [] { return true; });
        desk.reports =
            std::make_unique<ReportsModel>(*desk.backend, ReportsModel::Options{QDir::tempPath()});
        window.setProperty("reports", QVariant::fromValue(desk.reports.get()));
        const std::int64_t t0 = nowNs();
        window.setProperty("showingReports", true);
        // the view reads its report on another thread: the first frame after it is in
        const std::int64_t shown = frameWhen(
            window,
            [&] {
                return desk.reports->loaded() && !desk.reports->loading() && chartsDrawn(window);
            },
            60000);
        if (shown == 0) qFatal("the Reports view never showed its six charts");
        openMs.push_back(msBetween(t0, shown));
        loadMs.push_back(desk.reports->loadMs());
        std::printf("reports %d: %.1f ms to six charts on screen (the report read in %d ms)\n",
                    i + 1, openMs.back(), desk.reports->loadMs());
    }
    printSpread("Reports view open -> six charts", openMs);
    printSpread("  of which the report read", loadMs);
    // the what-if: the first change (the accounts the report read), then each after
    std::vector<double> whatIfMs;
    const char* writeoffMax[] = {"9.99", "8.00", "7.50", "5.00", "9.00", "6.00", "4.00", "3.00"};
    for (int i = 0; i < 24; ++i) {
        const std::int64_t t0 = nowNs();
        desk.reports->tryPolicy("10.00", writeoffMax[i % 8], 60 + 10 * (i % 7), 1 + i % 3);
        whatIfMs.push_back(msBetween(t0, nowNs()));
        if (!desk.reports->whatIfError().isEmpty())
            qFatal("what-if: %s", qPrintable(desk.reports->whatIfError()));
    }
    std::printf("what-if first change %.1f ms\n", whatIfMs.front());
    printSpread("what-if each change", whatIfMs);
    const std::int64_t t0 = nowNs();
    const QString problem = desk.reports->exportPdf(pdf);
    if (!problem.isEmpty()) qFatal("PDF: %s", qPrintable(problem));
    std::printf("PDF export (6 pages) %.1f ms -> %s\n", msBetween(t0, nowNs()), qPrintable(pdf));
}

double field(const QString& line, const QString& name) {
    for (const QString& part : line.split(' '))
        if (part.startsWith(name + "=")) return part.mid(name.size() + 1).toDouble();
    return -1;
}

}  // namespace

int main(int argc, char** argv) {
    const std::int64_t mainAt = nowNs();
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);  // Qt Charts (the Reports view) needs a QApplication
    QCommandLineParser parser;
    const QCommandLineOption dbOption("db", "The clinic's database (schema up to date).", "path");
    const QCommandLineOption asOfOption("as-of", "The day with appointments.", "date",
                                        "2026-11-26");
    const QCommandLineOption startsOption("starts", "Fresh-process starts to time.", "n", "7");
    const QCommandLineOption patientsOption("patients",
                                            "Patients whose name, birth date, "
                                            "phone and MRN are typed.",
                                            "n", "20");
    const QCommandLineOption callsOption("calls", "Calls to the webhook.", "n", "50");
    const QCommandLineOption reportsOption("reports", "Times to open the Reports view.", "n", "3");
    const QCommandLineOption pdfOption("pdf", "Where the PDF export writes.", "file",
                                       QDir::tempPath() + "/frontdesk-bench-report.pdf");
    const QCommandLineOption startOnly("start-only", "Time one start and exit (internal).");
    const QCommandLineOption credentialOption(
        "credential", "A desk station's credential: work through the clinic server.", "file");
    parser.addOptions({dbOption, asOfOption, startsOption, patientsOption, callsOption,
                       reportsOption, pdfOption, startOnly, credentialOption});
    parser.process(app);
    const auto day = parseDate(parser.value(asOfOption).toStdString());
    if (!parser.isSet(dbOption) || !day) qFatal("--db PATH and --as-of YYYY-MM-DD are needed");
    const std::string db = parser.value(dbOption).toStdString();
    const std::string credential = parser.value(credentialOption).toStdString();
    if (parser.isSet(startOnly)) return runStartOnly(db, *day, credential, mainAt);

    // 1. start -> worklist on screen, each in a fresh process
    const int starts = parser.value(startsOption).toInt();
    std::vector<double> spawnMs, mainMs, procMs, backendMs, sessionMs, qmlMs, frameMs;
    int appointments = 0, rows = 0;
    for (int i = 0; i < starts; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const std::int64_t spawnAt = nowNs();
        QStringList arguments{"--start-only", "--db", parser.value(dbOption), "--as-of",
                              parser.value(asOfOption)};
        if (!credential.empty()) arguments << "--credential" << parser.value(credentialOption);
        child.start(QCoreApplication::applicationFilePath(), arguments);
        if (!child.waitForFinished(120000) || child.exitCode() != 0)
            qFatal("the start run %d failed", i + 1);
        QString line;
        for (const QString& l : QString::fromUtf8(child.readAllStandardOutput()).split('\n'))
            if (l.startsWith("START ")) line = l;
        if (line.isEmpty()) qFatal("the start run %d printed nothing", i + 1);
        const auto frameNs = static_cast<std::int64_t>(field(line, "frame_ns"));
        const auto childMainNs = static_cast<std::int64_t>(field(line, "main_ns"));
        spawnMs.push_back(msBetween(spawnAt, frameNs));
        mainMs.push_back(msBetween(childMainNs, frameNs));
        procMs.push_back(field(line, "proc_ms"));
        backendMs.push_back(field(line, "backend_ms"));
        sessionMs.push_back(field(line, "session_ms"));
        qmlMs.push_back(field(line, "qml_ms"));
        frameMs.push_back(field(line, "frame_ms"));
        appointments = static_cast<int>(field(line, "total"));
        rows = static_cast<int>(field(line, "count"));
        std::printf("start %d: %.1f ms from spawn (%.1f ms from main's first line)\n", i + 1,
                    spawnMs.back(), mainMs.back());
    }
    auto spread3 = [](const char* what, const std::vector<double>& v) {
        if (v.empty()) return;
        std::printf("  %-42s min %7.1f  median %7.1f  max %7.1f ms\n", what,
                    *std::min_element(v.begin(), v.end()), percentile(v, 0.5),
                    *std::max_element(v.begin(), v.end()));
    };
    if (starts > 0) {
        std::printf(
            "start to the worklist on screen over %d fresh processes "
            "(%d appointments on %s, %d rows in the ListView):\n",
            starts, appointments, parser.value(asOfOption).toUtf8().constData(), rows);
        spread3("spawn -> frame with the worklist", spawnMs);
        spread3("process start (/proc, 10 ms ticks) -> frame", procMs);
        spread3("main's first line -> frame", mainMs);
        spread3("  of which QGuiApplication + PromptBackend::open", backendMs);
        spread3("  of which DeskSession (loads the worklist)", sessionMs);
        spread3("  of which loading Main.qml", qmlMs);
        spread3("  of which to the first frame with rows", frameMs);
    }

    // The desk of this process, for the search and the calls.
    Desk desk = openDesk(db, *day, credential);
    QQuickWindow& window = *desk.window;
    DeskSession& session = *desk.session;
    if (auto* ri = window.rendererInterface())
        std::printf("scene graph: graphics API %d (%s), window %dx%d\n",
                    static_cast<int>(ri->graphicsApi()),
                    ri->graphicsApi() == QSGRendererInterface::Software ? "software" : "hardware",
                    window.width(), window.height());

    // 2. search keystroke -> results on screen
    const auto patients = samplePatients(db, parser.value(patientsOption).toInt());
    QObject* deskView = window.findChild<QObject*>(QStringLiteral("deskView"));
    if (deskView) deskView->setProperty("tab", 1);  // the Search tab, as Ctrl+F does
    QObject* results = window.findChild<QObject*>(QStringLiteral("searchResults"));
    if (!results) qFatal("no ListView named \"searchResults\"");
    frameWhen(window, [] { return true; });
    std::map<std::string, std::vector<double>> byKind;
    std::map<std::string, std::pair<long, long>> hitsByKind;  // results, keystrokes
    std::vector<double> searchMs, searchCallMs;
    for (const auto& [kind, text] : keystrokes(patients)) {
        const std::int64_t t0 = nowNs();
        session.search(text);
        const std::int64_t t1 = nowNs();
        const int expected = session.results()->count();
        const std::int64_t shown = frameWhen(window, [&] { return countOf(results) == expected; });
        if (shown == 0)
            qFatal("the results of \"%s\" never showed (%d results, the ListView has %d)",
                   qPrintable(text), expected, countOf(results));
        searchMs.push_back(msBetween(t0, shown));
        searchCallMs.push_back(msBetween(t0, t1));
        byKind[kind].push_back(searchMs.back());
        hitsByKind[kind].first += expected;
        hitsByKind[kind].second += 1;
    }
    std::printf("search keystroke to results on screen (%zu patients, Search tab shown):\n",
                patients.size());
    printSpread("all keystrokes", searchMs);
    printSpread("  of which DeskSession::search", searchCallMs);
    for (const auto& [kind, ms] : byKind) {
        char label[64];
        std::snprintf(label, sizeof label, "  %s", kind.c_str());
        printSpread(label, ms);
        std::printf("    (%.1f results per keystroke on average)\n",
                    static_cast<double>(hitsByKind[kind].first) /
                        static_cast<double>(hitsByKind[kind].second));
    }
    if (deskView) deskView->setProperty("tab", 0);

    // 3. call webhook -> the caller on screen
    CallListener calls([&session](const std::string& from) { return session.incomingCall(from); });
    auto port = calls.listen(0);
    if (!port) qFatal("%s", port.error().message.c_str());
    session.setCallPort(*port);
    QObject* prompt = window.findChild<QObject*>(QStringLiteral("balancePrompt"));
    if (!prompt) qFatal("no BalancePrompt named \"balancePrompt\"");
    const int wantedCalls = parser.value(callsOption).toInt();
    const auto callers = samplePatients(db, wantedCalls);
    std::vector<double> callMs, handlerMs, responseMs, oneMatchMs, severalMs;
    std::map<int, int> matchCounts;
    for (const auto& caller : callers) {
        session.dismissCall();
        session.clearSelection();
        frameWhen(window, [] { return true; });
        const std::string& d = caller.phoneDigits;
        const std::string body =
            "{\"from\": \"(" + d.substr(0, 3) + ") " + d.substr(3, 3) + "-" + d.substr(6) + "\"}";
        std::atomic<std::int64_t> sentAt{0}, answeredAt{0};
        std::atomic<int> status{0};
        std::int64_t handledAt = 0;
        bool rang = false;
        QMetaObject::Connection onCall =
            QObject::connect(&session, &DeskSession::callChanged, &session, [&] {
                if (!session.callActive()) return;
                rang = true;
                handledAt = nowNs();
            });
        std::thread client([&] {
            httplib::Client http("127.0.0.1", *port);
            sentAt = nowNs();
            auto res = http.Post("/v1/calls", body, "application/json");
            answeredAt = nowNs();
            status = res ? res->status : -1;
        });
        const std::int64_t shown = frameWhen(window, [&] {
            if (!rang) return false;
            if (session.callers()->count() != 1) return true;  // the banner's list, or unknown
            auto* card = qvariant_cast<QObject*>(prompt->property("card"));
            return prompt->property("patient").toString() == session.selectedMrn() && card &&
                   card->property("found").toBool();
        });
        client.join();
        QObject::disconnect(onCall);
        if (shown == 0 || status != 200)
            qFatal("the call from %s was not shown (HTTP %d)", body.c_str(), status.load());
        callMs.push_back(msBetween(sentAt, shown));
        handlerMs.push_back(msBetween(sentAt, handledAt));
        responseMs.push_back(msBetween(sentAt, answeredAt));
        matchCounts[session.callers()->count()] += 1;
        (session.callers()->count() == 1 ? oneMatchMs : severalMs).push_back(callMs.back());
    }
    std::printf("call webhook to the caller on screen (POST /v1/calls on 127.0.0.1):\n");
    printSpread("POST sent -> frame with the caller", callMs);
    printSpread("  POST sent -> session updated", handlerMs);
    printSpread("  POST sent -> HTTP 200 received", responseMs);
    printSpread("  one match: its BalancePrompt", oneMatchMs);
    printSpread("  several: the banner's list", severalMs);
    for (const auto& [matches, n] : matchCounts)
        std::printf("  %d call(s) matched %d patient(s)\n", n, matches);

    // 4. the manager's Reports view, its what-if and its PDF
    session.dismissCall();
    if (desk.reports->available())
        benchReports(desk, parser.value(reportsOption).toInt(), parser.value(pdfOption));
    return 0;
}
