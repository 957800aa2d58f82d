#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QString>
#include <QStringList>

#include <optional>

#include "frontdesk/domain/prompt.h"
#include "prompt_backend.h"

namespace frontdesk::ui {

// The view model of one balance prompt: give it the backend, a patient (MRN) and an audience;
// it looks the prompt up through the core (an audited lookup) and records outcomes. Money is
// formatted in the policy's currency ("$7.50"), dates for people in the backend's language
// ("Oct 12, 2026"). Every figure is empty or 0 while nothing is found.
class PromptCard : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT

    Q_PROPERTY(
        frontdesk::ui::PromptBackend* backend READ backend WRITE setBackend NOTIFY backendChanged)
    Q_PROPERTY(QString patient READ patient WRITE setPatient NOTIFY patientChanged)
    Q_PROPERTY(Audience audience READ audience WRITE setAudience NOTIFY audienceChanged)

    Q_PROPERTY(bool found READ found NOTIFY promptChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY promptChanged)
    Q_PROPERTY(QString state READ state NOTIFY promptChanged)
    Q_PROPERTY(bool hasPrompt READ hasPrompt NOTIFY promptChanged)
    Q_PROPERTY(bool isCredit READ isCredit NOTIFY promptChanged)
    Q_PROPERTY(QString amount READ amount NOTIFY promptChanged)
    Q_PROPERTY(QString balance READ balance NOTIFY promptChanged)
    Q_PROPERTY(QString familyTotal READ familyTotal NOTIFY promptChanged)
    Q_PROPERTY(QString writtenOff READ writtenOff NOTIFY promptChanged)
    Q_PROPERTY(bool hasWrittenOff READ hasWrittenOff NOTIFY promptChanged)
    Q_PROPERTY(QString insurancePending READ insurancePending NOTIFY promptChanged)
    Q_PROPERTY(bool hasInsurancePending READ hasInsurancePending NOTIFY promptChanged)
    Q_PROPERTY(int ageDays READ ageDays NOTIFY promptChanged)
    Q_PROPERTY(QString oldestOpenOn READ oldestOpenOn NOTIFY promptChanged)
    Q_PROPERTY(QString lastReminderOn READ lastReminderOn NOTIFY promptChanged)
    Q_PROPERTY(bool remindedToday READ remindedToday NOTIFY promptChanged)
    Q_PROPERTY(QString lastReminderChannel READ lastReminderChannel NOTIFY promptChanged)
    Q_PROPERTY(QString lastReminderOutcome READ lastReminderOutcome NOTIFY promptChanged)
    Q_PROPERTY(int reminders READ reminders NOTIFY promptChanged)
    Q_PROPERTY(QString script READ script NOTIFY promptChanged)
    Q_PROPERTY(bool inCooldown READ inCooldown NOTIFY promptChanged)
    Q_PROPERTY(QString cooldownUntil READ cooldownUntil NOTIFY promptChanged)
    Q_PROPERTY(QStringList answers READ answers NOTIFY promptChanged)
    Q_PROPERTY(QStringList setAside READ setAside NOTIFY promptChanged)
    Q_PROPERTY(QString refundDueBy READ refundDueBy NOTIFY promptChanged)
    Q_PROPERTY(QString nextVisit READ nextVisit NOTIFY promptChanged)
    Q_PROPERTY(bool mentionNow READ mentionNow NOTIFY promptChanged)
    Q_PROPERTY(QString lastReminderNote READ lastReminderNote NOTIFY promptChanged)
    Q_PROPERTY(QString kioskSaid READ kioskSaid NOTIFY promptChanged)
    Q_PROPERTY(bool paidAwaitingPosting READ paidAwaitingPosting NOTIFY promptChanged)
    Q_PROPERTY(QString paidOn READ paidOn NOTIFY promptChanged)
    Q_PROPERTY(bool postsPayments READ postsPayments NOTIFY backendChanged)
    Q_PROPERTY(QString suggestedPayment READ suggestedPayment NOTIFY promptChanged)
    Q_PROPERTY(bool overpaymentAsked READ overpaymentAsked NOTIFY promptChanged)

public:
    // Who the script is phrased for; recorded outcomes get the matching channel.
    enum class Audience { Desk, Phone };
    Q_ENUM(Audience)

    explicit PromptCard(QObject* parent = nullptr);

    PromptBackend* backend() const { return m_backend; }
    void setBackend(PromptBackend* backend);
    QString patient() const { return m_patient; }
    void setPatient(const QString& mrn);
    Audience audience() const { return m_audience; }
    void setAudience(Audience audience);

    bool found() const { return m_prompt.has_value(); }
    QString errorText() const { return m_errorText; }
    // DESIGN.md's state string ("small_balance", "none", ...); "" while nothing is found.
    QString state() const;
    // Found and the state is not "none".
    bool hasPrompt() const;
    // The state is one of the credit states (money owed to the patient).
    bool isCredit() const;
    // The figure the prompt is about, positive: the balance owed, the written-off amount
    // still collectable, or the credit.
    QString amount() const;
    QString balance() const;  // the patient balance, signed ("-$3.00" for a credit)
    QString familyTotal() const;
    QString writtenOff() const;
    bool hasWrittenOff() const;
    QString insurancePending() const;
    bool hasInsurancePending() const;
    int ageDays() const { return m_prompt ? m_prompt->ageDays : 0; }
    QString oldestOpenOn() const;
    QString lastReminderOn() const;
    bool remindedToday() const;
    QString lastReminderChannel() const;  // "kiosk", "desk", "phone"; "" when never reminded
    QString lastReminderOutcome() const;  // an outcome string; "" when never reminded
    int reminders() const { return m_prompt ? m_prompt->reminders : 0; }
    QString script() const;
    bool inCooldown() const { return m_prompt && m_prompt->suppressedUntil.has_value(); }
    // The first day the balance is to be mentioned again.
    QString cooldownUntil() const;
    QStringList answers() const { return m_answers; }
    QStringList setAside() const { return m_setAside; }
    QString refundDueBy() const;
    QString nextVisit() const;
    // Staff should bring it up now (frontdesk::staffShouldMention): the outcome buttons show.
    bool mentionNow() const { return m_prompt && staffShouldMention(*m_prompt); }
    // The note typed with the latest reminder; "" when none.
    QString lastReminderNote() const;
    // What the patient said at the kiosk today that the desk is to act on (an outcome string,
    // e.g. "will_pay_at_desk"); "" when nothing.
    QString kioskSaid() const;
    // Paid (recorded here or by the EHR's card) and waiting for the EHR to post the payment.
    bool paidAwaitingPosting() const { return m_prompt && m_prompt->paidAwaitingPosting; }
    QString paidOn() const;
    // True when payments taken at the desk are posted here (frontdesk::deskPostsPayments):
    // recording "paid" then needs the amount (recordPayment).
    bool postsPayments() const;
    // The amount to prefill when recording a payment, as "9.27": the balance and what was
    // written off and is still collectable (a payment reverses the write-off first).
    QString suggestedPayment() const;
    // The last recordPayment was refused only because it is more than is owed.
    bool overpaymentAsked() const { return m_overpaymentAsked; }

    // Records the outcome (one of answers or setAside) for the patient with the backend's
    // staff id, as-of date and the audience's channel, then reloads the prompt (now in its
    // cooldown) and emits backend->outcomeRecorded. Returns false with errorText set, and
    // writes nothing, for an outcome this prompt does not offer or when nothing is found;
    // false with the store's message when the database refuses.
    Q_INVOKABLE bool record(const QString& outcome, const QString& note = QString());
    // Records "paid" with the amount taken ("9.27", "$9.27", or "9,27" as typed in Spanish and
    // Romanian). More than is owed is refused unless `overpayment` confirms it. Posted as a patient
    // payment in the same transaction (reversing a write-off first), when postsPayments. Returns
    // false with errorText naming what was wrong ("'9,2O' is not money"), writing nothing.
    Q_INVOKABLE bool recordPayment(const QString& amount, const QString& note = QString(),
                                   bool overpayment = false);
    // Looks the prompt up again (an audited lookup).
    Q_INVOKABLE void refresh();
    // Reads the prompt again without a new audit row: for a host refreshing the prompt already
    // on screen because the data changed elsewhere (another desk, the kiosk).
    Q_INVOKABLE void reread();

    // While QML creates the card, its properties are gathered and looked up once at the end.
    void classBegin() override { m_complete = false; }
    void componentComplete() override;

signals:
    void backendChanged();
    void patientChanged();
    void audienceChanged();
    void promptChanged();

private:
    void load(BalanceLookup::Read read);
    bool refuse(const QString& why);
    bool store(const ReminderInput& reminder);
    void clear(QString errorText);
    void followBackend();
    QString date(const std::optional<Date>& day) const;
    QString money(Cents amount) const;
    Cents collectable() const;  // with a prompt loaded

    QPointer<PromptBackend> m_backend;
    QString m_patient;
    Audience m_audience = Audience::Desk;
    std::optional<Prompt> m_prompt;
    QString m_errorText;
    QStringList m_answers;
    QStringList m_setAside;
    bool m_recording = false;
    bool m_overpaymentAsked = false;
    bool m_complete = true;
};

}  // namespace frontdesk::ui
