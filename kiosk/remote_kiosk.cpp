#include "remote_kiosk.h"

#include "frontdesk/station/station_client.h"

namespace frontdesk::kiosk {
namespace {

using nlohmann::json;

std::string textOf(const json& object, const char* key) {
    const auto it = object.is_object() ? object.find(key) : object.end();
    return object.is_object() && it != object.end() && it->is_string() ? it->get<std::string>()
                                                                       : std::string();
}

Error unexpectedAnswer(const char* what) {
    return {ErrorCode::Storage, std::string("the server's answer to ") + what + " is incomplete"};
}

Result<KioskIdentified> identifiedOf(const json& body) {
    KioskIdentified out;
    if (textOf(body, "ask") == "given_initial") {
        out.kind = KioskIdentified::Kind::AskInitial;
        return out;
    }
    out.kind = KioskIdentified::Kind::Found;
    out.handle = textOf(body, "checkin");
    out.firstName = textOf(body, "first_name");
    const auto list = body.is_object() ? body.find("appointments") : body.end();
    if (out.handle.empty() || !body.is_object() || list == body.end() || !list->is_array())
        return tl::unexpected(unexpectedAnswer("identify"));
    for (const json& a : *list)
        out.appointments.push_back(
            {textOf(a, "id"), textOf(a, "start"), textOf(a, "provider"), textOf(a, "location")});
    return out;
}

Result<KioskPromptView> promptViewOf(const json& body) {
    const auto remind = body.is_object() ? body.find("remind") : body.end();
    const auto state = parsePromptState(textOf(body, "state"));
    if (!body.is_object() || remind == body.end() || !remind->is_boolean() || !state)
        return tl::unexpected(unexpectedAnswer("check-in"));
    KioskPromptView view;
    view.remind = remind->get<bool>();
    view.state = *state;
    view.kind = textOf(body, "kind");
    view.message = textOf(body, "message");
    view.amount = textOf(body, "amount");
    if (const auto answers = body.find("answers"); answers != body.end() && answers->is_array())
        for (const json& a : *answers)
            if (const auto outcome =
                    parseReminderOutcome(a.is_string() ? a.get<std::string>() : ""))
                view.answers.push_back(*outcome);
    return view;
}

class RemoteKiosk : public KioskBackend {
public:
    explicit RemoteKiosk(KioskServer server) : m_server(std::move(server)) {}

    Result<void> ready() override {
        if (auto connected = connect(); !connected) return connected;
        auto me = m_client->get("/v1/station");
        if (!me) return refused(me.error());
        if (textOf(*me, "role") != "kiosk")
            return fail(ErrorCode::BadInput, "the server knows this station as '" +
                                                 textOf(*me, "role") + "', not as a kiosk");
        return {};
    }

    Result<KioskIdentified> identify(const KioskIdentifyRequest& request) override {
        if (auto connected = connect(); !connected) return tl::unexpected(connected.error());
        json body{{"birth_date", request.birthDate.iso()}};
        if (request.familyName.empty())
            body["appointment_code"] = request.appointmentCode;
        else
            body["family_name"] = request.familyName;
        if (!request.givenInitial.empty()) body["given_initial"] = request.givenInitial;
        auto reply = m_client->call("POST", "/v1/kiosk/identify", body, false);
        if (!reply) return tl::unexpected(reply.error());
        switch (reply->status) {
            case 200:
                return identifiedOf(reply->body);
            case 404:
                return KioskIdentified{};  // NotFound, the same for every miss
            case 429: {
                KioskIdentified locked;
                locked.kind = KioskIdentified::Kind::LockedOut;
                locked.retryAfterS = reply->retryAfterS;
                return locked;
            }
            default:
                return tl::unexpected(refusedError(stationError(*reply)));
        }
    }

    Result<KioskPromptView> checkIn(const std::string& handle, const std::string& appointmentId,
                                    Language language) override {
        if (auto connected = connect(); !connected) return tl::unexpected(connected.error());
        auto body = m_client->post(
            visit(handle) + "/checkin",
            {{"appointment", appointmentId}, {"language", toString(language)}}, true);
        if (!body) return tl::unexpected(refusedError(body.error()));
        return promptViewOf(*body);
    }

    Result<void> answer(const std::string& handle, ReminderOutcome outcome) override {
        if (auto connected = connect(); !connected) return connected;
        auto body =
            m_client->post(visit(handle) + "/answer", {{"outcome", toString(outcome)}}, true);
        if (!body) return refused(body.error());
        return {};
    }

    Result<void> forget(const std::string& handle) override {
        if (auto connected = connect(); !connected) return connected;
        if (auto ok = m_client->remove(visit(handle)); !ok) return refused(ok.error());
        return {};
    }

private:
    static std::string visit(const std::string& handle) {
        return "/v1/kiosk/visits/" + urlEncoded(handle);
    }

    // The credential is read at the first request and again after a failure, so that a kiosk
    // enrolled again (a new credential file) recovers without a restart.
    Result<void> connect() {
        if (m_client) return {};
        auto credential = readCredential(m_server.credentialPath);
        if (!credential) return tl::unexpected(credential.error());
        auto client = StationClient::create({credential->server, credential->token, m_server.caFile,
                                             std::chrono::seconds(2), std::chrono::seconds(5)});
        if (!client) return tl::unexpected(client.error());
        m_client = std::make_unique<StationClient>(std::move(*client));
        return {};
    }

    // Every failure of the server's is the kiosk's "not available now": the connection is
    // made afresh at the next try.
    Error refusedError(Error error) {
        m_client.reset();
        if (error.code != ErrorCode::NotFound && error.code != ErrorCode::Conflict)
            error.code = ErrorCode::Storage;
        return error;
    }
    Result<void> refused(Error error) { return tl::unexpected(refusedError(std::move(error))); }

    KioskServer m_server;
    std::unique_ptr<StationClient> m_client;
};

}  // namespace

std::unique_ptr<KioskBackend> makeRemoteKiosk(const KioskServer& server) {
    return std::make_unique<RemoteKiosk>(server);
}

}  // namespace frontdesk::kiosk
