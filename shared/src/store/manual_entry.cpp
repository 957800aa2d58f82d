#include "frontdesk/store/manual_entry.h"

#include <cstdio>
#include <random>

namespace frontdesk {
namespace {

std::string newSourceId() {
    std::random_device device;
    std::mt19937_64 rng((static_cast<std::uint64_t>(device()) << 32) ^ device());
    char id[32];
    std::snprintf(id, sizeof id, "manual:%016llx", static_cast<unsigned long long>(rng()));
    return id;
}

}  // namespace

Result<PostedEntry> postManualEntry(Store& store, const ManualEntry& e, Date asOf) {
    const auto kind = parseEntryKind(e.kind);
    if (!kind) return fail(ErrorCode::BadInput, "'" + e.kind + "' is not a ledger entry kind");
    if (*kind == EntryKind::SmallBalanceWriteoff || *kind == EntryKind::WriteoffReversal)
        return fail(ErrorCode::BadInput, "'" + e.kind + "' is posted by the write-off run only");
    auto amount = parseMoney(e.amount);
    if (!amount) return tl::unexpected(amount.error());
    Date on = asOf;
    if (!e.on.empty()) {
        auto parsed = parseDate(e.on);
        if (!parsed) return fail(ErrorCode::BadInput, "--on: " + parsed.error().message);
        on = *parsed;
    }
    const NewEntry entry{newSourceId(), e.mrn, on, *kind, *amount, e.memo};
    auto outcome = store.postEntries({&entry, 1});
    if (!outcome) return tl::unexpected(outcome.error());
    if (!outcome->problems.empty())
        return fail(ErrorCode::BadInput, outcome->problems.front().reason);
    auto standing = store.standing(e.mrn, asOf);
    if (!standing) return tl::unexpected(standing.error());
    return PostedEntry{entry.sourceId,          e.mrn, e.kind, *amount, on, outcome->reversed,
                       standing->totals.balance};
}

nlohmann::json postedEntryToJson(const PostedEntry& p) {
    return {{"entry_id", p.entryId},
            {"mrn", p.mrn},
            {"kind", p.kind},
            {"amount_cents", p.amount.value()},
            {"posted_on", p.postedOn.iso()},
            {"reversed_cents", p.reversed.value()},
            {"balance_cents", p.balance.value()}};
}

Result<PostedEntry> postedEntryFromJson(const nlohmann::json& json) {
    const auto text = [&](const char* key) -> std::optional<std::string> {
        const auto it = json.is_object() ? json.find(key) : json.end();
        if (!json.is_object() || it == json.end() || !it->is_string()) return std::nullopt;
        return it->get<std::string>();
    };
    const auto cents = [&](const char* key) -> std::optional<Cents> {
        const auto it = json.is_object() ? json.find(key) : json.end();
        if (!json.is_object() || it == json.end() || !it->is_number_integer()) return std::nullopt;
        return Cents(it->get<std::int64_t>());
    };
    const auto on = text("posted_on") ? parseDate(*text("posted_on")) : Result<Date>(Date{});
    if (!text("entry_id") || !text("mrn") || !text("kind") || !cents("amount_cents") ||
        !text("posted_on") || !on || !cents("reversed_cents") || !cents("balance_cents"))
        return fail(ErrorCode::BadInput,
                    "the posted entry lacks a member or has one of another type");
    return PostedEntry{*text("entry_id"),      *text("mrn"), *text("kind"),
                       *cents("amount_cents"), *on,          *cents("reversed_cents"),
                       *cents("balance_cents")};
}

}  // namespace frontdesk
