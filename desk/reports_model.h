#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>
#include <QThread>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

#include "frontdesk/runs/policy_whatif.h"
#include "frontdesk/runs/report.h"
#include "prompt_backend.h"

namespace frontdesk::desk {

// The manager's view as QML (ReportsView.qml) and the PDF export see it (docs/manager.md): the
// practice report of a period (runs/report.h, the figures of `frontdesk report --json`) in
// lists ready for charts and tables, and the what-if of a candidate policy (PolicyWhatIf).
// Amounts come twice: as text (formatMoney, for tables and labels) and as dollars in a double
// (only to size a bar; nothing is computed from it). Every label is in the desk's language.
class ReportsModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the reports model")

    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    // A report is being read on another thread (startLoading): the view shows that it is, and
    // the what-if waits.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString from READ from NOTIFY changed)
    Q_PROPERTY(QString to READ to NOTIFY changed)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // Chart 1 and 2, by month: label, kiosk, desk, phone (dollars), paid, paidText, reminded,
    // payers, writtenOff, recovered, net (dollars) and their texts.
    Q_PROPERTY(QVariantList months READ months NOTIFY changed)
    Q_PROPERTY(QVariantMap totals READ totals NOTIFY changed)
    // Chart 3: the statement run as of the period's last day.
    Q_PROPERTY(QVariantList statements READ statements NOTIFY changed)
    Q_PROPERTY(QVariantMap statementTotals READ statementTotals NOTIFY changed)
    // Chart 4: label, small, larger (dollars), smallText, largerText, smallAccounts, ...
    Q_PROPERTY(QVariantList balances READ balances NOTIFY changed)
    Q_PROPERTY(QVariantMap balanceTotals READ balanceTotals NOTIFY changed)
    // Chart 5: label, accounts, amount (dollars), amountText; and the refunds' deadlines.
    Q_PROPERTY(QVariantList credits READ credits NOTIFY changed)
    Q_PROPERTY(QVariantMap refunds READ refunds NOTIFY changed)
    // Chart 6: staff, counts (by outcome, in `outcomes` order), total.
    Q_PROPERTY(QVariantList staff READ staff NOTIFY changed)
    Q_PROPERTY(QStringList outcomes READ outcomes NOTIFY changed)
    // The policy in force: smallMax, writeoffMax (dollars), minAgeDays, minReminders.
    Q_PROPERTY(QVariantMap policy READ policy NOTIFY changed)
    // The last tryPolicy: rows of {label, current, candidate, changed}, and the candidate.
    Q_PROPERTY(QVariantList whatIf READ whatIf NOTIFY whatIfChanged)
    Q_PROPERTY(QString whatIfError READ whatIfError NOTIFY whatIfChanged)
    Q_PROPERTY(int loadMs READ loadMs NOTIFY changed)
    // The charts' titles and series names in the desk's language, for the view and the PDF:
    // recoveredTitle, writeoffTitle, statementsTitle, balancesTitle, creditsTitle, staffTitle,
    // kiosk, desk, phone, writtenOff, recovered, net, small, larger, month, ...
    Q_PROPERTY(QVariantMap texts READ texts NOTIFY changed)

public:
    struct Options {
        // Where "Save as a new policy file" writes (beside the running policy.toml), never
        // over an existing file.
        QString policyFolder;
    };
    ReportsModel(ui::PromptBackend& backend, Options options, QObject* parent = nullptr);
    // Waits for a report being read.
    ~ReportsModel() override;
    ReportsModel(const ReportsModel&) = delete;
    ReportsModel& operator=(const ReportsModel&) = delete;

    bool available() const;
    bool loaded() const { return m_report.has_value(); }
    bool loading() const { return m_worker != nullptr; }
    QString from() const;
    QString to() const;
    QString periodLabel() const;
    QString clinicName() const;
    QString errorText() const { return m_errorText; }
    QVariantList months() const { return m_months; }
    QVariantMap totals() const { return m_totals; }
    QVariantList statements() const { return m_statements; }
    QVariantMap statementTotals() const { return m_statementTotals; }
    QVariantList balances() const { return m_balances; }
    QVariantMap balanceTotals() const { return m_balanceTotals; }
    QVariantList credits() const { return m_credits; }
    QVariantMap refunds() const { return m_refunds; }
    QVariantList staff() const { return m_staff; }
    QStringList outcomes() const { return m_outcomes; }
    QVariantMap policy() const;
    QVariantList whatIf() const { return m_whatIf; }
    QString whatIfError() const { return m_whatIfError; }
    int loadMs() const { return m_loadMs; }
    QVariantMap texts() const;
    QString text(const char* key) const { return texts().value(QLatin1String(key)).toString(); }
    const PracticeReport* report() const { return m_report ? &*m_report : nullptr; }

    // The 12 calendar months up to today (the first of the month 11 months back to today).
    Q_INVOKABLE bool loadLastTwelveMonths() { return load({}, {}); }
    // A period, both days YYYY-MM-DD, ending on or before today (an empty `from`: the first of
    // the month 11 months before `to`; an empty `to`: today): false (errorText) when wrong,
    // and the report on screen stays.
    Q_INVOKABLE bool load(const QString& from, const QString& to);
    // The same, read on another thread, so that the window stays alive meanwhile (a large
    // clinic's report takes a second or two, one through the clinic server up to its timeout):
    // false (errorText) for a wrong period's text or while a report is being read; else true,
    // and `loading` until the report is on screen (changed) or its error is (errorText).
    Q_INVOKABLE bool startLoading(const QString& from, const QString& to);
    // The what-if of the policy in force with these four values changed (dollars, days,
    // reminders), by policy.toml's rules (a write-off maximum above the small-balance maximum
    // is refused, whatIfError says so).
    Q_INVOKABLE void tryPolicy(const QString& smallMax, const QString& writeoffMax, int minAgeDays,
                               int minReminders);
    // Writes the last candidate tried to a new file in the policy folder
    // (policy-proposed-YYYY-MM-DD.toml, -2, -3...): its path, or "" and whatIfError.
    Q_INVOKABLE QString savePolicy();
    // Where Export PDF writes by default: the user's documents folder (else home),
    // frontdesk-report-FROM-TO.pdf.
    Q_INVOKABLE QString defaultPdfPath() const;
    // The user's documents folder, else home.
    static QString documentsFolder();
    // Why the last load() failed (BadInput: the period), nullopt when it did not.
    std::optional<ErrorCode> loadFailure() const { return m_loadFailure; }
    // Writes the report as a PDF (report_pdf.h): "" when written, else what was wrong.
    Q_INVOKABLE QString exportPdf(const QString& path);

signals:
    void changed();
    void errorTextChanged();
    void whatIfChanged();
    void loadingChanged();

private:
    void rebuild();             // the lists from m_report, in the current language
    QVariantMap notes() const;  // the line under each chart
    void buildActivity(const PracticeReport& r);
    void buildStatements(const PracticeReport& r);
    void buildBalances(const PracticeReport& r);
    void buildCredits(const PracticeReport& r);
    void buildStaff(const PracticeReport& r);
    void setError(const QString& text);
    // The period of load()'s arguments; nullopt (errorText) when they are not days, or while a
    // report is being read.
    std::optional<std::pair<Date, Date>> period(const QString& from, const QString& to);
    // Shows a report read (or why it was not) in `ms` milliseconds; false for an error.
    bool show(Result<PracticeReport> report, int ms);
    // Refuses what asks the clinic's manager data while a report is being read (whatIfError).
    bool busy();
    QString busyText() const;
    void setWhatIf(const PolicyComparison& c);

    ui::PromptBackend& m_backend;
    Options m_options;
    std::optional<PracticeReport> m_report;
    std::optional<ErrorCode> m_loadFailure;  // of the last load()
    std::optional<Policy> m_candidate;
    QString m_errorText;
    QVariantList m_months, m_statements, m_balances, m_credits, m_staff, m_whatIf;
    QVariantMap m_totals, m_statementTotals, m_balanceTotals, m_refunds;
    QStringList m_outcomes;
    QString m_whatIfError;
    int m_loadMs = 0;
    QThread* m_worker = nullptr;        // reading a report (startLoading), owned
    mutable QVariantMap m_policyShown;  // policy()'s last answer
};

}  // namespace frontdesk::desk
