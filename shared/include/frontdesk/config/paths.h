#pragma once

#include <string>

namespace frontdesk {

// The user's data folder for Front Desk: $XDG_DATA_HOME/frontdesk, else
// ~/.local/share/frontdesk. The default home of the clinic's database.
std::string dataDirectory();

// dataDirectory() + "/frontdesk.db": the database every program uses without --db.
std::string defaultDatabasePath();

}  // namespace frontdesk
