#include "translator.h"

#include <QQmlEngine>

#include "frontdesk/app/translation.h"
#include "kiosk_session.h"

namespace frontdesk::kiosk {

KioskTranslator::KioskTranslator(KioskSession& session, QQmlEngine& engine, QObject* parent)
    : QObject(parent), m_session(session), m_engine(engine) {
    connect(&m_session, &KioskSession::languageChanged, this, &KioskTranslator::apply);
    apply();
}

void KioskTranslator::apply() {
    const QString language = m_session.language();
    if (!app::installTranslation(m_translator, QStringLiteral("frontdesk_kiosk"), language))
        qWarning("kiosk: no translation for %s", qPrintable(language));
    m_engine.retranslate();
}

}  // namespace frontdesk::kiosk
