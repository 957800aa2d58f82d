#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QTranslator>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/config/config.h"
#include "frontdesk/domain/date.h"
#include "frontdesk/domain/error.h"
#include "frontdesk/station/clinic_data.h"

class QQmlEngine;

namespace frontdesk::ui {

// The clinic connection behind every BalancePrompt of a host (docs/balance-prompt.md): the
// clinic's data (ClinicData: the database on this computer, or the clinic server), used from
// the GUI thread (the one exception: the Reports view reads ClinicData::report on a thread of
// its own, and asks nothing else of the manager's data meanwhile), the staff id every lookup
// and outcome is recorded under, the language
// and the as-of date. A host opens one, keeps it alive as long as its prompts, and gives it to
// them; its own view models may share clinic().
class PromptBackend : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A host opens the backend in C++: PromptBackend::open")

    Q_PROPERTY(QString staffId READ staffId WRITE setStaffId NOTIFY staffIdChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString asOfText READ asOfText NOTIFY asOfChanged)
    // A remote clinic (the clinic server) that stopped answering: nothing can be recorded
    // until it answers again (found within a second or two, by itself). offlineSince is the
    // clinic's time it stopped, "HH:MM"; empty while online.
    Q_PROPERTY(bool offline READ offline NOTIFY offlineChanged)
    Q_PROPERTY(QString offlineSince READ offlineSince NOTIFY offlineChanged)

public:
    // Opens the clinic database at `dbPath` (interactive tuning) for `staffId`. `asOf` fixes
    // the date (tests, demos); without it every lookup uses today in config.clinic.timeZone.
    // Installs the component's translations on the application when one exists (create the
    // QGuiApplication first). Fails with BadInput for an empty staff id, otherwise with the
    // store's error (Storage, Unsupported) when the database cannot be opened.
    static Result<std::unique_ptr<PromptBackend>> open(const std::string& dbPath,
                                                       const Config& config,
                                                       std::optional<Date> asOf, QString staffId);
    // On clinic data opened elsewhere (a clinic server's, remote_clinic_data.h). BadInput for
    // an empty staff id.
    static Result<std::unique_ptr<PromptBackend>> create(std::unique_ptr<ClinicData> clinic,
                                                         QString staffId);
    ~PromptBackend() override;

    QString staffId() const { return m_staffId; }
    // Ignored when empty: every lookup needs someone to audit it under.
    void setStaffId(const QString& staffId);
    QString language() const { return m_language; }
    // "en", "es" or "ro"; anything else is ignored. Loads the component's translation for it,
    // retranslates the engines of the prompts, then emits languageChanged (prompts reload).
    void setLanguage(const QString& language);
    bool offline() const { return m_offlineSince.has_value(); }
    QString offlineSince() const;
    // The as-of date as "YYYY-MM-DD".
    QString asOfText() const { return QString::fromStdString(asOf().iso()); }

    // The fixed date, else today in the clinic (read anew at each call).
    Date asOf() const { return m_clinic->today(); }
    Language coreLanguage() const;
    const ClinicSettings& settings() const { return m_clinic->settings(); }
    ClinicData& clinic() { return *m_clinic; }

    // Retranslates `engine` whenever the language changes. Prompts call it with their own
    // engine; a host needs to call it only for an engine without prompts.
    void followLanguageIn(QQmlEngine* engine);

    // A prompt recorded an outcome for the patient (PromptCard::record emits it).
    void notifyOutcomeRecorded(const QString& mrn) { emit outcomeRecorded(mrn); }

signals:
    void staffIdChanged();
    void languageChanged();
    void asOfChanged();
    void offlineChanged();
    // After any prompt of this backend recorded an outcome, so that a host refreshes lists.
    void outcomeRecorded(const QString& mrn);

private:
    PromptBackend(std::unique_ptr<ClinicData> clinic, QString staffId);
    void loadTranslation();
    void followOffline();

    std::unique_ptr<ClinicData> m_clinic;
    std::optional<UnixSeconds> m_offlineSince;
    QTimer m_offlineCheck;
    QString m_staffId;
    QString m_language = QStringLiteral("en");
    QTranslator m_translator;
    std::vector<QPointer<QQmlEngine>> m_engines;
};

}  // namespace frontdesk::ui
