#include "kiosk_session.h"

#include <QDebug>
#include <QFileInfo>

#include "frontdesk/app/qt_text.h"
#include "frontdesk/domain/outcome_choices.h"
#include "frontdesk/domain/script.h"
#include "frontdesk/store/lookup.h"

namespace frontdesk::kiosk {
namespace {

using app::toQString;

// The screens that end a check-in ("You're checked in", "You're already checked in") return
// to Welcome by themselves after kiosk.done_return_s, without asking "Are you still there?".
bool endsCheckIn(KioskSession::Screen screen) {
    return screen == KioskSession::Screen::Done || screen == KioskSession::Screen::AlreadyCheckedIn;
}

KioskSession::BalanceKind kindOf(PromptState state) {
    switch (state) {
        case PromptState::None:
            return KioskSession::BalanceKind::None;
        case PromptState::SmallBalance:
        case PromptState::WrittenOffCollectable:
            return KioskSession::BalanceKind::Small;
        case PromptState::BalanceDue:
            return KioskSession::BalanceKind::Due;
        case PromptState::UnclaimedPropertyReview:
            return KioskSession::BalanceKind::CreditAtDesk;
        case PromptState::CreditApplyNextVisit:
        case PromptState::CreditRefundDue:
        case PromptState::CreditOnFile:
            break;
    }
    return KioskSession::BalanceKind::Credit;
}

}  // namespace

KioskSession::KioskSession(KioskOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)) {
    const auto& languages = m_options.config.clinic.kiosk.languages;
    m_language = toQString(languages.empty() ? "en" : languages.front());
    ensureStore();
    const FhirSettings& fhir = m_options.config.fhir;
    if (fhir.pushCheckins && !fhir.baseUrl.empty())
        m_pusher = std::make_unique<CheckinPusher>(
            m_options.dbPath, fhir,
            [](const std::string& line) { qWarning("kiosk: %s", line.c_str()); });
}

KioskSession::~KioskSession() = default;

bool KioskSession::ensureStore() {
    if (m_store) return true;
    auto store = Store::open(m_options.dbPath, Store::interactiveTuning());
    if (!store) {
        qWarning("kiosk: the database cannot be opened: %s", store.error().message.c_str());
        return false;
    }
    m_store = std::make_unique<Store>(std::move(*store));
    return true;
}

Date KioskSession::today() const {
    return asOfOrToday(m_options.asOf, m_options.config.clinic.timeZone);
}

void KioskSession::setLanguage(const QString& language) {
    if (language == m_language || !parseLanguage(language.toStdString())) return;
    m_language = language;
    emit languageChanged();
}

void KioskSession::setLargeText(bool on) {
    if (on == m_largeText) return;
    m_largeText = on;
    emit largeTextChanged();
}

QString KioskSession::clinicName() const {
    return toQString(m_options.config.clinic.name);
}

QUrl KioskSession::logo() const {
    const std::string& logo = m_options.config.clinic.kiosk.logo;
    if (logo.empty()) return {};
    return QUrl::fromLocalFile(QFileInfo(toQString(logo)).absoluteFilePath());
}

QStringList KioskSession::languages() const {
    QStringList out;
    for (const auto& code : m_options.config.clinic.kiosk.languages) out << toQString(code);
    return out;
}

QString KioskSession::birthDateOrder() const {
    return toQString(dateFieldOrder(coreLanguage()));
}

Language KioskSession::coreLanguage() const {
    return parseLanguage(m_language.toStdString()).value_or(Language::En);
}

bool KioskSession::countingDown() const {
    return m_screen != Screen::Welcome && m_screen != Screen::LockedOut &&
           m_screen != Screen::Unavailable && !endsCheckIn(m_screen) &&
           m_secondsLeft <= m_options.config.clinic.kiosk.countdownS;
}

QString KioskSession::birthDateFromDigits(const QString& digits) const {
    if (digits.size() != 8) return {};
    const bool monthFirst = dateFieldOrder(coreLanguage()) == "MDY";
    const QString month = monthFirst ? digits.mid(0, 2) : digits.mid(2, 2);
    const QString dayOfMonth = monthFirst ? digits.mid(2, 2) : digits.mid(0, 2);
    QString iso = digits.mid(4, 4) + "-" + month + "-" + dayOfMonth;
    const auto date = parseDate(iso.toStdString());
    if (!date || *date > today()) return {};
    return iso;
}

void KioskSession::begin() {
    touch();
    if (m_screen == Screen::LockedOut) return;
    goTo(ensureStore() ? Screen::Identify : Screen::Unavailable);
}

void KioskSession::identifyByName(const QString& familyName, const QString& birthDigits) {
    touch();
    if (m_screen != Screen::Identify) return;
    setTyped(familyName, {});
    const auto birth = parseDate(birthDateFromDigits(birthDigits).toStdString());
    if (!birth || familyName.trimmed().isEmpty()) return failTry();
    identified(matchByName(*m_store, familyName.toStdString(), *birth, today()));
}

void KioskSession::identifyByCode(const QString& code, const QString& birthDigits) {
    touch();
    if (m_screen != Screen::Identify) return;
    setTyped({}, code);
    const auto birth = parseDate(birthDateFromDigits(birthDigits).toStdString());
    if (!birth || code.trimmed().isEmpty()) return failTry();
    identified(matchByCode(*m_store, code.toStdString(), *birth, today()));
}

void KioskSession::identified(Result<std::vector<CheckinCandidate>> found) {
    if (!found) return storageFailed(found.error());
    if (found->empty()) return failTry();
    std::vector<LookupEvent> events;
    for (const auto& c : *found)
        events.push_back({m_options.kioskId, Channel::Kiosk, c.patient.mrn, "checkin-identify"});
    if (auto audited = m_store->recordLookups(events); !audited)
        return storageFailed(audited.error());
    setFailedTries(0);
    m_candidates = std::move(*found);
    if (m_candidates.size() > 1) return goTo(Screen::AskInitial);
    showCandidate(m_candidates.front());
}

void KioskSession::giveInitial(const QString& letter) {
    touch();
    if (m_screen != Screen::AskInitial) return;
    auto narrowed = narrowByInitial(m_candidates, letter.toStdString());
    if (narrowed.size() != 1) {
        m_candidates.clear();
        return failTry();
    }
    m_candidates = std::move(narrowed);
    showCandidate(m_candidates.front());
}

void KioskSession::showCandidate(CheckinCandidate& candidate) {
    m_firstName = toQString(candidate.patient.givenName);
    m_appointmentList.clear();
    // only the appointments not yet checked in are offered; none left: say so
    candidate.today = stillToCheckIn(candidate);
    if (candidate.today.empty()) {
        emit patientChanged();
        return goTo(Screen::AlreadyCheckedIn);
    }
    for (const Appointment& a : candidate.today)
        m_appointmentList.push_back(QVariantMap{{"time", toQString(a.start.substr(11, 5))},
                                                {"provider", toQString(a.provider)},
                                                {"location", toQString(a.location)}});
    if (candidate.today.size() > 1) {
        emit patientChanged();
        return goTo(Screen::ChooseAppointment);
    }
    showAppointment(0);
}

void KioskSession::chooseAppointment(int index) {
    touch();
    if (m_screen != Screen::ChooseAppointment || index < 0 || index >= m_appointmentList.size())
        return;
    showAppointment(static_cast<std::size_t>(index));
}

void KioskSession::showAppointment(std::size_t index) {
    m_chosen = index;
    const Appointment& a = m_candidates.front().today[index];
    m_appointmentTime = toQString(a.start.substr(11, 5));
    m_provider = toQString(a.provider);
    emit patientChanged();
    goTo(Screen::Appointment);
}

void KioskSession::checkIn() {
    touch();
    if (m_screen != Screen::Appointment) return;
    const CheckinCandidate& c = m_candidates.front();
    if (auto ok = m_store->setAppointmentStatus(c.today[m_chosen].id, AppointmentStatus::Arrived);
        !ok)
        return storageFailed(ok.error());
    if (m_pusher) m_pusher->poke();  // the EHR hears of it in the background
    const Language language = coreLanguage();
    BalanceLookup lookup(*m_store, m_options.config.policy);
    auto prompt =
        lookup.prompt(c.patient.mrn, Audience::Kiosk, language, today(), m_options.kioskId);
    if (!prompt) return storageFailed(prompt.error());
    if (!kioskShouldRemind(*prompt)) return goTo(Screen::Done);
    m_balanceKind = kindOf(prompt->state);
    m_balanceMessage = toQString(prompt->script);
    m_amount = kioskShowsAmount(*prompt, m_options.config.policy)
                   ? toQString(formatMoney(promptAmount(*prompt), prompt->currency))
                   : QString();
    m_answers.clear();
    for (const ReminderOutcome o : kioskChoicesFor(prompt->state))
        m_answers << toQString(toString(o));
    emit patientChanged();
    goTo(Screen::Balance);
}

void KioskSession::answer(const QString& outcome) {
    touch();
    if (m_screen != Screen::Balance) return;
    const auto parsed = parseReminderOutcome(outcome.toStdString());
    if (!parsed || !m_answers.contains(outcome)) return;
    recordOutcome(*parsed);
}

void KioskSession::recordOutcome(ReminderOutcome outcome) {
    const ReminderInput r{m_candidates.front().patient.mrn,
                          today(),
                          Channel::Kiosk,
                          outcome,
                          m_options.kioskId,
                          "",
                          {}};
    if (auto ok = m_store->recordReminder(r); !ok) return storageFailed(ok.error());
    goTo(Screen::Done);
}

void KioskSession::tryAgain() {
    touch();
    if (m_screen == Screen::NotFound) goTo(Screen::Identify);
}

void KioskSession::startOver() {
    if (m_screen == Screen::LockedOut) return;
    // the patient is checked in already: the balance was shown, and Done says so
    if (m_screen == Screen::Balance) return recordOutcome(ReminderOutcome::Shown);
    goTo(Screen::Welcome);
}

void KioskSession::touch() {
    const auto& k = m_options.config.clinic.kiosk;
    if (m_screen == Screen::LockedOut) return;
    setSecondsLeft(endsCheckIn(m_screen) ? k.doneReturnS : k.idleTimeoutS);
}

void KioskSession::tick() {
    if (m_screen == Screen::Welcome || m_screen == Screen::Unavailable) return;
    setSecondsLeft(m_secondsLeft - 1);
    if (m_secondsLeft > 0) return;
    if (m_screen == Screen::LockedOut) setFailedTries(0);
    // the patient walked away from the balance step: it was shown
    if (m_screen == Screen::Balance) recordOutcome(ReminderOutcome::Shown);
    if (m_screen != Screen::Done && m_screen != Screen::LockedOut) setFailedTries(0);
    goTo(Screen::Welcome);
}

void KioskSession::failTry() {
    m_candidates.clear();
    setFailedTries(m_failedTries + 1);
    if (m_failedTries >= m_options.config.clinic.kiosk.maxFailedTries) {
        setTyped({}, {});
        goTo(Screen::LockedOut);
        setSecondsLeft(m_options.config.clinic.kiosk.lockoutS);
        return;
    }
    goTo(Screen::NotFound);
}

void KioskSession::storageFailed(const Error& error) {
    qWarning("kiosk: check-in failed on the database: %s", error.message.c_str());
    m_store.reset();  // reopened at the next begin()
    forgetPatient();
    goTo(Screen::Unavailable);
}

void KioskSession::goTo(Screen screen) {
    if (screen == Screen::Welcome) forgetPatient();
    if (screen != m_screen) {
        m_screen = screen;
        emit screenChanged();
    }
    if (screen != Screen::LockedOut) touch();
    emit secondsLeftChanged();
}

void KioskSession::forgetPatient() {
    m_candidates.clear();
    m_chosen = 0;
    m_firstName.clear();
    m_appointmentList.clear();
    m_appointmentTime.clear();
    m_provider.clear();
    m_balanceKind = BalanceKind::None;
    m_balanceMessage.clear();
    m_amount.clear();
    m_answers.clear();
    m_typedFamilyName.clear();
    m_typedCode.clear();
    const auto& languages = m_options.config.clinic.kiosk.languages;
    setLanguage(toQString(languages.empty() ? "en" : languages.front()));
    setLargeText(false);
    emit patientChanged();
}

void KioskSession::setTyped(const QString& familyName, const QString& code) {
    if (familyName == m_typedFamilyName && code == m_typedCode) return;
    m_typedFamilyName = familyName;
    m_typedCode = code;
    emit patientChanged();
}

void KioskSession::setSecondsLeft(int seconds) {
    if (seconds == m_secondsLeft) return;
    m_secondsLeft = seconds;
    emit secondsLeftChanged();
}

void KioskSession::setFailedTries(int tries) {
    if (tries == m_failedTries) return;
    m_failedTries = tries;
    emit failedTriesChanged();
}

}  // namespace frontdesk::kiosk
