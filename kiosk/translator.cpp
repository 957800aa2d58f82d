#include "translator.h"

#include <QCoreApplication>
#include <QDebug>
#include <QQmlEngine>

#include "kiosk_session.h"

namespace frontdesk::kiosk {

KioskTranslator::KioskTranslator(KioskSession& session, QQmlEngine& engine, QObject* parent)
    : QObject(parent), m_session(session), m_engine(engine) {
    connect(&m_session, &KioskSession::languageChanged, this, &KioskTranslator::apply);
    apply();
}

void KioskTranslator::apply() {
    QCoreApplication::removeTranslator(&m_translator);
    // English too: its file holds the plural forms ("1 second", "2 seconds")
    const QString language = m_session.language();
    if (m_translator.load(QStringLiteral(":/i18n/frontdesk_kiosk_") + language))
        QCoreApplication::installTranslator(&m_translator);
    else
        qWarning("kiosk: no translation for %s", qPrintable(language));
    m_engine.retranslate();
}

}  // namespace frontdesk::kiosk
