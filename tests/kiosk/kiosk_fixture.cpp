#include "kiosk_fixture.h"

#include <QFile>
#include <QQmlEngine>

#include <utility>

namespace frontdesk::kiosk::test {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

template <typename T>
T orDie(Result<T> result) {
    if (!result) qFatal("kiosk_quick_test: %s", result.error().message.c_str());
    return std::move(*result);
}

}  // namespace

KioskFixture::KioskFixture(QString demoPath, Date day, QQmlEngine& engine, QObject* parent)
    : QObject(parent), m_demoPath(std::move(demoPath)), m_day(day), m_engine(engine) {
    if (!m_dir.isValid()) qFatal("kiosk_quick_test: no temporary folder");
}

KioskFixture::~KioskFixture() = default;

void KioskFixture::newClinic() {
    m_visitors.reset();
    m_store.reset();
    const QString copy = m_dir.filePath(QStringLiteral("clinic-%1.db").arg(++m_clinics));
    if (!QFile::copy(m_demoPath, copy)) qFatal("kiosk_quick_test: cannot copy the demo clinic");
    m_dbPath = copy.toStdString();
    m_store = std::make_unique<Store>(orDie(Store::open(m_dbPath)));
    m_visitors.emplace(orDie(frontdesk::test::kioskVisitors(*m_store, m_day)));
}

Store& KioskFixture::store() {
    if (!m_store) newClinic();
    return *m_store;
}

QObject* KioskFixture::newSession() {
    store();
    // a kiosk of its own for each session: the lock-out is counted per kiosk in the database,
    // and one test's lock-out must not reach the next test's kiosk
    const std::string kiosk = "test-kiosk-" + std::to_string(++m_sessions);
    return adopt(new KioskSession(KioskOptions{m_dbPath, Config{}, m_day, kiosk}, this));
}

QObject* KioskFixture::newUnavailableSession() {
    const QString path = m_dir.filePath(QStringLiteral("not-a-database.db"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(4096, 'x')) != 4096)
        qFatal("kiosk_quick_test: cannot write %s", qPrintable(path));
    file.close();
    return adopt(
        new KioskSession(KioskOptions{path.toStdString(), Config{}, m_day, "test-kiosk"}, this));
}

QObject* KioskFixture::adopt(KioskSession* session) {
    // The last session's translator leaves the application as it is destroyed. The session
    // itself stays (a child of the fixture) as long as a view made in the same test may use it.
    m_translator.reset();
    QQmlEngine::setObjectOwnership(session, QQmlEngine::CppOwnership);
    m_translator = std::make_unique<KioskTranslator>(*session, m_engine);
    return session;
}

QVariantMap KioskFixture::visitor(const QString& state) {
    store();
    const auto parsed = parsePromptState(state.toStdString());
    if (!parsed) return {};
    const auto v = orDie(m_visitors->takeOrMake(*m_store, m_day, *parsed));
    return {{"mrn", qs(v.mrn)},
            {"familyName", qs(v.familyName)},
            {"givenName", qs(v.givenName)},
            {"birthDigits", qs(frontdesk::test::birthDigitsMdy(v.birthDate))},
            {"birthDigitsDmy", qs(frontdesk::test::birthDigitsDmy(v.birthDate))},
            {"appointmentCode", qs(v.appointmentId)},
            {"appointmentTime", qs(v.time)},
            {"provider", qs(v.provider)}};
}

bool KioskFixture::book(const std::string& mrn, const std::string& id, const std::string& time) {
    const Appointment a{id,          mrn,      m_day.iso() + "T" + time, 15,
                        "Dr. Quinn", "Room 2", AppointmentStatus::Booked};
    const auto booked = store().putAppointments({&a, 1});
    return booked && booked->problems.empty();
}

bool KioskFixture::addSecondAppointment(const QString& mrn) {
    return book(mrn.toStdString(), "QT-" + mrn.toStdString() + "-2", "16:45");
}

bool KioskFixture::addTwin(const QString& mrn, const QString& givenName) {
    const auto patient = store().findPatient(mrn.toStdString());
    if (!patient || !*patient) return false;
    Patient twin = **patient;
    twin.mrn = "QT-TWIN-" + twin.mrn;
    twin.givenName = givenName.toStdString();
    const auto added = store().putPatients({&twin, 1});
    return added && added->problems.empty() && book(twin.mrn, twin.mrn + "-1", "16:30");
}

QVariantMap KioskFixture::lastReminder(const QString& mrn) {
    const auto standing = store().standing(mrn.toStdString(), m_day);
    if (!standing || !standing->lastReminder) return {};
    const ReminderRecord& r = *standing->lastReminder;
    return {{"outcome", qs(toString(r.outcome))},
            {"channel", qs(toString(r.channel))},
            {"on", qs(r.on.iso())}};
}

QString KioskFixture::appointmentStatus(const QString& mrn) {
    const auto appointments = store().appointmentsOf(mrn.toStdString(), m_day);
    if (!appointments || appointments->empty()) return {};
    return qs(toString(appointments->front().status));
}

}  // namespace frontdesk::kiosk::test
