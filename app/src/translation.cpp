#include "frontdesk/app/translation.h"

#include <QCoreApplication>
#include <QTranslator>

namespace frontdesk::app {

bool installTranslation(QTranslator& translator, const QString& catalogue,
                        const QString& language) {
    // Translators live on the application: without one there is nowhere to install.
    if (!QCoreApplication::instance()) return false;
    QCoreApplication::removeTranslator(&translator);
    if (!translator.load(QStringLiteral(":/i18n/") + catalogue + QLatin1Char('_') + language))
        return false;
    QCoreApplication::installTranslator(&translator);
    return true;
}

}  // namespace frontdesk::app
