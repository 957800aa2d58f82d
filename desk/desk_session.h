#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

#include "frontdesk/config/config.h"
#include "frontdesk/store/booking.h"
#include "patient_list_model.h"
#include "prompt_backend.h"
#include "worklist_model.h"

namespace frontdesk::desk {

// The desk and phone panel as QML sees it: the day's worklist, the search, the selected
// patient (shown by the BalancePrompt component), bookings and incoming calls. Everything that
// decides comes from the core through the PromptBackend's clinic (the database here, or the
// clinic server); this class only keeps the lists current (a change elsewhere reloads them
// within a second).
class DeskSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the desk session")

    Q_PROPERTY(frontdesk::ui::PromptBackend* backend READ backend CONSTANT)
    Q_PROPERTY(QString clinicName READ clinicName CONSTANT)
    Q_PROPERTY(QString staffId READ staffId CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(QString day READ day NOTIFY dayChanged)
    Q_PROPERTY(QString dayLabel READ dayLabel NOTIFY dayChanged)
    Q_PROPERTY(bool isToday READ isToday NOTIFY dayChanged)
    Q_PROPERTY(bool flaggedOnly READ flaggedOnly WRITE setFlaggedOnly NOTIFY flaggedOnlyChanged)
    Q_PROPERTY(frontdesk::desk::WorklistModel* worklist READ worklist CONSTANT)
    Q_PROPERTY(frontdesk::desk::PatientListModel* results READ results CONSTANT)
    Q_PROPERTY(bool resultsTruncated READ resultsTruncated NOTIFY resultsChanged)
    Q_PROPERTY(QString searchText READ searchText NOTIFY resultsChanged)
    Q_PROPERTY(QString selectedMrn READ selectedMrn NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY selectionChanged)
    Q_PROPERTY(bool phoneAudience READ phoneAudience NOTIFY selectionChanged)
    Q_PROPERTY(frontdesk::desk::PatientListModel* callers READ callers CONSTANT)
    Q_PROPERTY(bool callActive READ callActive NOTIFY callChanged)
    Q_PROPERTY(QString callNumber READ callNumber NOTIFY callChanged)
    Q_PROPERTY(int callPort READ callPort NOTIFY callPortChanged)
    Q_PROPERTY(QStringList providers READ providers NOTIFY worklistReloaded)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    struct Options {
        std::optional<Date> day;  // the worklist's first day; else the as-of date
        int changePollMs = 1000;
    };

    DeskSession(ui::PromptBackend& backend, Options options, QObject* parent = nullptr);
    ~DeskSession() override;

    ui::PromptBackend* backend() const { return &m_backend; }
    QString clinicName() const;
    QString staffId() const;
    QString language() const;
    void setLanguage(const QString& language);
    QStringList languages() const { return {"en", "es", "ro"}; }
    QString day() const { return QString::fromStdString(m_day.iso()); }
    QString dayLabel() const;
    bool isToday() const;
    bool flaggedOnly() const { return m_flaggedOnly; }
    void setFlaggedOnly(bool on);
    WorklistModel* worklist() { return &m_worklist; }
    PatientListModel* results() { return &m_results; }
    bool resultsTruncated() const { return m_truncated; }
    QString searchText() const { return m_searchText; }
    QString selectedMrn() const { return m_selectedMrn; }
    QString selectedName() const { return m_selectedName; }
    bool phoneAudience() const { return m_phoneAudience; }
    PatientListModel* callers() { return &m_callers; }
    bool callActive() const { return m_callActive; }
    QString callNumber() const { return m_callNumber; }
    int callPort() const { return m_callPort; }
    void setCallPort(int port);
    QStringList providers() const;
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE void previousDay();
    Q_INVOKABLE void nextDay();
    Q_INVOKABLE void goToToday();
    Q_INVOKABLE bool goToDay(const QString& isoDate);
    Q_INVOKABLE void search(const QString& text);
    // Shows the patient's prompt, phrased for the desk or (a call) for the phone.
    Q_INVOKABLE void select(const QString& mrn, bool phone = false);
    Q_INVOKABLE void clearSelection();
    // Books an appointment: "" when stored (the patient is then selected with the desk
    // prompt, as a scheduler sees it when booking), else what was wrong, and nothing stored.
    // The rules are the core's (appointment_rules.h), as for the CSV import. An appointment
    // that overlaps the provider's or the patient's is stored only with `bookAnyway`; without
    // it the overlaps are returned, as bookingOverlaps words them.
    Q_INVOKABLE QString book(const QString& mrn, const QString& isoDate, const QString& time,
                             int durationMin, const QString& provider, const QString& location,
                             bool bookAnyway = false);
    // The appointments the booking would overlap, one sentence each ("Dr. Lee already has an
    // appointment 08:00–08:30"; another patient is never named); empty when none, or when
    // the values are wrong (book says what is wrong).
    Q_INVOKABLE QStringList bookingOverlaps(const QString& mrn, const QString& isoDate,
                                            const QString& time, int durationMin,
                                            const QString& provider);
    Q_INVOKABLE void dismissCall();
    // Re-reads the worklist (and the search) now, as a new lookup (audited). After another
    // connection's commit, or an outcome recorded here, the lists are refreshed without a new
    // audit row: the same staff member already has them on screen.
    Q_INVOKABLE void reload();

    // An incoming call (the call webhook): the patients with the number, with phone prompts.
    Result<int> incomingCall(const std::string& from);

signals:
    void languageChanged();
    void dayChanged();
    void flaggedOnlyChanged();
    void resultsChanged();
    void selectionChanged();
    void callChanged();
    void callPortChanged();
    void worklistReloaded();
    void errorTextChanged();
    // A call rang: the window should come forward.
    void callArrived();
    // The data changed (another connection, an outcome): an open prompt should be read again
    // (PromptCard::reread, not audited again).
    void dataChanged();

private:
    void setDay(Date day);
    // False (errorText set, the list unchanged) when the day could not be read.
    bool loadWorklist(ClinicData::Read read = ClinicData::Read::Lookup);
    void runSearch(ClinicData::Read read = ClinicData::Read::Lookup);
    // Reads the lists again after a change elsewhere, without auditing them again.
    void refreshAfterChange();
    void pollChanges();
    void setError(const std::string& message);
    // The booking form's values as the core's request, with a new id.
    static BookingRequest bookingRequest(const QString& mrn, const QString& isoDate,
                                         const QString& time, int durationMin,
                                         const QString& provider, const QString& location,
                                         bool bookAnyway);
    QString problemText(const AppointmentProblem& problem, int durationMin) const;
    QStringList problemTexts(const BookingResult& result, int durationMin) const;
    static QString overlapText(const AppointmentOverlap& overlap);
    Language lang() const;

    ui::PromptBackend& m_backend;
    Date m_day;
    bool m_flaggedOnly = false;
    WorklistModel m_worklist;
    PatientListModel m_results;
    PatientListModel m_callers;
    bool m_truncated = false;
    QString m_searchText;
    QString m_selectedMrn, m_selectedName;
    bool m_phoneAudience = false;
    bool m_callActive = false;
    QString m_callNumber;
    int m_callPort = 0;
    QString m_errorText;
    QStringList m_providers;  // of the day's appointments, for the booking form
    QTimer m_poll;
};

}  // namespace frontdesk::desk
