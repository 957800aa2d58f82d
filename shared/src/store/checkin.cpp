#include "frontdesk/store/checkin.h"

#include <algorithm>

namespace frontdesk {
namespace {

// The base letter of a two-byte UTF-8 letter of Latin-1 Supplement or Latin Extended-A, or 0.
char baseLetter(unsigned code) {
    static constexpr const char* kLatin1 =  // U+00C0 .. U+00FF
        "aaaaaaaceeeeiiii"
        "dnooooo\0ouuuuyts"
        "aaaaaaaceeeeiiii"
        "dnooooo\0ouuuuyty";
    static constexpr const char* kExtendedA =  // U+0100 .. U+017F
        "aaaaaaccccccccdd"
        "ddeeeeeeeeeegggg"
        "gggghhhhiiiiiiii"
        "iijjjjkkklllllll"
        "lllnnnnnnnnnoooo"
        "oooorrrrrrssssss"
        "ssttttttuuuuuuuu"
        "uuuuwwyyyzzzzzzs";
    if (code >= 0xC0 && code <= 0xFF) return kLatin1[code - 0xC0];
    if (code >= 0x100 && code <= 0x17F) return kExtendedA[code - 0x100];
    if (code >= 0x218 && code <= 0x21B) return code < 0x21A ? 's' : 't';  // Ș ș Ț ț
    return 0;
}

bool isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::string trimmed(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

bool canCheckIn(const Appointment& a) {
    return a.status == AppointmentStatus::Booked || a.status == AppointmentStatus::Arrived;
}

Result<CheckinCandidate> withToday(Store& store, Patient patient, Date day) {
    auto appointments = store.appointmentsOf(patient.mrn, day);
    if (!appointments) return tl::unexpected(appointments.error());
    CheckinCandidate c{std::move(patient), {}};
    for (auto& a : *appointments)
        if (canCheckIn(a)) c.today.push_back(std::move(a));
    return c;
}

}  // namespace

std::string foldName(std::string_view name) {
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c < 0x80) {
            if (isAsciiAlnum(static_cast<char>(c)))
                out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            continue;
        }
        if ((c & 0xE0) == 0xC0 && i + 1 < name.size()) {
            const unsigned code =
                ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3Fu);
            if (const char base = baseLetter(code)) {
                out += base;
                if (code == 0xDF) out += 's';  // ß
                ++i;
                continue;
            }
            if (code == 0xD7 || code == 0xF7) {  // × ÷ are not letters
                ++i;
                continue;
            }
        }
        out += static_cast<char>(c);  // other scripts: kept byte for byte
    }
    return out;
}

Result<std::vector<CheckinCandidate>> matchByName(Store& store, std::string_view familyName,
                                                  Date birthDate, Date day) {
    const std::string wanted = foldName(familyName);
    std::vector<CheckinCandidate> out;
    if (wanted.empty()) return out;
    auto born = store.patientsBornOn(birthDate);
    if (!born) return tl::unexpected(born.error());
    for (Patient& p : *born) {
        if (foldName(p.familyName) != wanted) continue;
        auto candidate = withToday(store, std::move(p), day);
        if (!candidate) return tl::unexpected(candidate.error());
        if (!candidate->today.empty()) out.push_back(std::move(*candidate));
    }
    return out;
}

Result<std::vector<CheckinCandidate>> matchByCode(Store& store, std::string_view code,
                                                  Date birthDate, Date day) {
    std::vector<CheckinCandidate> out;
    const std::string id = trimmed(code);
    if (id.empty()) return out;
    auto appointment = store.findAppointment(id);
    if (!appointment) return tl::unexpected(appointment.error());
    if (!*appointment || (*appointment)->start.compare(0, 10, day.iso()) != 0 ||
        !canCheckIn(**appointment))
        return out;
    auto patient = store.findPatient((*appointment)->mrn);
    if (!patient) return tl::unexpected(patient.error());
    if (!*patient || (*patient)->birthDate != birthDate) return out;
    out.push_back({std::move(**patient), {std::move(**appointment)}});
    return out;
}

std::vector<Appointment> stillToCheckIn(const CheckinCandidate& candidate) {
    std::vector<Appointment> out;
    std::copy_if(candidate.today.begin(), candidate.today.end(), std::back_inserter(out),
                 [](const Appointment& a) { return a.status == AppointmentStatus::Booked; });
    return out;
}

std::vector<CheckinCandidate> narrowByInitial(const std::vector<CheckinCandidate>& candidates,
                                              std::string_view initial) {
    const std::string wanted = foldName(initial);
    std::vector<CheckinCandidate> out;
    if (wanted.empty()) return out;
    std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(out),
                 [&](const CheckinCandidate& c) {
                     return foldName(c.patient.givenName).rfind(wanted, 0) == 0;
                 });
    return out;
}

}  // namespace frontdesk
