#include "desk_translator.h"

#include <QCoreApplication>
#include <QQmlEngine>

#include "prompt_backend.h"

namespace frontdesk::desk {

DeskTranslator::DeskTranslator(ui::PromptBackend& backend, QQmlEngine& engine, QObject* parent)
    : QObject(parent), m_backend(backend), m_engine(engine) {
    connect(&m_backend, &ui::PromptBackend::languageChanged, this, &DeskTranslator::apply);
    apply();
}

void DeskTranslator::apply() {
    QCoreApplication::removeTranslator(&m_translator);
    // English too: its file holds the plural forms ("1 matching patient", "2 ...")
    if (m_translator.load(QStringLiteral(":/i18n/frontdesk_desk_") + m_backend.language()))
        QCoreApplication::installTranslator(&m_translator);
    m_engine.retranslate();
}

}  // namespace frontdesk::desk
