#pragma once

#include <QObject>
#include <QTranslator>

class QQmlEngine;

namespace frontdesk::ui {
class PromptBackend;
}

namespace frontdesk::desk {

// Keeps the panel's screens in the backend's language (":/i18n/frontdesk_desk_<lang>"); the
// BalancePrompt component loads its own translation the same way.
class DeskTranslator : public QObject {
    Q_OBJECT
public:
    DeskTranslator(ui::PromptBackend& backend, QQmlEngine& engine, QObject* parent = nullptr);

private:
    void apply();
    ui::PromptBackend& m_backend;
    QQmlEngine& m_engine;
    QTranslator m_translator;
};

}  // namespace frontdesk::desk
