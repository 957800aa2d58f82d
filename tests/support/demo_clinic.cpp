#include "demo_clinic.h"

#include <cstdlib>

#include <unistd.h>

#include <filesystem>
#include <stdexcept>

#include "frontdesk/demo/demo.h"

namespace frontdesk::test {

Date demoDay() {
    return Date::fromCivil(2026, 11, 26);
}

Result<void> buildDemoClinicFile(const std::string& path, Date day) {
    auto store = Store::open(path);
    if (!store) return tl::unexpected(store.error());
    DemoOptions options;
    options.asOf = day;
    auto built = buildDemoClinic(*store, options);
    if (!built) return tl::unexpected(built.error());
    return {};
}

const std::string& demoClinicTemplate() {
    // Removed with its folder when the program ends. The folder is new (mkdtemp): a folder of
    // the same process id left by an earlier program that did not end normally (its pid reused
    // in a long test run) once held a clinic already, and the build refused it.
    struct Template {
        std::filesystem::path dir = newFolder();
        std::string db = (dir / "demo.db").string();
        static std::filesystem::path newFolder() {
            std::string name = (std::filesystem::temp_directory_path() /
                                ("frontdesk-demo-" + std::to_string(::getpid()) + "-XXXXXX"))
                                   .string();
            if (::mkdtemp(name.data()) == nullptr)
                throw std::runtime_error("cannot make a folder for the demo clinic: " + name);
            return name;
        }
        Template() {
            if (auto built = buildDemoClinicFile(db, demoDay()); !built)
                throw std::runtime_error(built.error().message);
        }
        ~Template() {
            std::error_code ignored;
            std::filesystem::remove_all(dir, ignored);
        }
    };
    static const Template made;
    return made.db;
}

DemoClinicCopy::DemoClinicCopy() : db(dir.file("clinic.db").string()) {
    std::filesystem::copy_file(demoClinicTemplate(), db);
}

}  // namespace frontdesk::test
