// desk_quick_test: the desk panel (FrontDesk.Desk's DeskView) on a real demo clinic, driven by
// Qt Quick Test (tst_desk.qml). The QML reaches the clinic through the context property
// `deskFixture` (DeskFixture): the DeskSession, an incoming call, and what the database holds,
// read with plain SQL on connections of its own.
#include <sqlite3.h>

#include <QtQml/qqmlextensionplugin.h>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QVariantMap>
#include <QtQuickTest>

#include <memory>
#include <stdexcept>
#include <string>

#include "desk_session.h"
#include "desk_translator.h"
#include "prompt_backend.h"
#include "prompt_demo.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Desk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_DeskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_PromptPlugin)

namespace frontdesk::desk::test {
namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// One read-only query with up to three text parameters; a failure ends the run.
class Sql {
public:
    Sql(const std::string& path, const char* sql) {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
            sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            qFatal("desk_quick_test: SQL: %s", sqlite3_errmsg(m_db));
    }
    ~Sql() {
        sqlite3_finalize(m_statement);
        sqlite3_close(m_db);
    }
    Sql(const Sql&) = delete;
    Sql& operator=(const Sql&) = delete;

    Sql& bind(int index, const QString& value) {
        const std::string text = value.toStdString();
        sqlite3_bind_text(m_statement, index, text.c_str(), -1, SQLITE_TRANSIENT);
        return *this;
    }
    bool step() {
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            qFatal("desk_quick_test: SQL: %s", sqlite3_errmsg(m_db));
        return rc == SQLITE_ROW;
    }
    QString text(int column) {
        const auto* value = sqlite3_column_text(m_statement, column);
        return value ? QString::fromUtf8(reinterpret_cast<const char*>(value)) : QString();
    }
    int integer(int column) { return sqlite3_column_int(m_statement, column); }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

}  // namespace

// What tst_desk.qml reaches as `deskFixture`: a PromptBackend (staff "desk-quick", the prompt
// tests' day) and a DeskSession on it, the panel's translator, and the database read with
// plain SQL.
class DeskFixture : public QObject {
    Q_OBJECT
    Q_PROPERTY(frontdesk::desk::DeskSession* session READ session CONSTANT)
    Q_PROPERTY(QString day READ day CONSTANT)

public:
    DeskFixture(const QString& dbPath, QQmlEngine* engine)
        : QObject(engine), m_path(dbPath.toStdString()), m_file(m_path) {
        auto opened = ui::PromptBackend::open(m_path, Config{}, ui::test::promptTestDay(),
                                              QStringLiteral("desk-quick"));
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
    QString day() const { return qs(ui::test::promptTestDay().iso()); }

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
        auto done = m_backend->store().setAppointmentStatus(appointmentId.toStdString(),
                                                            AppointmentStatus::Arrived);
        if (done) m_session->reload();
        return done.has_value();
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
    ui::test::ClinicFile m_file;
    std::unique_ptr<ui::PromptBackend> m_backend;
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<DeskTranslator> m_translator;
};

class Setup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable() {
        // Offscreen without a GPU: the software scene graph renders the same everywhere.
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    // Called for each test file with its own engine, each on a fresh copy of the demo clinic.
    void qmlEngineAvailable(QQmlEngine* engine) {
        // The static modules' qmldirs are in the resources, under qrc:/FrontDesk/...
        engine->addImportPath(QStringLiteral("qrc:/"));
        if (!m_dir.isValid()) qFatal("desk_quick_test: no temporary folder");
        const QString db = m_dir.filePath(QStringLiteral("desk-%1.db").arg(++m_clinics));
        if (auto built = ui::test::buildPromptDemo(db.toStdString(), ui::test::promptTestDay());
            !built)
            qFatal("desk_quick_test: demo clinic: %s", built.error().message.c_str());
        auto* fixture = new DeskFixture(db, engine);
        engine->rootContext()->setContextProperty(QStringLiteral("deskFixture"), fixture);
    }

private:
    QTemporaryDir m_dir;
    int m_clinics = 0;
};

}  // namespace frontdesk::desk::test

QUICK_TEST_MAIN_WITH_SETUP(desk_quick_test, frontdesk::desk::test::Setup)

#include "desk_quick_test.moc"
