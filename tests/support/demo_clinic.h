#pragma once

// The demo clinic the front ends' tests run on: 2,000 patients, seed 1, as of one fixed day.

#include <string>

#include "frontdesk/store/store.h"
#include "test_store.h"

namespace frontdesk::test {

// The day the tests on the demo clinic run on (2026-11-26).
Date demoDay();

// Builds the demo clinic for `day` into a new file at `path`.
Result<void> buildDemoClinicFile(const std::string& path, Date day);

// The demo clinic of demoDay(), built once per program in a temp folder of its own that is
// removed when the program ends; tests copy it rather than change it. Throws
// std::runtime_error when it cannot be built.
const std::string& demoClinicTemplate();

// A fresh copy of demoClinicTemplate(), "clinic.db" in a temp dir of its own.
struct DemoClinicCopy {
    TempDir dir;
    std::string db;
    DemoClinicCopy();
};

}  // namespace frontdesk::test
