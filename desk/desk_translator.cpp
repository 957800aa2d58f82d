#include "desk_translator.h"

#include <QQmlEngine>

#include "frontdesk/app/translation.h"
#include "prompt_backend.h"

namespace frontdesk::desk {

DeskTranslator::DeskTranslator(ui::PromptBackend& backend, QQmlEngine& engine, QObject* parent)
    : QObject(parent), m_backend(backend), m_engine(engine) {
    connect(&m_backend, &ui::PromptBackend::languageChanged, this, &DeskTranslator::apply);
    apply();
}

void DeskTranslator::apply() {
    app::installTranslation(m_translator, QStringLiteral("frontdesk_desk"), m_backend.language());
    m_engine.retranslate();
}

}  // namespace frontdesk::desk
