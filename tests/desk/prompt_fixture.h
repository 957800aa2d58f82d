#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>

#include <memory>

#include "clinic_file.h"    // tests/support
#include "demo_visitors.h"  // tests/support
#include "prompt_backend.h"

namespace frontdesk::ui::test {

// What tst_balance_prompt.qml reaches as the context property `promptFixture`: a
// PromptBackend (staff "test-desk", fixed day) on a demo clinic file, its patients by desk
// prompt state, and what the database holds, read with plain SQL. Failures to open the
// clinic end the run (qFatal): nothing could be tested without it.
class PromptFixture : public QObject {
    Q_OBJECT
    Q_PROPERTY(frontdesk::ui::PromptBackend* backend READ backend CONSTANT)
    Q_PROPERTY(QString day READ day CONSTANT)

public:
    PromptFixture(const QString& dbPath, Date day, QObject* parent = nullptr);
    ~PromptFixture() override;

    PromptBackend* backend() const { return m_backend.get(); }
    QString day() const { return QString::fromStdString(m_day.iso()); }

    // An unused patient whose desk prompt is in `state` (DESIGN.md's strings) and not in
    // its cooldown, or when the demo has none left a new patient made in that state; "" when
    // the state is unknown.
    Q_INVOKABLE QString patientIn(const QString& state);
    // An unused patient whose desk prompt is in its cooldown (made when the demo has none).
    Q_INVOKABLE QString patientInCooldown();
    // The patient's latest stored reminder: {on, channel, outcome, staffId, note}; {} if none.
    Q_INVOKABLE QVariantMap lastReminder(const QString& mrn) const;
    Q_INVOKABLE int reminderCount(const QString& mrn) const;
    Q_INVOKABLE int auditCount(const QString& mrn) const;
    // The test day plus `days`, as the prompt shows dates in English ("Dec 10, 2026").
    Q_INVOKABLE QString dateAfter(int days) const;

private:
    Date m_day;
    frontdesk::test::ClinicFile m_file;
    std::unique_ptr<PromptBackend> m_backend;
    std::unique_ptr<Store> m_store;  // the fixture's own connection, to find and make patients
    frontdesk::test::DemoVisitors m_patients;
};

}  // namespace frontdesk::ui::test
