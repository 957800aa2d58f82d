#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantList>

#include <memory>
#include <optional>

#include "kiosk_backend.h"

namespace frontdesk::kiosk {

// The check-in flow of one kiosk, as QML sees it: which screen is up and what it shows.
// Everything that decides comes from KioskFlow, in this process or on the clinic server
// (KioskBackend); this class only sequences the screens, counts time, and forgets the patient
// whenever it returns to Welcome.
class KioskSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the kiosk session")

    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)
    Q_PROPERTY(QString clinicName READ clinicName CONSTANT)
    Q_PROPERTY(QUrl logo READ logo CONSTANT)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(QString birthDateOrder READ birthDateOrder NOTIFY languageChanged)
    Q_PROPERTY(QString firstName READ firstName NOTIFY patientChanged)
    Q_PROPERTY(QVariantList appointments READ appointments NOTIFY patientChanged)
    Q_PROPERTY(QString appointmentTime READ appointmentTime NOTIFY patientChanged)
    Q_PROPERTY(QString provider READ provider NOTIFY patientChanged)
    Q_PROPERTY(BalanceKind balanceKind READ balanceKind NOTIFY patientChanged)
    Q_PROPERTY(QString balanceMessage READ balanceMessage NOTIFY patientChanged)
    Q_PROPERTY(QString amount READ amount NOTIFY patientChanged)
    // The answers the patient may give on the balance step, in the order to show them
    // (the core's kiosk choices): "will_pay_at_desk", "declined", "apply_credit",
    // "refund_requested", "shown". A screen labels "shown" as "OK" for BalanceKind Due and
    // CreditAtDesk, "Decide later" for Credit.
    Q_PROPERTY(QStringList answers READ answers NOTIFY patientChanged)
    // What the patient typed before a failed try, kept for Try again; cleared on Welcome.
    Q_PROPERTY(QString typedFamilyName READ typedFamilyName NOTIFY patientChanged)
    Q_PROPERTY(QString typedCode READ typedCode NOTIFY patientChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(bool countingDown READ countingDown NOTIFY secondsLeftChanged)
    Q_PROPERTY(int failedTries READ failedTries NOTIFY failedTriesChanged)

public:
    enum class Screen {
        Welcome,
        Identify,
        AskInitial,
        ChooseAppointment,
        Appointment,
        Balance,
        Done,
        NotFound,
        LockedOut,
        Unavailable,
        AlreadyCheckedIn,  // identified again the same day: "You're already checked in"
    };
    Q_ENUM(Screen)
    // Credit: the patient decides (apply, refund, later); CreditAtDesk: staff handle it
    // (unclaimed-property review), the patient only acknowledges.
    enum class BalanceKind { None, Small, Due, Credit, CreditAtDesk };
    Q_ENUM(BalanceKind)

    static constexpr int kRetryUnavailableS = 10;

    explicit KioskSession(KioskOptions options, QObject* parent = nullptr);
    ~KioskSession() override;

    Screen screen() const { return m_screen; }
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    bool largeText() const { return m_largeText; }
    void setLargeText(bool on);
    QString clinicName() const;
    QUrl logo() const;
    QStringList languages() const;
    // "MDY" for English (US dates), "DMY" for Spanish and Romanian.
    QString birthDateOrder() const;
    QString firstName() const { return m_firstName; }
    QVariantList appointments() const { return m_appointmentList; }
    QString appointmentTime() const { return m_appointmentTime; }
    QString provider() const { return m_provider; }
    BalanceKind balanceKind() const { return m_balanceKind; }
    QString balanceMessage() const { return m_balanceMessage; }
    QString amount() const { return m_amount; }
    QStringList answers() const { return m_answers; }
    QString typedFamilyName() const { return m_typedFamilyName; }
    QString typedCode() const { return m_typedCode; }
    int secondsLeft() const { return m_secondsLeft; }
    bool countingDown() const;
    int failedTries() const { return m_failedTries; }

    // Welcome -> Identify (or Unavailable when the database or the server cannot be reached;
    // from there the kiosk asks again every kRetryUnavailableS and returns to Welcome).
    Q_INVOKABLE void begin();
    // Two identifiers: the family name or the appointment code, and the birth date as the 8
    // digits typed on the keypad in birthDateOrder.
    Q_INVOKABLE void identifyByName(const QString& familyName, const QString& birthDigits);
    Q_INVOKABLE void identifyByCode(const QString& code, const QString& birthDigits);
    // Twins: the first letter of the given name.
    Q_INVOKABLE void giveInitial(const QString& letter);
    // Several appointments today: the one the patient picked.
    Q_INVOKABLE void chooseAppointment(int index);
    // Marks the appointment arrived, then shows the balance step or Done.
    Q_INVOKABLE void checkIn();
    // The patient's answer on the balance step, one of answers(); anything else is ignored.
    // Recorded as the reminder outcome (channel kiosk), then Done.
    Q_INVOKABLE void answer(const QString& outcome);
    // Back to Identify after "We couldn't find your appointment".
    Q_INVOKABLE void tryAgain();
    // Back to Welcome, forgetting the patient. On the balance step the patient is already
    // checked in: records "shown" and says so (Done) before Welcome.
    Q_INVOKABLE void startOver();
    // Any touch: restarts the idle timer.
    Q_INVOKABLE void touch();
    // One second passed (a QTimer calls it; tests call it directly).
    Q_INVOKABLE void tick();
    // The 8 keypad digits as a date "YYYY-MM-DD" in birthDateOrder, or "" when not a date.
    Q_INVOKABLE QString birthDateFromDigits(const QString& digits) const;

signals:
    void screenChanged();
    void languageChanged();
    void largeTextChanged();
    void patientChanged();
    void secondsLeftChanged();
    void failedTriesChanged();

private:
    Date today() const;
    void identify(KioskIdentifyRequest request);
    void identified(Result<KioskIdentified> found);
    void showFound(KioskIdentified& found);
    // Records what the kiosk showed or the patient answered, then Done.
    void recordOutcome(ReminderOutcome outcome);
    Language coreLanguage() const;
    void setTyped(const QString& familyName, const QString& code);
    void showAppointment(std::size_t index);
    void failTry();
    void lockOut(int seconds);
    void storageFailed(const Error& error);
    void retryUnavailable();
    void goTo(Screen screen);
    void forgetPatient();
    void setSecondsLeft(int seconds);
    void setFailedTries(int tries);

    KioskOptions m_options;
    std::unique_ptr<KioskBackend> m_backend;
    Screen m_screen = Screen::Welcome;
    QString m_language;
    bool m_largeText = false;
    int m_secondsLeft = 0;
    int m_failedTries = 0;

    // The patient being checked in; all of it is cleared by forgetPatient().
    KioskIdentifyRequest m_request;  // kept to ask again with the initial (twins)
    std::string m_handle;            // the visit's, while it is open on the backend
    std::vector<KioskAppointmentView> m_toCheckIn;
    std::size_t m_chosen = 0;
    QString m_firstName;
    QVariantList m_appointmentList;
    QString m_appointmentTime;
    QString m_provider;
    BalanceKind m_balanceKind = BalanceKind::None;
    QString m_balanceMessage;
    QString m_amount;
    QStringList m_answers;
    QString m_typedFamilyName;
    QString m_typedCode;
};

}  // namespace frontdesk::kiosk
