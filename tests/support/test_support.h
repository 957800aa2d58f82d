#pragma once

// What a Catch2 test of the core includes: test_store.h, and Catch2 printers for money and
// dates. Needs Catch2 (the rest of this folder does not).

#include <string>

#include <catch2/catch.hpp>

#include "test_store.h"

// Failing checks on money print "$7.50" instead of "{?}".
namespace Catch {
template <>
struct StringMaker<frontdesk::Cents> {
    static std::string convert(const frontdesk::Cents& c) { return frontdesk::formatMoney(c); }
};
template <>
struct StringMaker<frontdesk::Date> {
    static std::string convert(const frontdesk::Date& d) { return d.iso(); }
};
}  // namespace Catch
