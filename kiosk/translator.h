#pragma once

#include <QObject>
#include <QTranslator>

class QQmlEngine;

namespace frontdesk::kiosk {

class KioskSession;

// Keeps the screens in the session's language: loads the compiled translation (":/i18n")
// and asks the engine to retranslate whenever the language changes.
class KioskTranslator : public QObject {
    Q_OBJECT
public:
    KioskTranslator(KioskSession& session, QQmlEngine& engine, QObject* parent = nullptr);

private:
    void apply();
    KioskSession& m_session;
    QQmlEngine& m_engine;
    QTranslator m_translator;
};

}  // namespace frontdesk::kiosk
