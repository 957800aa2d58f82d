// desk_quick_test: the desk panel (FrontDesk.Desk's DeskView) on a real demo clinic, driven by
// Qt Quick Test (tst_desk.qml). The QML reaches the clinic through the context property
// `deskFixture` (DeskFixture): the DeskSession, an incoming call, and what the database holds,
// read with plain SQL on connections of its own.
#include <QtQml/qqmlextensionplugin.h>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QVariantMap>

#include <memory>
#include <stdexcept>
#include <string>

#include "clinic_file.h"
#include "desk_session.h"
#include "desk_translator.h"
#include "prompt_backend.h"
#include "quick_test_setup.h"
#include "raw_sqlite.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Desk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_DeskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_PromptPlugin)

namespace frontdesk::desk::test {
namespace {

using frontdesk::test::RawDb;
using frontdesk::test::RawQuery;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// One read-only query of the clinic file with text parameters; a failure ends the run.
class Sql {
public:
    Sql(const std::string& path, const char* sql) try
        : m_db(path, RawDb::Mode::ReadOnly), m_query(m_db, sql) {
    } catch (const std::exception& e) {
        qFatal("desk_quick_test: SQL: %s", e.what());
    }

    Sql& bind(int index, const QString& value) {
        m_query.bind(index, value.toStdString());
        return *this;
    }
    bool step() {
        try {
            return m_query.step();
        } catch (const std::exception& e) {
            qFatal("desk_quick_test: SQL: %s", e.what());
        }
    }
    QString text(int column) const {
        const std::string_view value = m_query.getText(column);
        return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
    }
    int integer(int column) const { return static_cast<int>(m_query.getInt(column)); }

private:
    RawDb m_db;
    RawQuery m_query;
};

}  // namespace

// What tst_desk.qml reaches as `deskFixture`: a PromptBackend (staff "desk-quick", the demo
// day) and a DeskSession on it, the panel's translator, and the database read with
// plain SQL.
class DeskFixture : public QObject {
    Q_OBJECT
    Q_PROPERTY(frontdesk::desk::DeskSession* session READ session CONSTANT)
    Q_PROPERTY(QString day READ day CONSTANT)

public:
    DeskFixture(const QString& dbPath, Date day, QQmlEngine* engine)
        : QObject(engine), m_path(dbPath.toStdString()), m_day(day), m_file(m_path) {
        auto opened =
            ui::PromptBackend::open(m_path, Config{}, m_day, QStringLiteral("desk-quick"));
        if (!opened) qFatal("desk_quick_test: %s", opened.error().message.c_str());
        m_backend = std::move(*opened);
        QQmlEngine::setObjectOwnership(m_backend.get(), QQmlEngine::CppOwnership);
        m_session = std::make_unique<DeskSession>(*m_backend, DeskSession::Options{});
        QQmlEngine::setObjectOwnership(m_session.get(), QQmlEngine::CppOwnership);
        m_translator = std::make_unique<DeskTranslator>(*m_backend, *engine);
    }
    ~DeskFixture() override {
        m_translator.reset();
        m_session.reset();
        m_backend.reset();
    }

    DeskSession* session() const { return m_session.get(); }
    QString day() const { return qs(m_day.iso()); }

    // An incoming call from `number` (what the call webhook does): the number of matching
    // patients, or -1 when the session refused it.
    Q_INVOKABLE int incomingCall(const QString& number) {
        auto matches = m_session->incomingCall(number.toStdString());
        return matches ? *matches : -1;
    }

    // The patient's latest stored reminder: {on, channel, outcome, staffId, note}; {} if none.
    Q_INVOKABLE QVariantMap lastReminder(const QString& mrn) const {
        const auto r = m_file.lastReminder(mrn.toStdString());
        if (!r) return {};
        return {{"on", qs(r->onDate)},
                {"channel", qs(r->channel)},
                {"outcome", qs(r->outcome)},
                {"staffId", qs(r->staffId)},
                {"note", qs(r->note)}};
    }
    Q_INVOKABLE int reminderCount(const QString& mrn) const {
        return m_file.reminderCount(mrn.toStdString());
    }

    // Stored appointments of the patient starting with `startPrefix` ("" for any), with the
    // provider ("" for any).
    Q_INVOKABLE int appointmentCount(const QString& mrn, const QString& startPrefix,
                                     const QString& provider) const {
        Sql q(m_path,
              "SELECT COUNT(*) FROM appointment a JOIN patient p ON p.id = a.patient_id"
              " WHERE p.mrn = ?1 AND substr(a.start, 1, length(?2)) = ?2"
              " AND (?3 = '' OR a.provider = ?3)");
        q.bind(1, mrn).bind(2, startPrefix).bind(3, provider).step();
        return q.integer(0);
    }
    // Stored appointments starting on `isoDay`.
    Q_INVOKABLE int appointmentsOn(const QString& isoDay) const {
        Sql q(m_path, "SELECT COUNT(*) FROM appointment WHERE substr(start, 1, 10) = ?1");
        q.bind(1, isoDay).step();
        return q.integer(0);
    }
    // The patient's stored phone digits ("" when none).
    Q_INVOKABLE QString phoneOf(const QString& mrn) const {
        Sql q(m_path, "SELECT phone_digits FROM patient WHERE mrn = ?1");
        return q.bind(1, mrn).step() ? q.text(0) : QString();
    }
    // Patients whose stored phone digits are `digits`.
    Q_INVOKABLE int patientsWithPhone(const QString& digits) const {
        Sql q(m_path, "SELECT COUNT(*) FROM patient WHERE phone_digits = ?1");
        q.bind(1, digits).step();
        return q.integer(0);
    }
    // Marks a stored appointment arrived (what a front-desk system does before the kiosk's
    // check-in) and reloads the worklist; false when refused.
    Q_INVOKABLE bool markArrived(const QString& appointmentId) {
        auto store = Store::open(m_path);
        if (!store) return false;
        // The panel sees another connection's commit at its next look (within a second) and
        // reloads then: waited for here, so that no reload comes during a later test.
        QSignalSpy reloaded(m_session.get(), &DeskSession::dataChanged);
        auto done =
            store->setAppointmentStatus(appointmentId.toStdString(), AppointmentStatus::Arrived);
        if (!done) return false;
        return reloaded.wait(5000);
    }
    // A 10-digit phone that several patients share (a family), or "".
    Q_INVOKABLE QString sharedPhone() const {
        Sql q(m_path,
              "SELECT phone_digits FROM patient WHERE length(phone_digits) = 10"
              " GROUP BY phone_digits HAVING COUNT(*) > 1 ORDER BY phone_digits LIMIT 1");
        return q.step() ? q.text(0) : QString();
    }
    // A patient with a 10-digit phone shared with nobody: {mrn, digits}; {} when none.
    Q_INVOKABLE QVariantMap patientWithOwnPhone() const {
        Sql q(m_path,
              "SELECT MIN(mrn), phone_digits FROM patient WHERE length(phone_digits) = 10"
              " GROUP BY phone_digits HAVING COUNT(*) = 1 ORDER BY phone_digits LIMIT 1");
        if (!q.step()) return {};
        return {{"mrn", q.text(0)}, {"digits", q.text(1)}};
    }

private:
    std::string m_path;
    Date m_day;
    frontdesk::test::ClinicFile m_file;
    std::unique_ptr<ui::PromptBackend> m_backend;
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<DeskTranslator> m_translator;
};

}  // namespace frontdesk::desk::test

int main(int argc, char** argv) {
    using frontdesk::desk::test::DeskFixture;
    return frontdesk::test::runQuickTests(
        argc, argv, QUICK_TEST_SOURCE_DIR,
        {"desk_quick_test", "deskFixture",
         [](const QString& db, frontdesk::Date day, QQmlEngine& engine) -> QObject* {
             return new DeskFixture(db, day, &engine);
         }});
}

#include "desk_quick_test.moc"
