#include "desk_session.h"

#include <QUuid>
#include <set>

#include "frontdesk/app/qt_text.h"
#include "frontdesk/domain/phone.h"
#include "frontdesk/domain/script.h"

namespace frontdesk::desk {
namespace {

using app::toQString;

}  // namespace

DeskSession::DeskSession(ui::PromptBackend& backend, Options options, QObject* parent)
    : QObject(parent), m_backend(backend), m_day(options.day.value_or(backend.asOf())) {
    connect(&m_backend, &ui::PromptBackend::outcomeRecorded, this,
            [this] { refreshAfterChange(); });
    connect(&m_backend, &ui::PromptBackend::languageChanged, this, [this] {
        emit languageChanged();
        emit dayChanged();  // the label is in the language
        refreshAfterChange();
    });
    m_poll.setInterval(options.changePollMs);
    connect(&m_poll, &QTimer::timeout, this, &DeskSession::pollChanges);
    m_poll.start();
    loadWorklist();
}

DeskSession::~DeskSession() = default;

QString DeskSession::clinicName() const {
    return toQString(m_backend.settings().name);
}
QString DeskSession::staffId() const {
    return m_backend.staffId();
}
QString DeskSession::language() const {
    return m_backend.language();
}
void DeskSession::setLanguage(const QString& language) {
    m_backend.setLanguage(language);
}

Language DeskSession::lang() const {
    return parseLanguage(m_backend.language().toStdString()).value_or(Language::En);
}

QString DeskSession::dayLabel() const {
    return toQString(formatDateFor(m_day, lang()));
}
bool DeskSession::isToday() const {
    return m_day == m_backend.asOf();
}

void DeskSession::setFlaggedOnly(bool on) {
    if (on == m_flaggedOnly) return;
    m_flaggedOnly = on;
    m_worklist.setFlaggedOnly(on);
    emit flaggedOnlyChanged();
}

void DeskSession::setCallPort(int port) {
    m_callPort = port;
    emit callPortChanged();
}

QStringList DeskSession::providers() const {
    return m_providers;
}

void DeskSession::setError(const std::string& message) {
    const QString text = toQString(message);
    if (text == m_errorText) return;
    m_errorText = text;
    emit errorTextChanged();
}

void DeskSession::setDay(Date day) {
    if (day == m_day) return;
    const Date shown = m_day;
    m_day = day;
    // a day that cannot be read (the clinic server away) is not shown over another day's list
    if (!loadWorklist()) m_day = shown;
    emit dayChanged();
}

void DeskSession::previousDay() {
    setDay(m_day.plusDays(-1));
}
void DeskSession::nextDay() {
    setDay(m_day.plusDays(1));
}
void DeskSession::goToToday() {
    setDay(m_backend.asOf());
}

bool DeskSession::goToDay(const QString& isoDate) {
    auto d = parseDate(isoDate.trimmed().toStdString());
    if (!d) return false;
    setDay(*d);
    return true;
}

bool DeskSession::loadWorklist(ClinicData::Read read) {
    auto rows = m_backend.clinic().worklist(m_day, lang(), m_backend.staffId().toStdString(), read);
    if (!rows) {
        setError(rows.error().message);
        return false;
    }
    setError({});
    std::set<std::string> providers;
    for (const auto& r : *rows) providers.insert(r.appointment.appointment.provider);
    m_providers.clear();
    for (const auto& p : providers)
        if (!p.empty()) m_providers.push_back(toQString(p));
    m_worklist.reset(std::move(*rows));
    emit worklistReloaded();
    return true;
}

void DeskSession::search(const QString& text) {
    m_searchText = text;
    runSearch();
}

void DeskSession::runSearch(ClinicData::Read read) {
    const DateOrder order = lang() == Language::En ? DateOrder::MonthFirst : DateOrder::DayFirst;
    auto found = m_backend.clinic().search(m_searchText.toStdString(), order, lang(),
                                           m_backend.staffId().toStdString(), read);
    if (!found) {
        setError(found.error().message);
        return;
    }
    m_truncated = found->truncated;
    m_results.reset(std::move(found->rows));
    emit resultsChanged();
}

void DeskSession::select(const QString& mrn, bool phone) {
    auto patient = m_backend.clinic().patient(mrn.toStdString());
    if (!patient || !*patient) {
        setError(patient ? "no patient has MRN " + mrn.toStdString() : patient.error().message);
        return;
    }
    m_selectedMrn = mrn;
    m_selectedName = toQString((*patient)->givenName + " " + (*patient)->familyName);
    m_phoneAudience = phone;
    emit selectionChanged();
}

void DeskSession::clearSelection() {
    m_selectedMrn.clear();
    m_selectedName.clear();
    m_phoneAudience = false;
    emit selectionChanged();
}

QString DeskSession::problemText(const AppointmentProblem& problem, int durationMin) const {
    switch (problem.rule) {
        case AppointmentRule::Id:
        case AppointmentRule::Mrn:
            return tr("choose a patient");
        case AppointmentRule::StartDate:
            return tr("the date must be YYYY-MM-DD");
        case AppointmentRule::StartTime:
            return tr("the time must be HH:MM");
        case AppointmentRule::Duration:
            // the core's rule (the CSV import's), in a receptionist's words
            return tr("the length must be 1 to 1440 minutes, not %1").arg(durationMin);
        case AppointmentRule::Provider:
            return tr("choose a provider");
    }
    return toQString(problem.message);
}

BookingRequest DeskSession::bookingRequest(const QString& mrn, const QString& isoDate,
                                           const QString& time, int durationMin,
                                           const QString& provider, const QString& location,
                                           bool bookAnyway) {
    return {"desk-" + QUuid::createUuid().toString(QUuid::WithoutBraces).left(13).toStdString(),
            mrn.trimmed().toStdString(),
            isoDate.trimmed().toStdString() + "T" + time.trimmed().toStdString(),
            durationMin,
            provider.trimmed().toStdString(),
            location.trimmed().toStdString(),
            bookAnyway};
}

QStringList DeskSession::problemTexts(const BookingResult& result, int durationMin) const {
    QStringList out;
    for (const auto& p : result.problems) out << problemText(p, durationMin);
    out.removeDuplicates();
    return out;
}

QString DeskSession::overlapText(const AppointmentOverlap& o) {
    const QString from = toQString(o.from), to = toQString(o.to);
    const QString provider = toQString(o.booked.provider);
    if (o.samePatient && !provider.isEmpty())
        return tr("This patient already has an appointment %1–%2 with %3").arg(from, to, provider);
    if (o.samePatient) return tr("This patient already has an appointment %1–%2").arg(from, to);
    // Another patient's appointment: never named here.
    return tr("%1 already has an appointment %2–%3").arg(provider, from, to);
}

QStringList DeskSession::bookingOverlaps(const QString& mrn, const QString& isoDate,
                                         const QString& time, int durationMin,
                                         const QString& provider) {
    auto checked = m_backend.clinic().checkBooking(
        bookingRequest(mrn, isoDate, time, durationMin, provider, {}, false));
    if (!checked) {
        setError(checked.error().message);
        return {};
    }
    QStringList out;  // none when the values are wrong: book says what is wrong
    for (const auto& o : checked->overlaps) out << overlapText(o);
    return out;
}

QString DeskSession::book(const QString& mrn, const QString& isoDate, const QString& time,
                          int durationMin, const QString& provider, const QString& location,
                          bool bookAnyway) {
    auto booked = m_backend.clinic().book(
        bookingRequest(mrn, isoDate, time, durationMin, provider, location, bookAnyway));
    if (!booked) return toQString(booked.error().message);
    if (!booked->problems.empty()) return problemTexts(*booked, durationMin).join("; ");
    if (!booked->stored) {
        QStringList overlaps;
        for (const auto& o : booked->overlaps) overlaps << overlapText(o);
        return overlaps.join("; ");
    }
    const Appointment& a = booked->appointment;
    if (std::string_view(a.start).substr(0, 10) == m_day.iso()) loadWorklist();
    select(QString::fromStdString(a.mrn), false);
    return {};
}

Result<int> DeskSession::incomingCall(const std::string& from) {
    auto rows = m_backend.clinic().callers(from, lang(), m_backend.staffId().toStdString());
    if (!rows) return tl::unexpected(rows.error());
    const int matches = static_cast<int>(rows->size());
    m_callNumber = phoneText(phoneDigits(from).value_or(""));
    m_callActive = true;
    m_callers.reset(std::move(*rows));
    if (matches == 1)
        select(m_callers.mrnAt(0), true);
    else
        clearSelection();  // staff choose among several, and nobody is shown for none
    emit callChanged();
    emit callArrived();
    return matches;
}

void DeskSession::dismissCall() {
    m_callActive = false;
    m_callNumber.clear();
    m_callers.reset({});
    emit callChanged();
}

void DeskSession::reload() {
    loadWorklist();
    if (!m_searchText.trimmed().isEmpty()) runSearch();
    emit dataChanged();
}

void DeskSession::refreshAfterChange() {
    loadWorklist(ClinicData::Read::Refresh);
    if (!m_searchText.trimmed().isEmpty()) runSearch(ClinicData::Read::Refresh);
    emit dataChanged();
}

void DeskSession::pollChanges() {
    for (const std::string& number : m_backend.clinic().takeCalls())
        if (auto shown = incomingCall(number); !shown) setError(shown.error().message);
    auto changed = m_backend.clinic().changed();
    if (!changed) {
        setError(changed.error().message);
        return;
    }
    if (*changed) refreshAfterChange();
}

}  // namespace frontdesk::desk
