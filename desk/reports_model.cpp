#include "reports_model.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>

#include <array>

#include "frontdesk/app/qt_text.h"
#include "frontdesk/config/config.h"
#include "report_pdf.h"

namespace frontdesk::desk {
namespace {

using app::toQString;

// Dollars to size a bar: never summed into money.
double dollars(Cents amount) {
    return static_cast<double>(amount.value()) / 100.0;
}
QString money(Cents amount) {
    return toQString(formatMoney(amount));
}
Cents of(const std::map<Channel, Cents>& paid, Channel channel) {
    const auto it = paid.find(channel);
    return it == paid.end() ? Cents{} : it->second;
}

constexpr std::array kOutcomes{ReminderOutcome::Shown,          ReminderOutcome::WillPayAtDesk,
                               ReminderOutcome::Paid,           ReminderOutcome::Promised,
                               ReminderOutcome::Disputed,       ReminderOutcome::Declined,
                               ReminderOutcome::NotAppropriate, ReminderOutcome::ApplyCredit,
                               ReminderOutcome::RefundRequested};

// The first of the month 11 months before `to`'s: a 12-month period ending on `to`.
Date twelveMonthsTo(Date to) {
    int year = to.year();
    int month = static_cast<int>(to.month()) - 11;
    if (month < 1) {
        month += 12;
        --year;
    }
    return Date::fromCivil(year, static_cast<unsigned>(month), 1);
}

// Chart 3's figures of a month or the period: the statement runs recorded in it.
void insertStatementRuns(QVariantMap& row, const StatementsMailed& mailed) {
    row.insert({{"runs", static_cast<int>(mailed.runs)},
                {"mailed", static_cast<int>(mailed.statements)},
                {"notMailedSmall", static_cast<int>(mailed.suppressedSmall)},
                {"notMailedWrittenOff", static_cast<int>(mailed.suppressedWrittenOff)},
                {"savedText", money(mailed.costSaved)}});
}

// Charts 1 to 3's figures of the whole period (their tables' total rows).
QVariantMap periodTotals(const PracticeReport& r) {
    const int share =
        r.remindedPatients == 0
            ? 0
            : static_cast<int>((r.remindedPatientsWhoPaid * 100 + r.remindedPatients / 2) /
                               r.remindedPatients);
    QVariantMap totals{
        {"paidText", money(r.paidWithin30Days)},
        {"kioskText", money(of(r.paidByChannel, Channel::Kiosk))},
        {"deskText", money(of(r.paidByChannel, Channel::Desk))},
        {"phoneText", money(of(r.paidByChannel, Channel::Phone))},
        {"reminded", static_cast<int>(r.remindedPatients)},
        {"payers", static_cast<int>(r.remindedPatientsWhoPaid)},
        {"sharePaid", share},
        {"writtenOffText", money(r.writtenOff)},
        {"recoveredText", money(r.recoveredAfterWriteoff)},
        {"netText",
         money(checkedSubtract(r.writtenOff, r.recoveredAfterWriteoff).value_or(Cents{}))}};
    insertStatementRuns(totals, r.statementRuns);
    return totals;
}

}  // namespace

ReportsModel::ReportsModel(ui::PromptBackend& backend, Options options, QObject* parent)
    : QObject(parent), m_backend(backend), m_options(std::move(options)) {
    // queued: after the desk's translator has loaded the new language
    connect(
        &m_backend, &ui::PromptBackend::languageChanged, this,
        [this] {
            rebuild();
            if (m_candidate && !m_worker) {
                auto compared = m_backend.clinic().whatIf(*m_candidate);
                if (compared) setWhatIf(*compared);
            }
        },
        Qt::QueuedConnection);
}

bool ReportsModel::available() const {
    return m_backend.clinic().managerView();
}

QString ReportsModel::from() const {
    return m_report ? toQString(m_report->from.iso()) : QString();
}
QString ReportsModel::to() const {
    return m_report ? toQString(m_report->to.iso()) : QString();
}

QString ReportsModel::clinicName() const {
    return toQString(m_backend.settings().name);
}

QString ReportsModel::periodLabel() const {
    if (!m_report) return {};
    const QLocale locale(m_backend.language());
    const auto date = [&](Date d) {
        // the day, month and year, without the weekday of QLocale's long format
        return locale.toString(QDate::fromString(toQString(d.iso()), Qt::ISODate),
                               locale.language() == QLocale::English
                                   ? QStringLiteral("MMMM d, yyyy")
                                   : QStringLiteral("d MMMM yyyy"));
    };
    return tr("%1 to %2").arg(date(m_report->from), date(m_report->to));
}

void ReportsModel::setError(const QString& text) {
    if (text == m_errorText) return;
    m_errorText = text;
    emit errorTextChanged();
}

ReportsModel::~ReportsModel() {
    if (!m_worker) return;
    m_worker->wait();
    delete m_worker;
}

std::optional<std::pair<Date, Date>> ReportsModel::period(const QString& from, const QString& to) {
    if (m_worker) {
        setError(busyText());
        return std::nullopt;
    }
    auto last = to.isEmpty() ? Result<Date>(m_backend.asOf()) : parseDate(to.toStdString());
    auto first = from.isEmpty() && last ? Result<Date>(twelveMonthsTo(*last))
                                        : parseDate(from.toStdString());
    if (!first || !last) {
        m_loadFailure = ErrorCode::BadInput;
        setError(tr("The period's days must be YYYY-MM-DD."));
        return std::nullopt;
    }
    return std::pair{*first, *last};
}

bool ReportsModel::load(const QString& from, const QString& to) {
    const auto days = period(from, to);
    if (!days) return false;
    QElapsedTimer clock;
    clock.start();
    auto report = m_backend.clinic().report(days->first, days->second);
    return show(std::move(report), static_cast<int>(clock.elapsed()));
}

// The clinic data's report on a thread of its own: the local one reads on connections of its
// own, the remote one through its manager client, which nothing else uses meanwhile (busy()).
bool ReportsModel::startLoading(const QString& from, const QString& to) {
    const auto days = period(from, to);
    if (!days) return false;
    ClinicData& clinic = m_backend.clinic();
    m_worker = QThread::create([this, &clinic, days = *days] {
        QElapsedTimer clock;
        clock.start();
        auto read =
            std::make_shared<Result<PracticeReport>>(clinic.report(days.first, days.second));
        const int ms = static_cast<int>(clock.elapsed());
        QMetaObject::invokeMethod(
            this,
            [this, read, ms] {
                m_worker->wait();
                delete m_worker;
                m_worker = nullptr;
                show(std::move(*read), ms);
                if (m_whatIfError == busyText()) {  // a what-if refused during the read
                    m_whatIfError.clear();
                    emit whatIfChanged();
                }
                emit loadingChanged();
            },
            Qt::QueuedConnection);
    });
    m_worker->start();
    emit loadingChanged();
    return true;
}

QString ReportsModel::busyText() const {
    return tr("A report is being read; wait for it.");
}

bool ReportsModel::busy() {
    if (!m_worker) return false;
    m_whatIfError = busyText();
    emit whatIfChanged();
    return true;
}

bool ReportsModel::show(Result<PracticeReport> report, int ms) {
    if (!report) {
        m_loadFailure = report.error().code;
        setError(
            report.error().code == ErrorCode::BadInput
                ? tr("The period must end on or before today, and not before it begins.")
                : tr("The report could not be read: %1").arg(toQString(report.error().message)));
        return false;
    }
    m_report = std::move(*report);
    m_loadFailure.reset();
    setError({});
    rebuild();
    m_loadMs = ms;
    emit changed();
    return true;
}

void ReportsModel::rebuild() {
    if (!m_report) return;
    buildActivity(*m_report);
    buildStatements(*m_report);
    buildBalances(*m_report);
    buildCredits(*m_report);
    buildStaff(*m_report);
    emit changed();
}

void ReportsModel::buildActivity(const PracticeReport& r) {
    const QLocale locale(m_backend.language());
    m_months.clear();
    Cents savedSoFar;
    for (const MonthActivity& m : r.months) {
        const PeriodActivity& a = m.activity;
        const StatementsMailed& mailed = a.statementRuns;
        // never out of range: a part of the period's sum, which was checked
        (void)addTo(savedSoFar, mailed.costSaved);
        const auto net = checkedSubtract(a.writtenOff, a.recoveredAfterWriteoff).value_or(Cents{});
        const QDate first(m.from.year(), static_cast<int>(m.from.month()), 1);
        QVariantMap row{
            {"label", locale.toString(first, QStringLiteral("MMM yyyy"))},
            // under a chart's bar, where "Dec 2025" does not fit twelve times: the year only
            // with the period's first month and each January ("Dec '25", "Jan '26", "Feb")
            {"shortLabel", locale.toString(first, m_months.isEmpty() || first.month() == 1
                                                      ? QStringLiteral("MMM ''yy")
                                                      : QStringLiteral("MMM"))},
            {"kiosk", dollars(of(a.paidByChannel, Channel::Kiosk))},
            {"desk", dollars(of(a.paidByChannel, Channel::Desk))},
            {"phone", dollars(of(a.paidByChannel, Channel::Phone))},
            {"kioskText", money(of(a.paidByChannel, Channel::Kiosk))},
            {"deskText", money(of(a.paidByChannel, Channel::Desk))},
            {"phoneText", money(of(a.paidByChannel, Channel::Phone))},
            {"paidText", money(a.paidWithin30Days)},
            {"reminded", static_cast<int>(a.remindedPatients)},
            {"payers", static_cast<int>(a.remindedPatientsWhoPaid)},
            {"writtenOff", dollars(a.writtenOff)},
            {"recovered", dollars(a.recoveredAfterWriteoff)},
            {"net", dollars(net)},
            {"writtenOffText", money(a.writtenOff)},
            {"recoveredText", money(a.recoveredAfterWriteoff)},
            {"netText", money(net)},
            {"savedSoFarText", money(savedSoFar)}};
        insertStatementRuns(row, mailed);
        m_months.append(row);
    }
    m_totals = periodTotals(r);
}

void ReportsModel::buildStatements(const PracticeReport& r) {
    const StatementRun& st = r.statements;
    m_statements = {QVariantMap{{"label", tr("To send")},
                                {"count", static_cast<int>(st.statementCount)},
                                {"amountText", money(st.statementTotal)}},
                    QVariantMap{{"label", tr("Suppressed: small balance")},
                                {"count", static_cast<int>(st.suppressedSmall)},
                                {"amountText", money(st.suppressedBalance)}},
                    QVariantMap{{"label", tr("Suppressed: written off")},
                                {"count", static_cast<int>(st.suppressedWrittenOff)},
                                {"amountText", QString()}}};
    m_statementTotals = {{"thresholdText", money(st.threshold)},
                         {"costSavedText", money(st.costSaved)},
                         {"costSaved", dollars(st.costSaved)},
                         {"asOf", toQString(st.asOf.iso())}};
}

void ReportsModel::buildBalances(const PracticeReport& r) {
    const OpenBalances& b = r.openBalances;
    m_balances.clear();
    for (const BalanceAge& age : b.byAge)
        m_balances.append(
            QVariantMap{{"label", age.toDays ? tr("%1–%2 days").arg(age.fromDays).arg(*age.toDays)
                                             : tr("over %1 days").arg(age.fromDays - 1)},
                        {"small", dollars(age.small)},
                        {"larger", dollars(age.larger)},
                        {"smallText", money(age.small)},
                        {"largerText", money(age.larger)},
                        {"smallAccounts", static_cast<int>(age.smallAccounts)},
                        {"largerAccounts", static_cast<int>(age.largerAccounts)}});
    m_balanceTotals = {{"smallMaxText", money(b.smallMax)},
                       {"eligibleNow", static_cast<int>(b.eligibleNow)},
                       {"eligibleNowText", money(b.eligibleNowTotal)},
                       {"eligibleSoon", static_cast<int>(b.eligibleWithin30Days)},
                       {"eligibleSoonText", money(b.eligibleWithin30DaysTotal)}};
}

void ReportsModel::buildCredits(const PracticeReport& r) {
    const std::array<std::pair<PromptState, QString>, 4> states{
        {{PromptState::CreditApplyNextVisit, tr("Apply at next visit")},
         {PromptState::CreditRefundDue, tr("Refund due")},
         {PromptState::CreditOnFile, tr("On file")},
         {PromptState::UnclaimedPropertyReview, tr("Unclaimed property review")}}};
    m_credits.clear();
    for (const auto& [state, label] : states) {
        const auto it = r.credits.find(state);
        const CreditTotals t = it == r.credits.end() ? CreditTotals{} : it->second;
        m_credits.append(QVariantMap{{"label", label},
                                     {"accounts", static_cast<int>(t.accounts)},
                                     {"amount", dollars(t.credit)},
                                     {"amountText", money(t.credit)}});
    }
    const RefundsDueSoon& due = r.refundsSoon;
    m_refunds = {{"overdue", static_cast<int>(due.overdue)},
                 {"overdueText", money(due.overdueTotal)},
                 {"soon", static_cast<int>(due.within30Days)},
                 {"soonText", money(due.within30DaysTotal)}};
}

void ReportsModel::buildStaff(const PracticeReport& r) {
    const std::array<QString, kOutcomes.size()> labels{tr("Shown"),
                                                       tr("Will pay at the desk"),
                                                       tr("Paid"),
                                                       tr("Promised"),
                                                       tr("Disputed"),
                                                       tr("Declined"),
                                                       tr("Not appropriate"),
                                                       tr("Apply credit"),
                                                       tr("Refund requested")};
    // only the outcomes someone recorded, in the order above
    std::array<bool, kOutcomes.size()> used{};
    std::map<std::string, std::array<int, kOutcomes.size()>> counts;
    for (const auto& [key, n] : r.remindersByStaff)
        for (std::size_t i = 0; i < kOutcomes.size(); ++i)
            if (kOutcomes[i] == key.second) {
                counts[key.first][i] += static_cast<int>(n);
                used[i] = true;
            }
    m_outcomes.clear();
    for (std::size_t i = 0; i < kOutcomes.size(); ++i)
        if (used[i]) m_outcomes.append(labels[i]);
    m_staff.clear();
    for (const auto& [staff, byOutcome] : counts) {
        QVariantList row;
        int total = 0;
        for (std::size_t i = 0; i < kOutcomes.size(); ++i) {
            if (!used[i]) continue;
            row.append(byOutcome[i]);
            total += byOutcome[i];
        }
        m_staff.append(QVariantMap{{"staff", toQString(staff)}, {"counts", row}, {"total", total}});
    }
}

QVariantMap ReportsModel::texts() const {
    const QString smallMax = m_report ? money(m_report->openBalances.smallMax) : QString();
    QVariantMap texts = notes();
    texts.insert(QVariantMap{
        {"title", tr("Reminders and small balances")},
        {"recoveredTitle", tr("Recovered by reminders (paid within 30 days, by channel)")},
        {"writeoffTitle", tr("Written off and recovered after write-off")},
        {"statementsTitle", tr("Statements mailed and avoided, by month")},
        {"balancesTitle", tr("Open patient balances by age (accounts)")},
        {"creditsTitle", tr("Credits owed to patients")},
        {"staffTitle", tr("Reminders by staff member and outcome")},
        {"month", tr("Month")},
        {"kiosk", tr("Kiosk")},
        {"desk", tr("Desk")},
        {"phone", tr("Phone")},
        {"paid", tr("Paid")},
        {"reminded", tr("Patients reminded")},
        {"payers", tr("Who paid")},
        {"writtenOff", tr("Written off")},
        {"recovered", tr("Recovered")},
        {"net", tr("Net")},
        {"statements", tr("Statements")},
        {"mailed", tr("Mailed")},
        {"notMailedSmall", tr("Not mailed: small")},
        {"notMailedWrittenOff", tr("Not mailed: written off")},
        {"saved", tr("Saved")},
        {"savedSoFar", tr("Saved so far")},
        {"count", tr("Count")},
        {"owed", tr("Owed")},
        {"age", tr("Oldest charge")},
        {"small", tr("Small (up to %1)").arg(smallMax)},
        {"larger", tr("Larger")},
        {"accounts", tr("Accounts")},
        {"state", tr("State")},
        {"amount", tr("Amount")},
        {"staff", tr("Staff")},
        {"total", tr("Total")}});
    return texts;
}

QVariantMap ReportsModel::notes() const {
    if (!m_report) return {};
    const PracticeReport& r = *m_report;
    const StatementRun& st = r.statements;
    const OpenBalances& b = r.openBalances;
    const RefundsDueSoon& due = r.refundsSoon;
    return {{"recoveredNote", tr("%1 of %2 patients reminded paid within 30 days (%3%), %4 in all.")
                                  .arg(r.remindedPatientsWhoPaid)
                                  .arg(r.remindedPatients)
                                  .arg(m_totals.value("sharePaid").toInt())
                                  .arg(money(r.paidWithin30Days))},
            {"statementsNote",
             (r.statementRuns.runs == 0
                  ? tr("No statement run was recorded in this period ('frontdesk statements "
                       "--record' records each mailing).")
                  : tr("Statement runs recorded: %1; not mailing %2 small or written-off "
                       "balances saved %3.")
                        .arg(r.statementRuns.runs)
                        .arg(r.statementRuns.suppressedSmall + r.statementRuns.suppressedWrittenOff)
                        .arg(money(r.statementRuns.costSaved))) +
                 QLatin1Char(' ') +
                 tr("A run on %1 would mail %2 statements (balances above %3) and hold back %4, "
                    "saving %5.")
                     .arg(toQString(st.asOf.iso()))
                     .arg(st.statementCount)
                     .arg(money(st.threshold))
                     .arg(st.suppressedSmall + st.suppressedWrittenOff)
                     .arg(money(st.costSaved))},
            {"balancesNote", tr("Eligible for write-off today: %1 accounts, %2. Becoming eligible "
                                "within 30 days if nothing changes: %3 accounts, %4.")
                                 .arg(b.eligibleNow)
                                 .arg(money(b.eligibleNowTotal))
                                 .arg(b.eligibleWithin30Days)
                                 .arg(money(b.eligibleWithin30DaysTotal))},
            {"creditsNote", tr("Refunds overdue: %1 (%2). Refunds due within 30 days: %3 (%4).")
                                .arg(due.overdue)
                                .arg(money(due.overdueTotal))
                                .arg(due.within30Days)
                                .arg(money(due.within30DaysTotal))},
            {"refundsOverdue", due.overdue > 0}};
}

// The clinic data is not asked while a report is being read: the policy shown last stays.
QVariantMap ReportsModel::policy() const {
    if (m_worker) return m_policyShown;
    auto p = m_backend.clinic().policy();
    if (!p) return {};
    m_policyShown = {{"smallMax", toQString(formatMoneyPlain(p->smallBalanceMax))},
                     {"writeoffMax", toQString(formatMoneyPlain(p->writeoffMax))},
                     {"minAgeDays", p->writeoffMinAgeDays},
                     {"minReminders", p->writeoffMinReminders}};
    return m_policyShown;
}

void ReportsModel::tryPolicy(const QString& smallMax, const QString& writeoffMax, int minAgeDays,
                             int minReminders) {
    if (busy()) return;
    auto current = m_backend.clinic().policy();
    if (!current) {
        m_whatIfError = toQString(current.error().message);
        emit whatIfChanged();
        return;
    }
    const std::vector<std::string> settings{
        "small_balance.max=" + smallMax.toStdString(), "writeoff.max=" + writeoffMax.toStdString(),
        "writeoff.min_age_days=" + std::to_string(minAgeDays),
        "writeoff.min_reminders=" + std::to_string(minReminders)};
    auto candidate = policyWith(*current, settings);
    if (!candidate) {
        m_candidate.reset();  // Save must not write an earlier candidate
        m_whatIfError = toQString(candidate.error().message);
        emit whatIfChanged();
        return;
    }
    auto compared = m_backend.clinic().whatIf(*candidate);
    if (!compared) {
        m_candidate.reset();
        m_whatIfError = toQString(compared.error().message);
        emit whatIfChanged();
        return;
    }
    m_candidate = *candidate;
    setWhatIf(*compared);
}

void ReportsModel::setWhatIf(const PolicyComparison& c) {
    const auto row = [](const QString& label, const QString& now, const QString& then) {
        return QVariantMap{
            {"label", label}, {"current", now}, {"candidate", then}, {"changed", now != then}};
    };
    const auto count = [](std::size_t n) { return QString::number(n); };
    const PolicyEffect& a = c.current;
    const PolicyEffect& b = c.candidate;
    m_whatIf = {
        row(tr("Accounts eligible for write-off"), count(a.writeoffAccounts),
            count(b.writeoffAccounts)),
        row(tr("Amount eligible for write-off"), money(a.writeoffTotal), money(b.writeoffTotal)),
        row(tr("Statements to send"), count(a.statements.statementCount),
            count(b.statements.statementCount)),
        row(tr("Their cost"), money(a.statementCost), money(b.statementCost)),
        row(tr("Statements suppressed (small balance)"), count(a.statements.suppressedSmall),
            count(b.statements.suppressedSmall)),
        row(tr("Patients staff are prompted about"), count(a.promptedPatients),
            count(b.promptedPatients)),
        row(tr("Credit accounts changing state"), count(0), count(c.creditsChangingState))};
    m_whatIfError.clear();
    emit whatIfChanged();
}

QString ReportsModel::savePolicy() {
    if (!m_candidate) {
        m_whatIfError = tr("Try a policy first.");
        emit whatIfChanged();
        return {};
    }
    const QDir folder(m_options.policyFolder);
    const QString day = toQString(m_backend.asOf().iso());
    for (int n = 1; n < 100; ++n) {
        const QString name = n == 1 ? QStringLiteral("policy-proposed-%1.toml").arg(day)
                                    : QStringLiteral("policy-proposed-%1-%2.toml").arg(day).arg(n);
        QFile file(folder.filePath(name));
        if (file.exists()) continue;
        // NewOnly: never over a file that appeared meanwhile, least of all the running policy
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (file.exists()) continue;
            m_whatIfError =
                tr("%1 could not be written: %2").arg(file.fileName(), file.errorString());
            emit whatIfChanged();
            return {};
        }
        const std::string text = policyToml(*m_candidate);
        const bool written = file.write(text.data(), static_cast<qint64>(text.size())) ==
                                 static_cast<qint64>(text.size()) &&
                             file.flush();
        if (!written) {
            m_whatIfError =
                tr("%1 could not be written: %2").arg(file.fileName(), file.errorString());
            file.remove();
            emit whatIfChanged();
            return {};
        }
        return file.fileName();
    }
    m_whatIfError = tr("Too many proposed policy files for today in %1.").arg(folder.path());
    emit whatIfChanged();
    return {};
}

QString ReportsModel::documentsFolder() {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists()) folder = QDir::homePath();
    return folder;
}

QString ReportsModel::defaultPdfPath() const {
    return QDir(documentsFolder())
        .filePath(QStringLiteral("frontdesk-report-%1-%2.pdf").arg(from(), to()));
}

QString ReportsModel::exportPdf(const QString& path) {
    if (!m_report) return tr("Open a report first.");
    return writeReportPdf(*this, path);
}

}  // namespace frontdesk::desk
