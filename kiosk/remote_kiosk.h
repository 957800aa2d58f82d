#pragma once

#include <memory>

#include "kiosk_backend.h"

namespace frontdesk::kiosk {

// The kiosk's check-in on the clinic server it is enrolled at: /v1/kiosk/* with its credential
// (docs/station-api.md). A server that cannot be reached, or that refuses the credential, is a
// Storage error: the kiosk says check-in is not available and asks again later.
std::unique_ptr<KioskBackend> makeRemoteKiosk(const KioskServer& server);

}  // namespace frontdesk::kiosk
