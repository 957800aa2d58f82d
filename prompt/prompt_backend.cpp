#include "prompt_backend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QQmlEngine>
#include <QTimeZone>

#include <algorithm>
#include <utility>

#include "frontdesk/app/translation.h"

namespace frontdesk::ui {

Result<std::unique_ptr<PromptBackend>> PromptBackend::open(const std::string& dbPath,
                                                           const Config& config,
                                                           std::optional<Date> asOf,
                                                           QString staffId) {
    if (staffId.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, "a staff id is needed: every lookup is audited under it");
    auto clinic = makeLocalClinicData(dbPath, config, asOf);
    if (!clinic) return tl::unexpected(clinic.error());
    return create(std::move(*clinic), std::move(staffId));
}

Result<std::unique_ptr<PromptBackend>> PromptBackend::create(std::unique_ptr<ClinicData> clinic,
                                                             QString staffId) {
    if (staffId.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, "a staff id is needed: every lookup is audited under it");
    return std::unique_ptr<PromptBackend>(new PromptBackend(std::move(clinic), std::move(staffId)));
}

PromptBackend::PromptBackend(std::unique_ptr<ClinicData> clinic, QString staffId)
    : m_clinic(std::move(clinic)), m_staffId(std::move(staffId)) {
    loadTranslation();
    m_offlineCheck.setInterval(500);
    connect(&m_offlineCheck, &QTimer::timeout, this, &PromptBackend::followOffline);
    m_offlineCheck.start();
}

void PromptBackend::followOffline() {
    const auto since = m_clinic->offlineSince();
    if (since == m_offlineSince) return;
    m_offlineSince = since;
    emit offlineChanged();
}

QString PromptBackend::offlineSince() const {
    if (!m_offlineSince) return {};
    const QTimeZone zone(QByteArray::fromStdString(m_clinic->settings().timeZone));
    const QDateTime at = QDateTime::fromSecsSinceEpoch(*m_offlineSince);
    return (zone.isValid() ? at.toTimeZone(zone) : at.toLocalTime()).toString("HH:mm");
}

PromptBackend::~PromptBackend() {
    if (QCoreApplication::instance()) QCoreApplication::removeTranslator(&m_translator);
}

void PromptBackend::setStaffId(const QString& staffId) {
    if (staffId.trimmed().isEmpty() || staffId == m_staffId) return;
    m_staffId = staffId;
    emit staffIdChanged();
}

void PromptBackend::setLanguage(const QString& language) {
    if (language == m_language || !parseLanguage(language.toStdString())) return;
    m_language = language;
    // The translation first, so that prompts reloading on languageChanged read the new one.
    loadTranslation();
    emit languageChanged();
}

Language PromptBackend::coreLanguage() const {
    return parseLanguage(m_language.toStdString()).value_or(Language::En);
}

void PromptBackend::followLanguageIn(QQmlEngine* engine) {
    if (!engine) return;
    std::erase_if(m_engines, [](const QPointer<QQmlEngine>& e) { return e.isNull(); });
    if (std::find(m_engines.begin(), m_engines.end(), engine) == m_engines.end())
        m_engines.emplace_back(engine);
}

void PromptBackend::loadTranslation() {
    // Before the host's QGuiApplication exists there is nothing to install on or retranslate.
    if (!QCoreApplication::instance()) return;
    app::installTranslation(m_translator, QStringLiteral("frontdesk_prompt"), m_language);
    for (const auto& engine : m_engines)
        if (engine) engine->retranslate();
}

}  // namespace frontdesk::ui
