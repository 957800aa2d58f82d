#include "frontdesk/app/demo_clinic.h"

#include <QtGlobal>

#include "frontdesk/demo/demo.h"

namespace frontdesk::app {

void prepareBuiltInDemo(const CommonOptions& options, const char* program) {
    if (!options.builtInDemo) return;
    const Date asOf = asOfOrToday(options.asOf, options.config.clinic.timeZone);
    if (auto ok = prepareDemoClinic(options.dbPath, asOf); !ok)
        qWarning("%s: the demo clinic could not be built: %s", program, ok.error().message.c_str());
}

}  // namespace frontdesk::app
