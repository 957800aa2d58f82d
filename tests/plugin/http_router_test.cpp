// The routes of the CDS Hooks service without sockets: which endpoint a target is, the media
// type check, and what the log may say of a request.
#include <catch2/catch.hpp>

#include "http_router.h"

using namespace frontdesk::hooks;
namespace http = boost::beast::http;

TEST_CASE("a target is matched to its endpoint by its whole decoded path", "[hooks][router]") {
    CHECK(routeOf("/healthz").endpoint == Endpoint::Health);
    CHECK(routeOf("/healthz?verbose=1").endpoint == Endpoint::Health);
    CHECK(routeOf("/cds-services").endpoint == Endpoint::Discovery);
    const Route service = routeOf("/cds-services/frontdesk-patient-view");
    CHECK(service.endpoint == Endpoint::Service);
    CHECK(service.serviceId == "frontdesk-patient-view");
    const Route feedback = routeOf("/cds-services/frontdesk%2Dpatient-view/feedback");
    CHECK(feedback.endpoint == Endpoint::Feedback);
    CHECK(feedback.serviceId == "frontdesk-patient-view");
    CHECK(routeOf("/cds-services/feedback").serviceId == "feedback");
    for (const char* unknown :
         {"/cds-services/", "/cds-services/a/b", "/cds-services/a%2Fb", "/healthz/", "/",
          "/cds-services/%zz", "http://127.0.0.1/healthz", "", "/Jane-Doe/5551234567"}) {
        INFO(unknown);
        CHECK(routeOf(unknown).endpoint == Endpoint::Unknown);
    }
}

TEST_CASE("the log's name of a route is its pattern", "[hooks][router]") {
    CHECK(std::string(patternOf(Endpoint::Service)) == "/cds-services/{id}");
    CHECK(std::string(patternOf(Endpoint::Feedback)) == "/cds-services/{id}/feedback");
    CHECK(std::string(patternOf(Endpoint::Unknown)) == "(unknown route)");
    HttpRequest request{http::verb::get, "/", 11};
    CHECK(methodForLog(request) == "GET");
    request.method_string("Jane-Doe");  // any other token is the client's text
    CHECK(methodForLog(request) == "(other method)");
}

TEST_CASE("JSON is application/json in any case, with or without parameters", "[hooks][router]") {
    CHECK(isJsonMediaType("application/json"));
    CHECK(isJsonMediaType("Application/JSON; charset=UTF-8"));
    CHECK(isJsonMediaType(" APPLICATION/JSON ;charset=utf-8"));
    CHECK_FALSE(isJsonMediaType("application/jsonp"));
    CHECK_FALSE(isJsonMediaType("text/json"));
    CHECK_FALSE(isJsonMediaType(""));
    CHECK_FALSE(isJsonMediaType("application/fhir+json"));
}
