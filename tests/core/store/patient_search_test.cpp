#include <catch2/catch.hpp>

#include "frontdesk/store/change_watch.h"
#include "frontdesk/store/patient_search.h"
#include "raw_sqlite.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::TestStore;

namespace {

Patient patient(const char* mrn, const char* family, const char* given, const char* born,
                const char* phone = "") {
    return Patient{mrn, family, given, day(born), phone, "en", ""};
}

void seed(Store& store) {
    const std::vector<Patient> patients{
        patient("M-100", "Muñoz-Peña", "María", "1980-04-02", "5550102000"),
        patient("M-101", "Smith", "John", "1975-03-07", "5550103000"),
        patient("M-102", "Smithers", "Jane", "1990-07-03", "5550103000"),
        patient("M-103", "Jones", "Smitty", "2001-01-01"),
        patient("M-104", "Ștefănescu", "Ana", "1975-03-07"),
        patient("5550102000", "Numeric", "Mrn", "1960-12-31")};
    REQUIRE(store.putPatients(patients)->problems.empty());
}

std::vector<std::string> mrns(const Result<PatientSearchResult>& r) {
    REQUIRE(r);
    std::vector<std::string> out;
    out.reserve(r->patients.size());
    for (const auto& p : r->patients) out.push_back(p.mrn);
    return out;
}

std::vector<std::string> search(Store& store, const char* text,
                                DateOrder order = DateOrder::MonthFirst, std::size_t limit = 50) {
    return mrns(searchPatients(store, parsePatientQuery(text, order), limit));
}

using List = std::vector<std::string>;

}  // namespace

TEST_CASE("typed text is read as a birth date, a phone number or name prefixes", "[search]") {
    using K = PatientQuery::Kind;
    CHECK(parsePatientQuery("  ", DateOrder::MonthFirst).kind == K::Empty);
    CHECK(parsePatientQuery("1975-03-07", DateOrder::DayFirst).birthDate == day("1975-03-07"));
    CHECK(parsePatientQuery("03/07/1975", DateOrder::MonthFirst).birthDate == day("1975-03-07"));
    CHECK(parsePatientQuery("03/07/1975", DateOrder::DayFirst).birthDate == day("1975-07-03"));
    CHECK(parsePatientQuery("3.7.1975", DateOrder::DayFirst).birthDate == day("1975-07-03"));
    CHECK(parsePatientQuery("13/31/1975", DateOrder::MonthFirst).kind != K::BirthDate);
    const auto phone = parsePatientQuery("+1 (555) 010-2000", DateOrder::MonthFirst);
    CHECK(phone.kind == K::Phone);
    CHECK(phone.phoneDigits == "5550102000");
    const auto name = parsePatientQuery(" Smith,  JO ", DateOrder::MonthFirst);
    CHECK(name.kind == K::Name);
    CHECK(name.nameParts == List{"smith", "jo"});
    CHECK(name.mrn == "Smith,  JO");
}

TEST_CASE("a name prefix finds family or given names, ignoring case and accents", "[search]") {
    TestStore t;
    seed(t.store);
    CHECK(search(t.store, "smi") == List{"M-103", "M-101", "M-102"});  // Jones Smitty first
    CHECK(search(t.store, "SMITH") == List{"M-101", "M-102"});
    CHECK(search(t.store, "smith jo") == List{"M-101"});
    CHECK(search(t.store, "jo smith") == List{"M-101"});
    CHECK(search(t.store, "munoz") == List{"M-100"});
    CHECK(search(t.store, "MUÑOZ-pe") == List{"M-100"});
    CHECK(search(t.store, "maria") == List{"M-100"});
    CHECK(search(t.store, "stef") == List{"M-104"});
    CHECK(search(t.store, "zzz").empty());
    CHECK(search(t.store, "").empty());
}

TEST_CASE("a birth date or a phone number in any format finds its patients", "[search]") {
    TestStore t;
    seed(t.store);
    CHECK(search(t.store, "03/07/1975") == List{"M-101", "M-104"});
    CHECK(search(t.store, "07.03.1975", DateOrder::DayFirst) == List{"M-101", "M-104"});
    CHECK(search(t.store, "(555) 010-3000") == List{"M-101", "M-102"});
    CHECK(search(t.store, "+1 555 010 3000") == List{"M-101", "M-102"});
    auto byPhone = patientsByPhone(t.store, "555.010.3000");
    REQUIRE(byPhone);
    CHECK(byPhone->size() == 2);
    CHECK(patientsByPhone(t.store, "555-999-0000")->empty());
    CHECK_FALSE(patientsByPhone(t.store, "call me"));
}

TEST_CASE("the exact MRN comes first, also when it looks like a phone", "[search]") {
    TestStore t;
    seed(t.store);
    CHECK(search(t.store, "M-102") == List{"M-102"});
    CHECK(search(t.store, "5550102000") == List{"5550102000", "M-100"});
}

TEST_CASE("a patient whose MRN is also their own phone number is listed once", "[search]") {
    TestStore t;
    seed(t.store);
    const std::vector<Patient> same{
        patient("5550109000", "Same", "Digits", "1970-01-01", "5550109000")};
    REQUIRE(t.store.putPatients(same)->problems.empty());
    CHECK(search(t.store, "5550109000") == List{"5550109000"});
    CHECK(search(t.store, "555-010-9000") == List{"5550109000"});
}

TEST_CASE("a search stops at its limit and says there were more", "[search]") {
    TestStore t;
    seed(t.store);
    auto r = searchPatients(t.store, parsePatientQuery("smi", DateOrder::MonthFirst), 2);
    REQUIRE(r);
    CHECK(r->patients.size() == 2);
    CHECK(r->truncated);
    auto all = searchPatients(t.store, parsePatientQuery("smi", DateOrder::MonthFirst), 3);
    CHECK_FALSE(all->truncated);
}

TEST_CASE("a program without fold_name cannot rename a patient and leave stale keys", "[search]") {
    TestStore t;
    seed(t.store);
    test::RawDb raw(t.dir.file("clinic.db"));
    CHECK_THROWS_WITH(raw.exec("UPDATE patient SET family_name = 'Otsuka' WHERE mrn = 'M-103'"),
                      Catch::Contains("no such function: fold_name"));
    CHECK(search(t.store, "jones") == List{"M-103"});
    CHECK(search(t.store, "otsu").empty());
}

TEST_CASE("a change watch sees other connections' commits, not its own", "[search]") {
    TestStore t;
    ChangeWatch watch(t.store);
    CHECK_FALSE(*watch.changed());
    seed(t.store);
    CHECK_FALSE(*watch.changed());
    test::RawDb raw(t.dir.file("clinic.db"));
    raw.exec("INSERT INTO audit (at, actor, channel, action) VALUES ('x', 'y', 'desk', 'z')");
    CHECK(*watch.changed());
    CHECK_FALSE(*watch.changed());
}

TEST_CASE("migration 4 gives the patients already stored their name keys", "[search]") {
    test::TempDir dir;
    {
        auto store = Store::open(dir.file("clinic.db"));
        REQUIRE(store);
        seed(*store);
    }
    {
        test::RawDb raw(dir.file("clinic.db"));
        test::rewindSchema(raw, 3);
    }
    auto store = Store::open(dir.file("clinic.db"));
    REQUIRE(store);
    CHECK(search(*store, "smith") == List{"M-101", "M-102"});
    CHECK(search(*store, "stef") == List{"M-104"});
}

TEST_CASE("a name search that reads only part of a long range says it may be missing some",
          "[search]") {
    TestStore t;
    std::vector<Patient> many;
    many.reserve(5002);
    for (int i = 0; i < 5001; ++i)
        many.push_back(
            Patient{"S" + std::to_string(i), "Smith", "Anna", day("1980-01-01"), "", "en", ""});
    many.push_back(Patient{"S-late", "Smith", "Joan", day("1980-01-01"), "", "en", ""});
    REQUIRE(t.store.putPatients(many)->problems.empty());
    auto r = searchPatients(t.store, parsePatientQuery("smith jo", DateOrder::MonthFirst));
    REQUIRE(r);
    CHECK(r->truncated);
    auto one = searchPatients(t.store, parsePatientQuery("smith", DateOrder::MonthFirst));
    REQUIRE(one);
    CHECK(one->patients.size() == 50);
    CHECK(one->truncated);
}
