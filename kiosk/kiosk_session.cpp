#include "kiosk_session.h"

#include <QDebug>
#include <QFileInfo>

#include <algorithm>

#include "frontdesk/app/qt_text.h"
#include "frontdesk/domain/script.h"

namespace frontdesk::kiosk {
namespace {

using app::toQString;

// The screens that end a check-in ("You're checked in", "You're already checked in") return
// to Welcome by themselves after kiosk.done_return_s, without asking "Are you still there?".
bool endsCheckIn(KioskSession::Screen screen) {
    return screen == KioskSession::Screen::Done || screen == KioskSession::Screen::AlreadyCheckedIn;
}

// The balance step for KioskFlow's kind ("small", "due", "credit", "credit_at_desk").
KioskSession::BalanceKind balanceKindOf(const std::string& kind) {
    if (kind == "small") return KioskSession::BalanceKind::Small;
    if (kind == "due") return KioskSession::BalanceKind::Due;
    if (kind == "credit") return KioskSession::BalanceKind::Credit;
    if (kind == "credit_at_desk") return KioskSession::BalanceKind::CreditAtDesk;
    return KioskSession::BalanceKind::None;
}

}  // namespace

KioskSession::KioskSession(KioskOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_backend(makeKioskBackend(m_options)) {
    const auto& languages = m_options.config.clinic.kiosk.languages;
    m_language = toQString(languages.empty() ? "en" : languages.front());
    if (auto ok = m_backend->ready(); !ok)
        qWarning("kiosk: check-in is not available: %s", ok.error().message.c_str());
}

KioskSession::~KioskSession() {
    // a visit left open (the program is closing) ends now rather than lapsing later
    if (!m_handle.empty()) (void)m_backend->forget(m_handle);
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
    auto ok = m_backend->ready();
    if (!ok) return storageFailed(ok.error());
    goTo(Screen::Identify);
}

void KioskSession::identifyByName(const QString& familyName, const QString& birthDigits) {
    touch();
    if (m_screen != Screen::Identify) return;
    setTyped(familyName, {});
    const auto birth = parseDate(birthDateFromDigits(birthDigits).toStdString());
    if (!birth || familyName.trimmed().isEmpty()) return failTry();
    KioskIdentifyRequest request;
    request.familyName = familyName.toStdString();
    request.birthDate = *birth;
    identify(std::move(request));
}

void KioskSession::identifyByCode(const QString& code, const QString& birthDigits) {
    touch();
    if (m_screen != Screen::Identify) return;
    setTyped({}, code);
    const auto birth = parseDate(birthDateFromDigits(birthDigits).toStdString());
    if (!birth || code.trimmed().isEmpty()) return failTry();
    KioskIdentifyRequest request;
    request.appointmentCode = code.toStdString();
    request.birthDate = *birth;
    identify(std::move(request));
}

void KioskSession::identify(KioskIdentifyRequest request) {
    m_request = std::move(request);
    identified(m_backend->identify(m_request));
}

void KioskSession::identified(Result<KioskIdentified> found) {
    if (!found) return storageFailed(found.error());
    switch (found->kind) {
        case KioskIdentified::Kind::NotFound:
            return failTry();
        case KioskIdentified::Kind::LockedOut:
            return lockOut(static_cast<int>(found->retryAfterS));
        case KioskIdentified::Kind::AskInitial:
            return goTo(Screen::AskInitial);
        case KioskIdentified::Kind::Found:
            break;
    }
    setFailedTries(0);
    showFound(*found);
}

void KioskSession::giveInitial(const QString& letter) {
    touch();
    if (m_screen != Screen::AskInitial) return;
    if (letter.trimmed().isEmpty()) return failTry();
    m_request.givenInitial = letter.trimmed().toStdString();
    identified(m_backend->identify(m_request));
}

void KioskSession::showFound(KioskIdentified& found) {
    m_handle = std::move(found.handle);
    m_firstName = toQString(found.firstName);
    m_toCheckIn = std::move(found.appointments);
    m_appointmentList.clear();
    // only the appointments not yet checked in come back; none left: say so
    if (m_toCheckIn.empty()) {
        emit patientChanged();
        return goTo(Screen::AlreadyCheckedIn);
    }
    for (const KioskAppointmentView& a : m_toCheckIn)
        m_appointmentList.push_back(QVariantMap{{"time", toQString(a.start.substr(11, 5))},
                                                {"provider", toQString(a.provider)},
                                                {"location", toQString(a.location)}});
    if (m_toCheckIn.size() > 1) {
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
    const KioskAppointmentView& a = m_toCheckIn[index];
    m_appointmentTime = toQString(a.start.substr(11, 5));
    m_provider = toQString(a.provider);
    emit patientChanged();
    goTo(Screen::Appointment);
}

void KioskSession::checkIn() {
    touch();
    if (m_screen != Screen::Appointment) return;
    auto view = m_backend->checkIn(m_handle, m_toCheckIn[m_chosen].id, coreLanguage());
    if (!view) return storageFailed(view.error());
    if (!view->remind) {
        m_handle.clear();  // the visit ended with the check-in
        return goTo(Screen::Done);
    }
    m_balanceKind = balanceKindOf(view->kind);
    m_balanceMessage = toQString(view->message);
    m_amount = toQString(view->amount);
    m_answers.clear();
    for (const ReminderOutcome o : view->answers) m_answers << toQString(toString(o));
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
    if (auto ok = m_backend->answer(m_handle, outcome); !ok) return storageFailed(ok.error());
    m_handle.clear();  // the answer ended the visit
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
    // taps change neither the lock-out's wait nor when an unavailable kiosk asks again
    if (m_screen == Screen::LockedOut || m_screen == Screen::Unavailable) return;
    setSecondsLeft(endsCheckIn(m_screen) ? k.doneReturnS : k.idleTimeoutS);
}

void KioskSession::tick() {
    if (m_screen == Screen::Welcome) return;
    setSecondsLeft(m_secondsLeft - 1);
    if (m_secondsLeft > 0) return;
    if (m_screen == Screen::Unavailable) return retryUnavailable();
    if (m_screen == Screen::LockedOut) setFailedTries(0);
    // the patient walked away from the balance step: it was shown
    if (m_screen == Screen::Balance) recordOutcome(ReminderOutcome::Shown);
    if (m_screen == Screen::Unavailable) return;  // that could not be recorded
    if (m_screen != Screen::Done && m_screen != Screen::LockedOut) setFailedTries(0);
    goTo(Screen::Welcome);
}

void KioskSession::failTry() {
    setFailedTries(m_failedTries + 1);
    goTo(Screen::NotFound);
}

// The backend counts the kiosk's misses; a locked kiosk waits as long as it says.
void KioskSession::lockOut(int seconds) {
    setFailedTries(m_failedTries + 1);
    setTyped({}, {});
    goTo(Screen::LockedOut);
    setSecondsLeft(std::max(seconds, 1));
}

void KioskSession::storageFailed(const Error& error) {
    qWarning("kiosk: check-in is not available: %s", error.message.c_str());
    m_handle.clear();  // not asked to end: an open visit lapses by itself on the backend
    forgetPatient();
    goTo(Screen::Unavailable);
    setSecondsLeft(kRetryUnavailableS);
}

// Check-in comes back by itself: the backend is asked again every kRetryUnavailableS.
void KioskSession::retryUnavailable() {
    if (m_backend->ready()) return goTo(Screen::Welcome);
    setSecondsLeft(kRetryUnavailableS);
}

void KioskSession::goTo(Screen screen) {
    if (screen == Screen::Welcome) forgetPatient();
    if (screen != m_screen) {
        m_screen = screen;
        emit screenChanged();
    }
    if (screen != Screen::LockedOut && screen != Screen::Unavailable) touch();
    emit secondsLeftChanged();
}

void KioskSession::forgetPatient() {
    if (!m_handle.empty()) {
        // the patient walked away before the end: the visit ends on the backend now
        if (auto ok = m_backend->forget(m_handle); !ok)
            qWarning("kiosk: an unfinished check-in could not be ended: %s",
                     ok.error().message.c_str());
        m_handle.clear();
    }
    m_request = {};
    m_toCheckIn.clear();
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
