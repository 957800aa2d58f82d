// The desk panel's session and call endpoint on a real demo clinic: the worklist and its
// filter, the search, booking, a change made by another process appearing within 2 s, and
// the call webhook over real HTTP on 127.0.0.1.
#include <catch2/catch.hpp>
#include <set>

#include <curl/curl.h>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QThread>

#include <unistd.h>
#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "call_listener.h"
#include "clinic_file.h"
#include "demo_clinic.h"
#include "demo_visitors.h"
#include "desk_session.h"
#include "frontdesk/import/importer.h"
#include "frontdesk/station/remote_clinic_data.h"
#include "frontdesk/store/appointment_rules.h"
#include "frontdesk/store/patient_search.h"
#include "prompt_card.h"
#include "station_server.h"

using namespace frontdesk;
using namespace frontdesk::desk;
using namespace frontdesk::test;

namespace {

QCoreApplication& app() {
    static int argc = 1;
    static char name[] = "desk_session_test";
    static char* argv[] = {name, nullptr};
    static QCoreApplication instance(argc, argv);
    return instance;
}

Result<std::unique_ptr<ui::PromptBackend>> localBackend(const std::string& db) {
    return ui::PromptBackend::open(db, Config{}, demoDay(), "desk-test");
}

// As an enrolled desk station; quick to notice a server gone (tests).
Result<std::unique_ptr<ui::PromptBackend>> remoteBackend(StationServer& server) {
    RemoteClinicOptions options;
    options.credentialPath = server.enroll("desk-1", StationRole::Desk).string();
    options.connectTimeout = std::chrono::milliseconds(500);
    options.changeWait = std::chrono::seconds(20);
    options.retryEvery = std::chrono::milliseconds(200);
    auto clinic = connectClinicData(options);
    if (!clinic) return tl::unexpected(clinic.error());
    return ui::PromptBackend::create(std::move(*clinic), "desk-test");
}

// Where a desk's clinic is: the database on this computer, or a clinic server it reaches as an
// enrolled desk station (a real frontdesk-server on the same database).
struct Local {};
struct Remote {};

// A fresh copy of the demo clinic with a backend and a session on it, on `Where`.
template <typename Where = Local>
struct DeskOn : DemoClinicCopy {
    std::unique_ptr<StationServer> server;  // Remote only
    std::unique_ptr<ui::PromptBackend> backend;
    std::unique_ptr<DeskSession> session;  // destroyed before its backend
    std::unique_ptr<Store> own;            // the test's connection, to arrange and check

    Store& store() { return *own; }

    explicit DeskOn(int pollMs = 100) {
        app();
        auto opened = open();
        REQUIRE(opened);
        backend = std::move(*opened);
        auto store = Store::open(db);
        REQUIRE(store);
        own = std::make_unique<Store>(std::move(*store));
        session = std::make_unique<DeskSession>(*backend, DeskSession::Options{{}, pollMs});
    }

    Result<std::unique_ptr<ui::PromptBackend>> open() {
        if constexpr (std::is_same_v<Where, Local>) {
            return localBackend(db);
        } else {
            server = std::make_unique<StationServer>(db, demoDay(), dir.path());
            return remoteBackend(*server);
        }
    }
};
using Desk = DeskOn<Local>;

// Runs the event loop until `done` or `ms` pass; true when done.
template <typename F>
bool waitFor(F done, int ms) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return done();
}

// Runs the event loop until `spy` has counted `count` signals or 5 s pass; true when it has.
bool waitForSignals(QSignalSpy& spy, int count) {
    QDeadlineTimer deadline(5000);
    while (spy.count() < count && !deadline.hasExpired())
        spy.wait(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
    return spy.count() >= count;
}

QString roleAt(WorklistModel& w, int row, int role) {
    return w.data(w.index(row), role).toString();
}

struct Reply {
    long status = 0;
    std::string body;
};

std::size_t collect(char* data, std::size_t size, std::size_t n, void* out) {
    static_cast<std::string*>(out)->append(data, size * n);
    return size * n;
}

// One HTTP request from another thread while this one runs the event loop (the listener
// answers on it, as in the panel).
Reply request(int port, const char* method, const std::string& body,
              const char* contentType = "application/json") {
    Reply reply;
    std::atomic<bool> finished = false;
    std::thread client([&] {
        CURL* curl = curl_easy_init();
        const std::string url = "http://127.0.0.1:" + std::to_string(port) + "/v1/calls";
        curl_slist* headers =
            curl_slist_append(nullptr, (std::string("Content-Type: ") + contentType).c_str());
        curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
        if (std::string(method) == "POST") {
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
        }
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply.body);
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, 10L);
        if (curl_easy_perform(curl) == CURLE_OK)
            curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply.status);
        curl_slist_free_all(headers);
        curl_easy_cleanup(curl);
        finished = true;
    });
    waitFor([&] { return finished.load(); }, 15000);
    client.join();
    return reply;
}

// A phone number that exactly `count` patients of the clinic have.
std::string phoneOf(Store& store, std::size_t count) {
    const auto day = store.appointmentsOn(demoDay());  // a range-for over *temporary dangles
    for (const auto& row : *day) {
        auto p = store.findPatient(row.appointment.mrn);
        if (!p || !*p || (*p)->phoneDigits.empty()) continue;
        auto same = patientsByPhone(store, (*p)->phoneDigits);
        if (same && same->size() == count) return (*p)->phoneDigits;
    }
    return {};
}

// A phone number exactly two patients have: one of the day's patients' numbers, else a new
// number given to two new patients booked today, so that no demo change can take the case away.
std::string sharedPhone(Store& store) {
    if (std::string phone = phoneOf(store, 2); !phone.empty()) return phone;
    std::string phone = "5550100999";
    REQUIRE(patientsByPhone(store, phone)->empty());
    for (const auto& [mrn, given] : {std::pair{"SHARED-1", "Ann"}, std::pair{"SHARED-2", "Ben"}}) {
        const Patient p{mrn, "Sharedphone", given, Date::fromCivil(1980, 2, 3), phone, "en", ""};
        REQUIRE(store.putPatients({&p, 1})->problems.empty());
        const Appointment a{p.mrn + "-A", p.mrn,    demoDay().iso() + "T16:00", 15,
                            "Dr. Quinn",  "Room 2", AppointmentStatus::Booked};
        REQUIRE(store.putAppointments({&a, 1})->problems.empty());
    }
    return phone;
}

// "(555) 101-1689" from "5551011689": the way a phone system may send it.
std::string dressed(const std::string& d) {
    return "+1 (" + d.substr(0, 3) + ") " + d.substr(3, 3) + "-" + d.substr(6);
}

}  // namespace

TEMPLATE_TEST_CASE(
    "the worklist is the day's appointments with their prompts, the filter keeps flagged ones",
    "[desk]", Local, Remote) {
    DeskOn<TestType> d;
    WorklistModel& w = *d.session->worklist();
    const auto stored = d.store().appointmentsOn(demoDay());
    REQUIRE(stored);
    CHECK(w.totalCount() == static_cast<int>(stored->size()));
    REQUIRE(w.count() == w.totalCount());
    REQUIRE(w.flaggedCount() > 0);
    REQUIRE(w.flaggedCount() < w.totalCount());
    d.session->setFlaggedOnly(true);
    CHECK(w.count() == w.flaggedCount());
    for (int row = 0; row < w.count(); ++row) {
        CHECK(w.data(w.index(row), WorklistModel::FlaggedRole).toBool());
        CHECK(roleAt(w, row, WorklistModel::StateRole) != "none");
    }
    d.session->setFlaggedOnly(false);
    CHECK(w.count() == w.totalCount());
    d.session->nextDay();
    CHECK(d.session->day().toStdString() == demoDay().plusDays(1).iso());
    CHECK(w.totalCount() ==
          static_cast<int>(d.store().appointmentsOn(demoDay().plusDays(1))->size()));
    d.session->goToToday();
    CHECK(d.session->isToday());
}

TEMPLATE_TEST_CASE("a search lists patients with their prompt states, and is audited as searches",
                   "[desk]", Local, Remote) {
    DeskOn<TestType> d;
    WorklistModel& w = *d.session->worklist();
    const std::string mrn = roleAt(w, 0, WorklistModel::MrnRole).toStdString();
    const auto patient = *d.store().findPatient(mrn);
    REQUIRE(patient);
    d.session->search(QString::fromStdString(patient->familyName.substr(0, 3)).toLower());
    PatientListModel& r = *d.session->results();
    REQUIRE(r.count() > 0);
    bool listed = false;
    for (int row = 0; row < r.count(); ++row) listed = listed || r.mrnAt(row).toStdString() == mrn;
    CHECK(listed);
    CHECK(ClinicFile(d.db).auditCount(mrn, "desk-test", "desk") >= 1);
    d.session->search(QString::fromStdString(mrn));
    REQUIRE(r.count() >= 1);
    CHECK(r.mrnAt(0).toStdString() == mrn);
    d.session->search("zzzzqx");
    CHECK(r.count() == 0);
}

TEMPLATE_TEST_CASE(
    "booking stores the appointment and selects the patient, bad values store nothing", "[desk]",
    Local, Remote) {
    DeskOn<TestType> d;
    const std::string mrn = roleAt(*d.session->worklist(), 0, WorklistModel::MrnRole).toStdString();
    const QString day = QString::fromStdString(demoDay().iso());
    const auto before = d.store().appointmentsOn(demoDay())->size();
    CHECK(d.session->book(QString::fromStdString(mrn), day, "25:00", 30, "Dr. Lee", "") ==
          "the time must be HH:MM");
    CHECK(d.session->book("no-such-mrn", day, "16:00", 30, "", "").contains("choose a patient"));
    CHECK(d.session->book(QString::fromStdString(mrn), "2026-13-01", "16:00", 0, "Dr. Lee", "") ==
          "the date must be YYYY-MM-DD; the length must be 1 to 1440 minutes, not 0");
    CHECK(d.store().appointmentsOn(demoDay())->size() == before);
    CHECK(d.session->book(QString::fromStdString(mrn), day, "16:45", 30, "Dr. Lee", "Room 2") ==
          "");
    CHECK(d.store().appointmentsOn(demoDay())->size() == before + 1);
    CHECK(d.session->worklist()->totalCount() == static_cast<int>(before + 1));
    CHECK(d.session->selectedMrn().toStdString() == mrn);
    CHECK_FALSE(d.session->phoneAudience());
}

TEMPLATE_TEST_CASE("a reminder recorded by another program shows in the worklist within 2 seconds",
                   "[desk]", Local, Remote) {
    DeskOn<TestType> d(200);
    WorklistModel& w = *d.session->worklist();
    int flaggedRow = -1;
    for (int row = 0; row < w.count() && flaggedRow < 0; ++row)
        if (w.data(w.index(row), WorklistModel::FlaggedRole).toBool() &&
            !roleAt(w, row, WorklistModel::StateRole).contains("credit"))
            flaggedRow = row;
    REQUIRE(flaggedRow >= 0);
    const QString appointment = roleAt(w, flaggedRow, WorklistModel::AppointmentIdRole);
    const std::string mrn = roleAt(w, flaggedRow, WorklistModel::MrnRole).toStdString();
    const int flaggedBefore = w.flaggedCount();
    const std::string command = std::string(FRONTDESK_CLI) + " remind '" + mrn + "' --db '" + d.db +
                                "' --outcome promised --channel phone --staff other-desk --as-of " +
                                demoDay().iso() + " >/dev/null 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
    const bool followed = waitFor([&] { return w.flaggedCount() == flaggedBefore - 1; }, 2000);
    CHECK(followed);
    const int row = w.rowOf(appointment);
    REQUIRE(row >= 0);
    CHECK_FALSE(w.data(w.index(row), WorklistModel::FlaggedRole).toBool());
}

TEMPLATE_TEST_CASE(
    "the call webhook over HTTP: matches, unknown caller, and bad requests change nothing",
    "[desk]", Local, Remote) {
    DeskOn<TestType> d;
    CallListener calls([&d](const std::string& from) { return d.session->incomingCall(from); });
    const auto port = calls.listen(0);
    REQUIRE(port);

    SECTION("one patient has the number: shown with the phone prompt") {
        const std::string phone = phoneOf(d.store(), 1);
        REQUIRE_FALSE(phone.empty());
        const Reply r = request(*port, "POST", R"({"from": ")" + dressed(phone) + R"("})");
        CHECK(r.status == 200);
        CHECK(r.body == R"({"matches":1})");
        CHECK(d.session->callActive());
        CHECK(d.session->callers()->count() == 1);
        CHECK(d.session->selectedMrn() == d.session->callers()->mrnAt(0));
        CHECK(d.session->phoneAudience());
        CHECK(ClinicFile(d.db).auditCount(d.session->selectedMrn().toStdString(), "desk-test",
                                          "phone") >= 1);
    }
    SECTION("several patients share it: listed, nobody chosen for the caller") {
        const std::string phone = sharedPhone(d.store());
        const Reply r = request(*port, "POST", R"({"from": ")" + phone + R"("})");
        CHECK(r.status == 200);
        CHECK(r.body == R"({"matches":2})");
        CHECK(d.session->callers()->count() == 2);
        CHECK(d.session->selectedMrn().isEmpty());
    }
    SECTION("an unknown caller") {
        const Reply r = request(*port, "POST", R"({"from": "555-000-0001"})");
        CHECK(r.status == 200);
        CHECK(r.body == R"({"matches":0})");
        CHECK(d.session->callActive());
        CHECK(d.session->callers()->count() == 0);
    }
    SECTION("bad requests are refused and change nothing") {
        CHECK(request(*port, "POST", R"({"from": )").status == 400);
        CHECK(request(*port, "POST", R"({"caller": "5550102000"})").status == 400);
        CHECK(request(*port, "POST", R"({"from": "call me"})").status == 400);
        CHECK(request(*port, "POST", R"({"from": 5550102000})").status == 400);
        CHECK(request(*port, "POST", R"({"from": "5550102000"})", "text/plain").status == 415);
        CHECK(request(*port, "POST", R"({"from": ")" + std::string(20000, '5') + R"("})").status ==
              413);
        CHECK(request(*port, "GET", "").status == 405);
        CHECK_FALSE(d.session->callActive());
        CHECK(d.session->selectedMrn().isEmpty());
    }
}

TEST_CASE("two desks on one database do not audit each other's refreshes forever", "[desk]") {
    Desk a(50);
    QSignalSpy aRefreshed(a.session.get(), &DeskSession::dataChanged);
    auto second = ui::PromptBackend::open(a.db, Config{}, demoDay(), "desk-two");
    REQUIRE(second);
    DeskSession b(**second, DeskSession::Options{{}, 50});
    QSignalSpy bRefreshed(&b, &DeskSession::dataChanged);
    const std::string mrn = roleAt(*a.session->worklist(), 0, WorklistModel::MrnRole).toStdString();
    REQUIRE(waitForSignals(aRefreshed, 1));  // a sees b's first worklist audit
    const ClinicFile file(a.db);
    const int settled = file.auditCount(mrn);
    // Were a refresh a new lookup, each desk's refresh would write an audit row for the other
    // to see, forever. Another program's commit makes both refresh once more: once both have,
    // any row those refreshes would write is in the file.
    const int aBefore = static_cast<int>(aRefreshed.count());
    const int bBefore = static_cast<int>(bRefreshed.count());
    auto third = Store::open(a.db);
    REQUIRE(third);
    const LookupEvent elsewhere{"desk-three", Channel::Desk, "no-such-mrn", "prompt"};
    REQUIRE(third->recordLookups({&elsewhere, 1}));
    REQUIRE(waitForSignals(aRefreshed, aBefore + 1));
    REQUIRE(waitForSignals(bRefreshed, bBefore + 1));
    CHECK(file.auditCount(mrn) == settled);  // refreshes are not new lookups
    CHECK(file.auditCount(mrn, "desk-test") == 1);
    CHECK(file.auditCount(mrn, "desk-two") == 1);
    a.session->reload();  // asked for: a new lookup
    CHECK(file.auditCount(mrn, "desk-test") == 2);
}

namespace {

// What the CSV import says about an appointment row of `minutes`.
std::string importerSays(Store& store, const std::string& mrn, const char* minutes) {
    const std::string csv = "appointment_id,mrn,start,duration_min\nx1," + mrn + "," +
                            demoDay().iso() + "T07:00," + minutes + "\n";
    auto report = importCsvText(store, ImportKind::Appointments, csv, "a.csv");
    REQUIRE(report);
    REQUIRE(report->errors.size() == 1);
    return report->errors[0].substr(std::string("a.csv:2: ").size());
}

}  // namespace

TEMPLATE_TEST_CASE(
    "booking follows the import's rules: 1 to 1440 minutes, refused as the import refuses",
    "[desk]", Local, Remote) {
    DeskOn<TestType> d;
    const QString mrn = roleAt(*d.session->worklist(), 0, WorklistModel::MrnRole);
    const QString day = QString::fromStdString(demoDay().iso());
    auto& store = d.store();
    for (const char* minutes : {"0", "1441"}) {
        const QString said = d.session->book(mrn, day, "05:00", std::atoi(minutes), "Dr. Lee", "");
        // the same rule refuses it in both, each in its own reader's words
        CHECK(importerSays(store, mrn.toStdString(), minutes).rfind("duration_min", 0) == 0);
        CHECK(said == QStringLiteral("the length must be 1 to 1440 minutes, not %1").arg(minutes));
    }
    const auto before = store.appointmentsOn(demoDay())->size();
    CHECK(d.session->book(mrn, day, "05:00", 1, "Dr. Nobody", "") == "");
    CHECK(d.session->book(mrn, QString::fromStdString(demoDay().plusDays(-30).iso()), "05:00", 1440,
                          "Dr. Nobody", "") == "");
    CHECK(store.appointmentsOn(demoDay())->size() == before + 1);
}

TEMPLATE_TEST_CASE(
    "an overlapping booking is stored only when booked anyway, and names no other patient",
    "[desk]", Local, Remote) {
    DeskOn<TestType> d;
    auto& store = d.store();
    const auto today = store.appointmentsOn(demoDay()).value();
    const auto taken = std::find_if(today.begin(), today.end(), [](const AppointmentView& v) {
        return !freesItsTime(v.appointment.status) && !v.appointment.provider.empty();
    });
    REQUIRE(taken != today.end());
    const auto span = appointmentSpan(taken->appointment).value();
    const QString range = QString::fromStdString(clockTime(span.begin) + "–" + clockTime(span.end));
    // A patient with no appointment that day books with the same provider at the same time.
    std::string other;
    const auto tomorrow = store.appointmentsOn(demoDay().plusDays(1)).value();
    for (const auto& v : tomorrow)
        if (store.appointmentsOf(v.appointment.mrn, demoDay())->empty()) other = v.appointment.mrn;
    REQUIRE_FALSE(other.empty());
    const QString mrn = QString::fromStdString(other);
    const QString day = QString::fromStdString(demoDay().iso());
    const QString time = QString::fromStdString(taken->appointment.start.substr(11));
    const QString provider = QString::fromStdString(taken->appointment.provider);

    const QStringList warnings = d.session->bookingOverlaps(mrn, day, time, 15, provider);
    CHECK(warnings == QStringList{provider + " already has an appointment " + range});
    const auto before = today.size();
    CHECK(d.session->book(mrn, day, time, 15, provider, "") == warnings.join("; "));
    CHECK(store.appointmentsOn(demoDay())->size() == before);
    CHECK_FALSE(warnings.join("").contains(QString::fromStdString(taken->familyName)));

    CHECK(d.session->book(mrn, day, time, 15, provider, "", true) == "");
    CHECK(store.appointmentsOn(demoDay())->size() == before + 1);
    // Now the patient's own appointment overlaps too, named with its provider.
    CHECK(d.session->bookingOverlaps(mrn, day, time, 15, "Dr. Nobody") ==
          QStringList{"This patient already has an appointment " + range.left(6) +
                      QString::fromStdString(clockTime(span.begin + 15)) + " with " + provider});
    CHECK(d.session
              ->bookingOverlaps(mrn, day, QString::fromStdString(clockTime(span.end)), 15,
                                "Dr. Nobody")
              .isEmpty());
}

TEMPLATE_TEST_CASE("the worklist names the few texts that decide its column widths", "[desk]",
                   Local, Remote) {
    DeskOn<TestType> d;
    WorklistModel& list = *d.session->worklist();
    REQUIRE(list.count() > 10);
    std::set<QString> providers, statuses, states;
    QString longestAmount;
    for (int row = 0; row < list.count(); ++row) {
        providers.insert(roleAt(list, row, WorklistModel::ProviderRole));
        statuses.insert(roleAt(list, row, WorklistModel::StatusRole));
        states.insert(roleAt(list, row, WorklistModel::StateRole));
        const QString amount = roleAt(list, row, WorklistModel::AmountRole);
        if (amount.size() > longestAmount.size()) longestAmount = amount;
    }
    std::set<QString> sampledProviders, sampledStatuses, sampledStates;
    const QVariantList samples = list.columnSamples();
    CHECK(samples.size() < list.count());  // a few, not every row
    for (const QVariant& s : samples) {
        const QVariantMap m = s.toMap();
        if (!m["provider"].toString().isEmpty()) sampledProviders.insert(m["provider"].toString());
        if (!m["status"].toString().isEmpty()) sampledStatuses.insert(m["status"].toString());
        if (!m["state"].toString().isEmpty()) sampledStates.insert(m["state"].toString());
    }
    CHECK(sampledProviders == providers);
    CHECK(sampledStatuses == statuses);
    CHECK(sampledStates == states);
    CHECK(samples.front().toMap()["amount"].toString() == longestAmount);
}

TEST_CASE("a desk whose server goes away says offline since when, keeps its worklist, and recovers",
          "[desk]") {
    DeskOn<Remote> d(100);
    WorklistModel& w = *d.session->worklist();
    const int shown = w.totalCount();
    REQUIRE(shown > 0);
    const QString mrn = roleAt(w, 0, WorklistModel::MrnRole);
    QSignalSpy offline(d.backend.get(), &ui::PromptBackend::offlineChanged);
    d.server->kill();
    REQUIRE(waitFor([&] { return d.backend->offline(); }, 5000));
    CHECK(d.backend->offlineSince().contains(QRegularExpression("^\\d\\d:\\d\\d$")));
    CHECK(w.totalCount() == shown);  // the last worklist stays
    const QString day = d.session->day();
    d.session->nextDay();  // a day that cannot be read: the shown day and its list stay
    CHECK(d.session->day() == day);
    CHECK(w.totalCount() == shown);
    CHECK_FALSE(d.session->errorText().isEmpty());

    // meanwhile another program changes the clinic; the desk sees it once the server is back
    const std::string command = std::string(FRONTDESK_CLI) + " remind '" + mrn.toStdString() +
                                "' --db '" + d.db +
                                "' --outcome promised --channel phone --staff other --as-of " +
                                demoDay().iso() + " >/dev/null 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
    QSignalSpy refreshed(d.session.get(), &DeskSession::dataChanged);
    d.server->start();
    REQUIRE(waitFor([&] { return !d.backend->offline(); }, 5000));
    CHECK(d.backend->offlineSince().isEmpty());
    CHECK(waitForSignals(refreshed, 1));
    CHECK(d.session->errorText().isEmpty());
    CHECK(offline.count() >= 2);
}

TEST_CASE("an outcome recorded while the server is away is refused plainly and never half kept",
          "[desk]") {
    DeskOn<Remote> d(100);
    WorklistModel& w = *d.session->worklist();
    QString mrn;
    for (int row = 0; row < w.count() && mrn.isEmpty(); ++row)
        if (w.data(w.index(row), WorklistModel::FlaggedRole).toBool() &&
            !roleAt(w, row, WorklistModel::StateRole).contains("credit"))
            mrn = roleAt(w, row, WorklistModel::MrnRole);
    REQUIRE_FALSE(mrn.isEmpty());
    ui::PromptCard card;
    card.setBackend(d.backend.get());
    card.setPatient(mrn);
    card.classBegin();
    card.componentComplete();
    REQUIRE(card.answers().contains("promised"));
    const ClinicFile file(d.db);
    const int before = file.reminderCount(mrn.toStdString());
    d.server->kill();
    CHECK_FALSE(card.record("promised", "at the desk"));
    CHECK(card.errorText().startsWith("The outcome was not recorded"));
    CHECK(file.reminderCount(mrn.toStdString()) == before);
    d.server->start();
    REQUIRE(waitFor([&] { return !d.backend->offline(); }, 5000));
    CHECK(card.record("promised", "at the desk"));
    CHECK(file.reminderCount(mrn.toStdString()) == before + 1);
}

TEST_CASE("a call the phone system announces to the server pops on the desk within 2 seconds",
          "[desk]") {
    DeskOn<Remote> d(100);
    auto pbx = readCredential(d.server->enroll("pbx-1", StationRole::Pbx));
    REQUIRE(pbx);
    const std::string phone = phoneOf(d.store(), 1);
    REQUIRE_FALSE(phone.empty());
    const auto caller = patientsByPhone(d.store(), phone);
    REQUIRE(caller);
    REQUIRE(caller->size() == 1);
    QSignalSpy arrived(d.session.get(), &DeskSession::callArrived);
    auto client = StationClient::create(
        {d.server->url(), {}, {}, std::chrono::seconds(2), std::chrono::seconds(10)});
    REQUIRE(client);
    auto rang = client->call(
        "GET", "/v1/pbx/call?key=" + urlEncoded(pbx->token) + "&from=" + urlEncoded(dressed(phone)),
        nullptr, false);
    REQUIRE(rang);
    REQUIRE(rang->status == 200);
    if (!waitForSignals(arrived, 1)) FAIL(d.server->log());
    CHECK(d.session->callActive());
    CHECK(d.session->selectedMrn().toStdString() == caller->front().mrn);
    CHECK(d.session->phoneAudience());
    CHECK(ClinicFile(d.db).auditCount(caller->front().mrn, "desk-test", "phone") >= 1);
}
