#include "prompt_card.h"

#include <QQmlEngine>
#include <QRegularExpression>

#include "frontdesk/app/qt_text.h"
#include "frontdesk/domain/money.h"
#include "frontdesk/domain/outcome_choices.h"
#include "frontdesk/domain/script.h"

namespace frontdesk::ui {
namespace {

using app::toQString;

QStringList outcomeStrings(const std::vector<ReminderOutcome>& outcomes) {
    QStringList list;
    for (const ReminderOutcome o : outcomes) list.append(toQString(toString(o)));
    return list;
}

Channel channelOf(PromptCard::Audience audience) {
    return audience == PromptCard::Audience::Phone ? Channel::Phone : Channel::Desk;
}

}  // namespace

PromptCard::PromptCard(QObject* parent) : QObject(parent) {}

void PromptCard::setBackend(PromptBackend* backend) {
    if (backend == m_backend) return;
    if (m_backend) disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    followBackend();
    emit backendChanged();
    refresh();
}

void PromptCard::followBackend() {
    if (!m_backend) return;
    m_backend->followLanguageIn(qmlEngine(this));
    // the same prompt in other words: not a new lookup
    connect(m_backend, &PromptBackend::languageChanged, this, &PromptCard::reread);
    connect(m_backend, &PromptBackend::staffIdChanged, this, &PromptCard::refresh);
    // Another prompt of the same patient recorded an outcome: show its cooldown here too.
    connect(m_backend, &PromptBackend::outcomeRecorded, this, [this](const QString& mrn) {
        if (!m_recording && mrn == m_patient) reread();
    });
}

void PromptCard::setPatient(const QString& mrn) {
    const QString trimmed = mrn.trimmed();
    if (trimmed == m_patient) return;
    m_patient = trimmed;
    emit patientChanged();
    refresh();
}

void PromptCard::setAudience(Audience audience) {
    if (audience == m_audience) return;
    m_audience = audience;
    emit audienceChanged();
    refresh();
}

void PromptCard::clear(QString errorText) {
    m_prompt.reset();
    m_answers.clear();
    m_setAside.clear();
    m_errorText = std::move(errorText);
    emit promptChanged();
}

void PromptCard::componentComplete() {
    m_complete = true;
    refresh();
}

void PromptCard::refresh() {
    load(BalanceLookup::Read::Lookup);
}

void PromptCard::reread() {
    load(BalanceLookup::Read::Refresh);
}

void PromptCard::load(BalanceLookup::Read read) {
    if (!m_complete) return;
    if (!m_backend || m_patient.isEmpty()) return clear({});
    if (auto* engine = qmlEngine(this)) m_backend->followLanguageIn(engine);
    auto prompt = m_backend->clinic().prompt(m_patient.toStdString(), channelOf(m_audience),
                                             m_backend->coreLanguage(),
                                             m_backend->staffId().toStdString(), read);
    if (!prompt) {
        if (prompt.error().code == ErrorCode::NotFound)
            return clear(tr("No patient with MRN %1.").arg(m_patient));
        return clear(tr("The clinic's records could not be read: %1")
                         .arg(QString::fromStdString(prompt.error().message)));
    }
    const OutcomeChoices choices = outcomeChoicesFor(prompt->state);
    m_answers = outcomeStrings(choices.answers);
    m_setAside = outcomeStrings(choices.setAside);
    m_prompt = std::move(*prompt);
    m_errorText.clear();
    m_overpaymentAsked = false;
    emit promptChanged();
}

bool PromptCard::refuse(const QString& why) {
    m_overpaymentAsked = false;
    m_errorText = why;
    emit promptChanged();
    return false;
}

bool PromptCard::record(const QString& outcome, const QString& note) {
    if (!m_prompt || !m_backend) return refuse(tr("There is no patient to record an outcome for."));
    const auto parsed = parseReminderOutcome(outcome.toStdString());
    if (!parsed || !(m_answers.contains(outcome) || m_setAside.contains(outcome)))
        return refuse(tr("\"%1\" is not an outcome of this prompt.").arg(outcome));
    if (*parsed == ReminderOutcome::Paid && postsPayments())
        return refuse(tr("Enter the amount the patient paid."));
    return store({m_patient.toStdString(),
                  m_backend->asOf(),
                  channelOf(m_audience),
                  *parsed,
                  m_backend->staffId().toStdString(),
                  note.trimmed().toStdString(),
                  {}});
}

bool PromptCard::recordPayment(const QString& amount, const QString& note, bool overpayment) {
    if (!m_prompt || !m_backend) return refuse(tr("There is no patient to record an outcome for."));
    if (!m_answers.contains(QStringLiteral("paid")))
        return refuse(tr("\"%1\" is not an outcome of this prompt.").arg("paid"));
    if (!postsPayments())
        return refuse(
            tr("Payments are posted by the EHR; record \"Patient paid\" without an "
               "amount."));
    QString typed = amount.trimmed();
    // a decimal comma ("9,27"), as Spanish and Romanian write it, when no point is typed
    static const QRegularExpression kDecimalComma(QStringLiteral("^[^.,]*,\\d{1,2}$"));
    if (kDecimalComma.match(typed).hasMatch()) typed.replace(QLatin1Char(','), QLatin1Char('.'));
    const auto paid = parseMoney(typed.toStdString());
    if (!paid) return refuse(tr("\"%1\" is not an amount of money.").arg(amount.trimmed()));
    if (paid->value() <= 0) return refuse(tr("Enter an amount above %1.").arg(money(Cents{})));
    const Cents largest = m_backend->settings().largestEntry;
    if (*paid > largest)
        return refuse(tr("An amount above %1 cannot be posted here.").arg(money(largest)));
    const Cents owed = collectable();
    if (*paid > owed && !overpayment) {
        refuse(tr("%1 is more than the %2 owed; the rest would become a credit.")
                   .arg(money(*paid), money(owed)));
        m_overpaymentAsked = true;
        emit promptChanged();
        return false;
    }
    return store({m_patient.toStdString(), m_backend->asOf(), channelOf(m_audience),
                  ReminderOutcome::Paid, m_backend->staffId().toStdString(),
                  note.trimmed().toStdString(), *paid});
}

bool PromptCard::store(const ReminderInput& reminder) {
    if (auto stored = m_backend->clinic().recordReminder(reminder); !stored)
        return refuse(tr("The outcome was not recorded: %1")
                          .arg(QString::fromStdString(stored.error().message)));
    const QString mrn = m_patient;
    const QPointer<PromptBackend> backend = m_backend;
    reread();  // the same patient, now in the cooldown
    m_recording = true;
    if (backend) backend->notifyOutcomeRecorded(mrn);
    m_recording = false;
    return true;
}

QString PromptCard::state() const {
    return m_prompt ? toQString(toString(m_prompt->state)) : QString();
}

bool PromptCard::hasPrompt() const {
    return m_prompt && m_prompt->state != PromptState::None;
}

bool PromptCard::isCredit() const {
    return m_prompt && isCreditState(m_prompt->state);
}

QString PromptCard::money(Cents amount) const {
    return QString::fromStdString(formatMoney(amount, m_prompt->currency));
}

QString PromptCard::date(const std::optional<Date>& day) const {
    if (!day || !m_backend) return {};
    return QString::fromStdString(formatDateFor(*day, m_backend->coreLanguage()));
}

QString PromptCard::amount() const {
    return m_prompt ? money(promptAmount(*m_prompt)) : QString();
}

QString PromptCard::balance() const {
    return m_prompt ? money(m_prompt->balance) : QString();
}

QString PromptCard::familyTotal() const {
    return m_prompt ? money(m_prompt->familyBalance) : QString();
}

QString PromptCard::writtenOff() const {
    return m_prompt ? money(m_prompt->writtenOff) : QString();
}

bool PromptCard::hasWrittenOff() const {
    return m_prompt && m_prompt->writtenOff > Cents{};
}

QString PromptCard::insurancePending() const {
    return m_prompt ? money(m_prompt->insurancePending) : QString();
}

bool PromptCard::hasInsurancePending() const {
    return m_prompt && m_prompt->insurancePending > Cents{};
}

QString PromptCard::oldestOpenOn() const {
    return m_prompt ? date(m_prompt->oldestOpenOn) : QString();
}

QString PromptCard::lastReminderOn() const {
    if (!m_prompt || !m_prompt->lastReminder) return {};
    return date(m_prompt->lastReminder->on);
}

bool PromptCard::remindedToday() const {
    return m_prompt && m_prompt->lastReminder && m_prompt->lastReminder->on == m_prompt->asOf;
}

QString PromptCard::lastReminderChannel() const {
    if (!m_prompt || !m_prompt->lastReminder) return {};
    return toQString(toString(m_prompt->lastReminder->channel));
}

QString PromptCard::lastReminderOutcome() const {
    if (!m_prompt || !m_prompt->lastReminder) return {};
    return toQString(toString(m_prompt->lastReminder->outcome));
}

QString PromptCard::script() const {
    return m_prompt ? QString::fromStdString(m_prompt->script) : QString();
}

QString PromptCard::cooldownUntil() const {
    return m_prompt ? date(m_prompt->suppressedUntil) : QString();
}

QString PromptCard::refundDueBy() const {
    return m_prompt ? date(m_prompt->refundDueBy) : QString();
}

QString PromptCard::nextVisit() const {
    return m_prompt ? date(m_prompt->nextVisit) : QString();
}

QString PromptCard::lastReminderNote() const {
    if (!m_prompt || !m_prompt->lastReminder) return {};
    return QString::fromStdString(m_prompt->lastReminder->note);
}

QString PromptCard::kioskSaid() const {
    if (!m_prompt || !m_prompt->kioskSaid) return {};
    return toQString(toString(*m_prompt->kioskSaid));
}

QString PromptCard::paidOn() const {
    return m_prompt ? date(m_prompt->paidAwaitingPosting) : QString();
}

bool PromptCard::postsPayments() const {
    return m_backend && m_backend->settings().deskPostsPayments;
}

// What a payment taken now can settle: the balance and what was written off and is still
// collectable (the payment reverses the write-off first).
Cents PromptCard::collectable() const {
    // Store::standing refuses a summary where these two do not add up
    return checkedAdd(m_prompt->balance, m_prompt->writtenOff).value_or(kMostCents);
}

QString PromptCard::suggestedPayment() const {
    if (!m_prompt || isCreditState(m_prompt->state) || m_prompt->state == PromptState::None)
        return {};
    return QString::fromStdString(formatMoneyPlain(collectable()));
}

}  // namespace frontdesk::ui
