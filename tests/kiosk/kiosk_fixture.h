#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>
#include <optional>

#include "demo_visitors.h"  // tests/support
#include "kiosk_session.h"
#include "translator.h"

class QQmlEngine;

namespace frontdesk::kiosk::test {

// What the QML tests reach as the context property `kiosk`: a copy of the demo clinic, fresh
// sessions on it, its patients to check in, and what the store recorded. Every session is a
// real KioskSession with options {database, Config{}, the test day, "test-kiosk-N"} and a
// KioskTranslator, so the screens follow its language as in the program. Failures to copy
// or read the clinic end the test run (qFatal): nothing could be tested without it.
class KioskFixture : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString day READ day CONSTANT)

public:
    // `demoPath`: the demo clinic built for `day` (closed), copied for each new clinic.
    KioskFixture(QString demoPath, Date day, QQmlEngine& engine, QObject* parent = nullptr);
    ~KioskFixture() override;

    QString day() const { return QString::fromStdString(m_day.iso()); }

    // A new copy of the demo clinic for the sessions and visitors that follow, with every
    // patient unused again. The first session or visitor makes one when there is none.
    Q_INVOKABLE void newClinic();

    // A new session at Welcome, owned by the fixture, as a kiosk of its own ("test-kiosk-N").
    // The previous session's translator is removed (back to English).
    Q_INVOKABLE QObject* newSession();
    // A session whose database is a file that is not a database: check-in is unavailable.
    Q_INVOKABLE QObject* newUnavailableSession();

    // The next unused demo patient whose kiosk prompt state is `state` (DESIGN.md's strings:
    // small_balance, balance_due, credit_refund_due, ...), or when the demo has none left a
    // new patient made in that state, booked today: {mrn, familyName, givenName,
    // birthDigits (MMDDYYYY), birthDigitsDmy (DDMMYYYY), appointmentCode, appointmentTime,
    // provider}. An empty map when the state is unknown.
    Q_INVOKABLE QVariantMap visitor(const QString& state);

    // Books the patient a second appointment today at 16:45 with "Dr. Quinn".
    Q_INVOKABLE bool addSecondAppointment(const QString& mrn);
    // Adds a twin of the patient (same family name and birth date, the given first name)
    // with an appointment today at 16:30.
    Q_INVOKABLE bool addTwin(const QString& mrn, const QString& givenName);

    // The patient's latest reminder as stored: {outcome, channel, on}; empty when none.
    Q_INVOKABLE QVariantMap lastReminder(const QString& mrn);
    // The status of the patient's first appointment on the test day ("booked", "arrived",
    // ...); "" when there is none.
    Q_INVOKABLE QString appointmentStatus(const QString& mrn);

private:
    Store& store();
    QObject* adopt(KioskSession* session);
    bool book(const std::string& mrn, const std::string& id, const std::string& time);

    QString m_demoPath;
    Date m_day;
    QQmlEngine& m_engine;
    QTemporaryDir m_dir;
    int m_clinics = 0;
    int m_sessions = 0;
    std::string m_dbPath;
    std::unique_ptr<Store> m_store;
    std::optional<frontdesk::test::DemoVisitors> m_visitors;
    std::unique_ptr<KioskTranslator> m_translator;
};

}  // namespace frontdesk::kiosk::test
