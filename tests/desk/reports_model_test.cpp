// The manager's view model (ReportsModel) on the demo clinic: every figure it shows equals the
// practice report's JSON (`frontdesk report --json`) for the same period, month by month; the
// what-if's candidate equals the write-off and statement dry runs under that policy; "Save as a
// new policy file" never writes over a file; and the PDF export's pages hold the same figures
// (read back with poppler's pdftotext). The figures and the what-if are checked on the database
// and through the clinic server (a real frontdesk-server, an admin station).
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSignalSpy>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "demo_clinic.h"
#include "desk_translator.h"
#include "frontdesk/config/config.h"
#include "frontdesk/runs/report_json.h"
#include "frontdesk/runs/statement_run.h"
#include "frontdesk/runs/writeoff_run.h"
#include "frontdesk/station/remote_clinic_data.h"
#include "report_pdf.h"
#include "reports_model.h"
#include "station_server.h"

using namespace frontdesk;
using namespace frontdesk::desk;
using namespace frontdesk::test;
using nlohmann::json;

namespace {

// Qt Charts draws with the Graphics View framework: a QApplication, offscreen.
QApplication& app() {
    static int argc = 1;
    static char name[] = "reports_model_test";
    static char* argv[] = {name, nullptr};
    static const bool offscreen = qputenv("QT_QPA_PLATFORM", "offscreen");
    (void)offscreen;
    static QApplication instance(argc, argv);
    return instance;
}

QString money(std::int64_t cents) {
    return QString::fromStdString(formatMoney(Cents(cents)));
}

// Where the manager's desk reads the clinic: its database, or the clinic server as an enrolled
// station (admin: the manager's view; desk: none).
struct Local {};
struct Remote {};

Result<std::unique_ptr<ui::PromptBackend>> localBackend(const std::string& db) {
    return ui::PromptBackend::open(db, Config{}, demoDay(), "manager");
}

Result<std::unique_ptr<ui::PromptBackend>> remoteBackend(StationServer& server, StationRole role) {
    RemoteClinicOptions options;
    options.credentialPath = server.enroll("manager-1", role).string();
    auto clinic = connectClinicData(options);
    if (!clinic) return tl::unexpected(clinic.error());
    return ui::PromptBackend::create(std::move(*clinic), "manager");
}

template <typename Where = Local>
struct ReportsOn : DemoClinicCopy {
    std::unique_ptr<StationServer> server;  // Remote only
    std::unique_ptr<ui::PromptBackend> backend;
    std::unique_ptr<ReportsModel> model;
    explicit ReportsOn(StationRole role = StationRole::Admin) {
        app();
        auto opened = open(role);
        REQUIRE(opened);
        backend = std::move(*opened);
        model = std::make_unique<ReportsModel>(
            *backend, ReportsModel::Options{QString::fromStdString(dir.path().string())});
    }
    Result<std::unique_ptr<ui::PromptBackend>> open(StationRole role) {
        if constexpr (std::is_same_v<Where, Local>) {
            (void)role;
            return localBackend(db);
        } else {
            server = std::make_unique<StationServer>(db, demoDay(), dir.path());
            return remoteBackend(*server, role);
        }
    }
    // What `frontdesk report --json` prints for the period.
    json reportOf(const char* from, const char* to) {
        auto store = Store::open(db);
        REQUIRE(store);
        auto report = makeReport(*store, Policy{}, *parseDate(from), *parseDate(to));
        REQUIRE(report);
        return reportJson(*report);
    }
};

QVariantMap at(const QVariantList& list, int i) {
    return list.at(i).toMap();
}

}  // namespace

TEMPLATE_TEST_CASE("the reports show the report's figures, month by month", "[reports]", Local,
                   Remote) {
    ReportsOn<TestType> r;
    REQUIRE(r.model->available());
    REQUIRE(r.model->loadLastTwelveMonths());
    CHECK(r.model->from() == "2025-12-01");
    CHECK(r.model->to() == "2026-11-26");
    const json j = r.reportOf("2025-12-01", "2026-11-26");
    // chart 1 and 2: each month, and the period
    const QVariantList months = r.model->months();
    REQUIRE(months.size() == 12);
    REQUIRE(j["months"].size() == 12);
    for (int i = 0; i < 12; ++i) {
        const QVariantMap m = at(months, i);
        const json& jm = j["months"][static_cast<std::size_t>(i)];
        const json& byChannel = jm["paid_within_30_days_by_channel_cents"];
        CHECK(m["kioskText"].toString() == money(byChannel["kiosk"]));
        CHECK(m["deskText"].toString() == money(byChannel["desk"]));
        CHECK(m["phoneText"].toString() == money(byChannel["phone"]));
        CHECK(m["paidText"].toString() == money(jm["paid_within_30_days_cents"]));
        CHECK(m["reminded"].toInt() == jm["reminded_patients"].get<int>());
        CHECK(m["payers"].toInt() == jm["reminded_patients_who_paid"].get<int>());
        CHECK(m["writtenOffText"].toString() == money(jm["written_off_cents"]));
        CHECK(m["recoveredText"].toString() == money(jm["recovered_after_writeoff_cents"]));
        CHECK(m["kiosk"].toDouble() == Approx(byChannel["kiosk"].get<double>() / 100));
    }
    const QVariantMap totals = r.model->totals();
    CHECK(totals["paidText"].toString() == money(j["paid_within_30_days_cents"]));
    CHECK(totals["deskText"].toString() ==
          money(j["paid_within_30_days_by_channel_cents"]["desk"]));
    CHECK(totals["reminded"].toInt() == j["reminded_patients"].get<int>());
    CHECK(totals["payers"].toInt() == j["reminded_patients_who_paid"].get<int>());
    CHECK(totals["writtenOffText"].toString() == money(j["written_off_cents"]));
    CHECK(totals["recoveredText"].toString() == money(j["recovered_after_writeoff_cents"]));
    // the demo clinic has something in every chart
    CHECK(j["paid_within_30_days_cents"].get<std::int64_t>() > 0);
    CHECK(j["written_off_cents"].get<std::int64_t>() > 0);
}

TEMPLATE_TEST_CASE("the reports' statements, balances, credits and staff are the report's",
                   "[reports]", Local, Remote) {
    ReportsOn<TestType> r;
    REQUIRE(r.model->load("2026-01-01", "2026-11-26"));
    const json j = r.reportOf("2026-01-01", "2026-11-26");
    const json& st = j["statements"];
    const QVariantList statements = r.model->statements();
    CHECK(at(statements, 0)["count"].toInt() == st["statement_count"].get<int>());
    CHECK(at(statements, 0)["amountText"].toString() == money(st["statement_total_cents"]));
    CHECK(at(statements, 1)["count"].toInt() == st["suppressed_small"].get<int>());
    CHECK(at(statements, 2)["count"].toInt() == st["suppressed_written_off"].get<int>());
    CHECK(r.model->statementTotals()["costSavedText"].toString() == money(st["cost_saved_cents"]));
    // chart 3: the statement runs recorded each month (the demo clinic's, on the 1st)
    const QVariantList months = r.model->months();
    REQUIRE(months.size() == 11);
    std::int64_t savedSoFar = 0;
    for (int i = 0; i < 11; ++i) {
        const json& runs = j["months"][static_cast<std::size_t>(i)]["statement_runs"];
        CHECK(runs["runs"] == 1);
        CHECK(at(months, i)["mailed"].toInt() == runs["statement_count"].get<int>());
        CHECK(at(months, i)["notMailedSmall"].toInt() == runs["suppressed_small"].get<int>());
        CHECK(at(months, i)["notMailedWrittenOff"].toInt() ==
              runs["suppressed_written_off"].get<int>());
        CHECK(at(months, i)["savedText"].toString() == money(runs["cost_saved_cents"]));
        savedSoFar += runs["cost_saved_cents"].get<std::int64_t>();
        CHECK(at(months, i)["savedSoFarText"].toString() == money(savedSoFar));
    }
    CHECK(savedSoFar == j["statement_runs"]["cost_saved_cents"].get<std::int64_t>());
    CHECK(savedSoFar > 0);
    CHECK(r.model->totals()["mailed"].toInt() == j["statement_runs"]["statement_count"].get<int>());
    const json& ob = j["open_balances"];
    const QVariantList balances = r.model->balances();
    REQUIRE(balances.size() == 5);
    for (int i = 0; i < 5; ++i) {
        const json& age = ob["by_age"][static_cast<std::size_t>(i)];
        CHECK(at(balances, i)["smallAccounts"].toInt() == age["small_accounts"].get<int>());
        CHECK(at(balances, i)["largerText"].toString() == money(age["larger_cents"]));
    }
    const QVariantMap b = r.model->balanceTotals();
    CHECK(b["eligibleNow"].toInt() == ob["writeoff_eligible"].get<int>());
    CHECK(b["eligibleSoon"].toInt() == ob["writeoff_eligible_within_30_days"].get<int>());
    CHECK(b["eligibleSoonText"].toString() == money(ob["writeoff_eligible_within_30_days_cents"]));
    const QVariantList credits = r.model->credits();
    const char* states[] = {"credit_apply_next_visit", "credit_refund_due", "credit_on_file",
                            "unclaimed_property_review"};
    for (int i = 0; i < 4; ++i) {
        const json& c = j["credits"].value(states[i], json{{"accounts", 0}, {"credit_cents", 0}});
        CHECK(at(credits, i)["accounts"].toInt() == c["accounts"].get<int>());
        CHECK(at(credits, i)["amountText"].toString() == money(c["credit_cents"]));
    }
    CHECK(r.model->refunds()["overdue"].toInt() == j["refunds_overdue"].get<int>());
    CHECK(r.model->refunds()["soon"].toInt() == j["refunds_due_within_30_days"].get<int>());
    // staff: each member's total is the sum of their rows in reminders_by_staff
    std::map<QString, int> byStaff;
    for (const json& row : j["reminders_by_staff"])
        byStaff[QString::fromStdString(row["staff"])] += row["count"].get<int>();
    REQUIRE(r.model->staff().size() == static_cast<qsizetype>(byStaff.size()));
    for (const QVariant& row : r.model->staff())
        CHECK(row.toMap()["total"].toInt() == byStaff[row.toMap()["staff"].toString()]);
}

TEMPLATE_TEST_CASE("a wrong period is refused and the report on screen stays", "[reports]", Local,
                   Remote) {
    ReportsOn<TestType> r;
    REQUIRE(r.model->loadLastTwelveMonths());
    CHECK_FALSE(r.model->load("2026-13-01", "2026-11-26"));
    CHECK(r.model->errorText().contains("YYYY-MM-DD"));
    CHECK_FALSE(r.model->load("2026-11-01", "2026-10-01"));
    CHECK_FALSE(r.model->load("2026-11-01", "2026-11-27"));  // after today
    CHECK(r.model->from() == "2025-12-01");
    CHECK(r.model->months().size() == 12);
    REQUIRE(r.model->load("2026-11-26", "2026-11-26"));
    CHECK(r.model->errorText().isEmpty());
    CHECK(r.model->months().size() == 1);
}

// The view reads on another thread: the window's thread goes on meanwhile, the what-if and a
// second read wait, and the report shown is the one load() reads.
TEMPLATE_TEST_CASE("a report read in the background shows the same figures", "[reports]", Local,
                   Remote) {
    ReportsOn<TestType> r;
    QSignalSpy loading(r.model.get(), &ReportsModel::loadingChanged);
    QSignalSpy changed(r.model.get(), &ReportsModel::changed);
    REQUIRE(r.model->startLoading("", ""));
    CHECK(r.model->loading());
    CHECK_FALSE(r.model->loaded());
    // while it reads: a second read and the what-if are refused, and say why
    CHECK_FALSE(r.model->startLoading("2026-11-01", ""));
    CHECK(r.model->errorText().contains("being read"));
    CHECK_FALSE(r.model->load("", ""));
    r.model->tryPolicy("10.00", "9.99", 120, 2);
    CHECK(r.model->whatIfError().contains("being read"));
    CHECK(r.model->whatIf().isEmpty());
    REQUIRE(loading.wait(60000));  // the end of the read, delivered to this thread
    CHECK_FALSE(r.model->loading());
    CHECK(r.model->whatIfError().isEmpty());  // the refusal during the read is gone
    CHECK(changed.count() >= 1);
    REQUIRE(r.model->loaded());
    CHECK(r.model->errorText().isEmpty());
    CHECK(r.model->from() == "2025-12-01");
    CHECK(r.model->to() == "2026-11-26");
    const QVariantList months = r.model->months();
    const QVariantMap totals = r.model->totals();
    const QVariantList credits = r.model->credits();
    REQUIRE(r.model->loadLastTwelveMonths());
    CHECK(r.model->months() == months);
    CHECK(r.model->totals() == totals);
    CHECK(r.model->credits() == credits);
    // the what-if works again
    r.model->tryPolicy("10.00", "9.99", 120, 2);
    CHECK(r.model->whatIfError().isEmpty());
    // a wrong period's text is refused at once; one the clinic data refuses, when read
    CHECK_FALSE(r.model->startLoading("2026-13-01", ""));
    CHECK_FALSE(r.model->loading());
    REQUIRE(r.model->startLoading("2026-11-01", "2026-11-27"));  // after today
    REQUIRE(loading.wait(60000));
    CHECK_FALSE(r.model->loading());
    CHECK(r.model->loadFailure() == ErrorCode::BadInput);
    CHECK_FALSE(r.model->errorText().isEmpty());
    CHECK(r.model->months() == months);  // the report on screen stays
}

TEST_CASE("a model destroyed while it reads waits for the read", "[reports]") {
    ReportsOn<Local> r;
    REQUIRE(r.model->startLoading("", ""));
    r.model.reset();  // joins the reading thread; its answer is dropped with the model
    SUCCEED("no read outlived its model");
}

TEMPLATE_TEST_CASE("the what-if's candidate is what the dry runs say under it", "[reports]", Local,
                   Remote) {
    ReportsOn<TestType> r;
    REQUIRE(r.model->loadLastTwelveMonths());
    r.model->tryPolicy("12.00", "12.00", 60, 1);
    REQUIRE(r.model->whatIfError().isEmpty());
    const QVariantList rows = r.model->whatIf();
    REQUIRE(rows.size() == 7);
    auto candidate = policyWith(
        Policy{}, std::vector<std::string>{"small_balance.max=12.00", "writeoff.max=12.00",
                                           "writeoff.min_age_days=60", "writeoff.min_reminders=1"});
    REQUIRE(candidate);
    auto store = Store::open(r.db);
    REQUIRE(store);
    auto writeoffs = planWriteoffs(*store, *candidate, demoDay());
    auto statements = planStatements(*store, *candidate, demoDay());
    auto current = planWriteoffs(*store, Policy{}, demoDay());
    REQUIRE(writeoffs);
    REQUIRE(statements);
    REQUIRE(current);
    CHECK(at(rows, 0)["current"].toString() == QString::number(current->accounts.size()));
    CHECK(at(rows, 0)["candidate"].toString() == QString::number(writeoffs->accounts.size()));
    CHECK(at(rows, 1)["candidate"].toString() ==
          QString::fromStdString(formatMoney(writeoffs->total)));
    CHECK(at(rows, 2)["candidate"].toString() == QString::number(statements->statementCount));
    CHECK(at(rows, 0)["changed"].toBool() ==
          (writeoffs->accounts.size() != current->accounts.size()));
    // a write-off maximum above the small-balance maximum is refused by policy.toml's rule
    r.model->tryPolicy("10.00", "12.00", 60, 1);
    CHECK(r.model->whatIfError().contains("writeoff.max"));
}

TEST_CASE("a desk station of the clinic server has no manager's view", "[reports]") {
    ReportsOn<Remote> r(StationRole::Desk);
    CHECK_FALSE(r.model->available());
    CHECK_FALSE(r.model->loadLastTwelveMonths());
    CHECK(r.model->loadFailure() == ErrorCode::Unsupported);
    CHECK(r.model->months().isEmpty());
}

TEST_CASE("a proposed policy goes to a new file, never over one", "[reports]") {
    ReportsOn<> r;
    REQUIRE(r.model->loadLastTwelveMonths());
    CHECK(r.model->savePolicy().isEmpty());  // nothing tried yet
    r.model->tryPolicy("10.00", "8.50", 90, 2);
    const QString first = r.model->savePolicy();
    REQUIRE_FALSE(first.isEmpty());
    CHECK(first.endsWith("policy-proposed-2026-11-26.toml"));
    const QString second = r.model->savePolicy();
    CHECK(second.endsWith("policy-proposed-2026-11-26-2.toml"));
    std::ifstream in(first.toStdString());
    std::stringstream text;
    text << in.rdbuf();
    auto read = parsePolicy(text.str(), "proposed");
    REQUIRE(read);
    CHECK(read->writeoffMax == Cents(850));
    CHECK(read->writeoffMinAgeDays == 90);
    CHECK(read->smallBalanceMax == Cents(1000));
    // values the rules refuse are never saved, not even as the last candidate that passed
    r.model->tryPolicy("10.00", "12.00", 90, 2);
    REQUIRE_FALSE(r.model->whatIfError().isEmpty());
    CHECK(r.model->savePolicy().isEmpty());
    CHECK_FALSE(QFile::exists(
        QString::fromStdString((r.dir.path() / "policy-proposed-2026-11-26-3.toml").string())));
    // a folder that cannot be written says so
    ReportsModel nowhere(*r.backend, {QStringLiteral("/proc/no-such-folder")});
    REQUIRE(nowhere.loadLastTwelveMonths());
    nowhere.tryPolicy("10.00", "8.50", 90, 2);
    CHECK(nowhere.savePolicy().isEmpty());
    CHECK(nowhere.whatIfError().contains("could not be written"));
}

TEST_CASE("the PDF export holds each chart's figures", "[reports]") {
    ReportsOn<> r;
    const QString pdf = QString::fromStdString((r.dir.path() / "report.pdf").string());
    CHECK_FALSE(r.model->exportPdf(pdf).isEmpty());  // nothing loaded yet
    REQUIRE(r.model->loadLastTwelveMonths());
    REQUIRE(r.model->exportPdf(pdf).isEmpty());
    QProcess info;
    info.start("pdfinfo", {pdf});
    REQUIRE(info.waitForFinished(20000));
    CHECK(QString(info.readAllStandardOutput()).contains(QRegularExpression("Pages:\\s+6")));
    QProcess text;
    text.start("pdftotext", {"-layout", pdf, "-"});
    REQUIRE(text.waitForFinished(20000));
    const QString pages = text.readAllStandardOutput();
    CHECK(pages.contains("Recovered by reminders"));
    CHECK(pages.contains("Credits owed to patients"));
    CHECK(pages.contains(r.model->totals()["paidText"].toString()));
    CHECK(pages.contains(r.model->statementTotals()["costSavedText"].toString()));
    CHECK(pages.contains(at(r.model->months(), 0)["label"].toString()));
    // a file that cannot be written (its folder is a file): an error naming it, and the
    // folder holds what it held
    const QString notAFolder = QString::fromStdString((r.dir.path() / "clinic.db").string());
    const QString problem = r.model->exportPdf(notAFolder + "/report.pdf");
    CHECK(problem.contains("clinic.db/report.pdf"));
    CHECK_FALSE(r.model->exportPdf("  ").isEmpty());
    const QStringList left =
        QDir(QString::fromStdString(r.dir.path().string())).entryList(QDir::Files | QDir::Hidden);
    CHECK(left.filter("report").size() == 1);  // report.pdf, no temporary file
}

TEST_CASE("the reports follow the desk's language", "[reports]") {
    ReportsOn<> r;
    QQmlEngine engine;
    DeskTranslator translator(*r.backend, engine);
    REQUIRE(r.model->loadLastTwelveMonths());
    const QString english = r.model->texts()["creditsTitle"].toString();
    r.backend->setLanguage("es");
    QCoreApplication::processEvents();  // the model relabels after the translator
    const QString spanish = r.model->texts()["creditsTitle"].toString();
    CHECK(spanish != english);
    CHECK_FALSE(spanish.isEmpty());
    CHECK(at(r.model->months(), 0)["label"].toString().startsWith("dic"));
}
