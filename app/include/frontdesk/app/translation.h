#pragma once

#include <QString>

class QTranslator;

namespace frontdesk::app {

// Loads the compiled catalogue ":/i18n/<catalogue>_<language>" (frontdesk_kiosk_es, ...) into
// `translator` and installs it on the application in place of what `translator` held. English
// has a catalogue too: it holds the plural forms ("1 second", "2 seconds"). Returns false, with
// `translator` no longer installed, when the catalogue does not exist or there is no
// QCoreApplication yet.
bool installTranslation(QTranslator& translator, const QString& catalogue, const QString& language);

}  // namespace frontdesk::app
