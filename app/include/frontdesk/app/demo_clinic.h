#pragma once

#include "frontdesk/app/command_line.h"

namespace frontdesk::app {

// When the program was started without --db (options.builtInDemo): builds the built-in demo
// clinic for the as-of date, today in the clinic's time zone without --as-of (see
// frontdesk::prepareDemoClinic). A failure is only warned about ("<program>: the demo clinic
// could not be built: ..."): the program then opens what the file holds. Call it once the
// application exists, so that --help builds nothing.
void prepareBuiltInDemo(const CommonOptions& options, const char* program);

}  // namespace frontdesk::app
