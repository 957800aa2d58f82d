#include "prompt_fixture.h"

#include <QQmlEngine>

#include "frontdesk/domain/script.h"

namespace frontdesk::ui::test {
namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

template <typename T>
T orDie(Result<T> result) {
    if (!result) qFatal("prompt_quick_test: %s", result.error().message.c_str());
    return std::move(*result);
}

}  // namespace

PromptFixture::PromptFixture(const QString& dbPath, Date day, QObject* parent)
    : QObject(parent), m_day(day), m_file(dbPath.toStdString()) {
    auto opened = PromptBackend::open(dbPath.toStdString(), Config{}, day, "test-desk");
    if (!opened) qFatal("prompt_quick_test: %s", opened.error().message.c_str());
    m_backend = std::move(*opened);
    QQmlEngine::setObjectOwnership(m_backend.get(), QQmlEngine::CppOwnership);
    m_store = std::make_unique<Store>(orDie(Store::open(dbPath.toStdString())));
    auto patients = frontdesk::test::deskPatients(*m_store, day);
    if (!patients) qFatal("prompt_quick_test: %s", patients.error().message.c_str());
    m_patients = frontdesk::test::DemoVisitors(std::move(*patients));
}

PromptFixture::~PromptFixture() = default;

QString PromptFixture::patientIn(const QString& state) {
    const auto parsed = parsePromptState(state.toStdString());
    if (!parsed) return {};
    return qs(orDie(m_patients.takeOrMake(*m_store, m_day, *parsed)).mrn);
}

QString PromptFixture::patientInCooldown() {
    return qs(orDie(m_patients.takeOrMakeInCooldown(*m_store, m_day)).mrn);
}

QVariantMap PromptFixture::lastReminder(const QString& mrn) const {
    const auto r = m_file.lastReminder(mrn.toStdString());
    if (!r) return {};
    return {{"on", qs(r->onDate)},
            {"channel", qs(r->channel)},
            {"outcome", qs(r->outcome)},
            {"staffId", qs(r->staffId)},
            {"note", qs(r->note)}};
}

int PromptFixture::reminderCount(const QString& mrn) const {
    return m_file.reminderCount(mrn.toStdString());
}

int PromptFixture::auditCount(const QString& mrn) const {
    return m_file.auditCount(mrn.toStdString());
}

QString PromptFixture::dateAfter(int days) const {
    return qs(formatDateFor(m_day.plusDays(days), Language::En));
}

}  // namespace frontdesk::ui::test
