// The kiosk's check-in on this machine's database: KioskFlow over a Store the kiosk opens
// itself, and the FHIR check-in push when the clinic has it on.
#include <QDebug>

#include <chrono>

#include "frontdesk/fhir/checkin_pusher.h"
#include "kiosk_backend.h"
#include "remote_kiosk.h"

namespace frontdesk::kiosk {
namespace {

class LocalKiosk : public KioskBackend {
public:
    explicit LocalKiosk(const KioskOptions& options)
        : m_options(options), m_clock(options.clock ? options.clock : systemNow) {
        const FhirSettings& fhir = m_options.config.fhir;
        if (fhir.pushCheckins && !fhir.baseUrl.empty())
            m_pusher = std::make_unique<CheckinPusher>(
                m_options.dbPath, fhir,
                [](const std::string& line) { qWarning("kiosk: %s", line.c_str()); });
    }

    Result<void> ready() override {
        if (m_store) return {};
        auto store = Store::open(m_options.dbPath, Store::interactiveTuning());
        if (!store) return tl::unexpected(store.error());
        m_store = std::make_unique<Store>(std::move(*store));
        m_flow = std::make_unique<KioskFlow>(*m_store, m_options.config);
        return {};
    }

    Result<KioskIdentified> identify(const KioskIdentifyRequest& request) override {
        return run(
            [&] { return m_flow->identify(m_options.kioskId, request, today(), m_clock()); });
    }

    Result<KioskPromptView> checkIn(const std::string& handle, const std::string& appointmentId,
                                    Language language) override {
        auto view = run([&] {
            return m_flow->checkIn(m_options.kioskId, handle, appointmentId, language, today(),
                                   m_clock());
        });
        if (view && m_pusher) m_pusher->poke();  // the EHR hears of it in the background
        return view;
    }

    Result<void> answer(const std::string& handle, ReminderOutcome outcome) override {
        return run(
            [&] { return m_flow->answer(m_options.kioskId, handle, outcome, today(), m_clock()); });
    }

    Result<void> forget(const std::string& handle) override {
        return run([&] { return m_flow->forget(m_options.kioskId, handle, m_clock()); });
    }

private:
    Date today() const { return asOfOrToday(m_options.asOf, m_options.config.clinic.timeZone); }

    // Opens the database when it is not open; after a storage failure it is opened afresh on
    // the next request.
    template <typename Step>
    auto run(Step step) -> decltype(step()) {
        if (auto ok = ready(); !ok) return tl::unexpected(ok.error());
        auto result = step();
        if (!result && result.error().code == ErrorCode::Storage) {
            m_flow.reset();
            m_store.reset();
        }
        return result;
    }

    KioskOptions m_options;
    std::function<UnixSeconds()> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<KioskFlow> m_flow;
    std::unique_ptr<CheckinPusher> m_pusher;  // when fhir.push_checkins is on
};

}  // namespace

std::unique_ptr<KioskBackend> makeKioskBackend(const KioskOptions& options) {
    if (options.server) return makeRemoteKiosk(*options.server);
    return std::make_unique<LocalKiosk>(options);
}

}  // namespace frontdesk::kiosk
