#include "frontdesk/domain/ledger.h"

#include <algorithm>
#include <charconv>
#include <deque>

namespace frontdesk {

Result<BucketEffect> bucketEffect(EntryKind kind, Cents amount, Cents largest) {
    if (amount.value() == 0) return fail(ErrorCode::BadInput, "amount must not be zero");
    if (kind != EntryKind::PatientAdjustment && amount.value() < 0)
        return fail(ErrorCode::BadInput,
                    "amount for " + std::string(toString(kind)) + " must be a positive magnitude");
    if (amount > largest || amount < -largest)
        return fail(ErrorCode::BadInput, "the amount " + formatMoneyPlain(amount) +
                                             " is above the largest one entry may carry (" +
                                             formatMoneyPlain(largest) +
                                             ", the policy's ledger.max_entry)");
    const Cents zero;
    switch (kind) {
        case EntryKind::ChargePatient:
        case EntryKind::Refund:
        case EntryKind::CreditApplied:
        case EntryKind::WriteoffReversal:
        case EntryKind::PatientAdjustment:
            return BucketEffect{amount, zero};
        case EntryKind::PatientPayment:
        case EntryKind::SmallBalanceWriteoff:
            return BucketEffect{-amount, zero};
        case EntryKind::ChargeInsurance:
            return BucketEffect{zero, amount};
        case EntryKind::InsurancePayment:
        case EntryKind::InsuranceAdjustment:
            return BucketEffect{zero, -amount};
        case EntryKind::TransferToPatient:
            return BucketEffect{amount, -amount};
    }
    return fail(ErrorCode::BadInput, "unknown entry kind");
}

std::optional<Date> LedgerTotals::oldestOpenOn() const {
    if (openLots.empty()) return std::nullopt;
    return openLots.front().since;
}

namespace {

// Takes up to `amount` (positive) from the front of `lots` (all of one sign), oldest first;
// returns what was left untaken. The pieces taken are appended to `taken` when given.
std::int64_t settle(std::deque<OpenLot>& lots, std::int64_t amount,
                    std::deque<OpenLot>* taken = nullptr) {
    while (amount > 0 && !lots.empty()) {
        OpenLot& lot = lots.front();
        const std::int64_t open = lot.amount.value() < 0 ? -lot.amount.value() : lot.amount.value();
        const std::int64_t take = open < amount ? open : amount;
        amount -= take;
        if (taken) taken->push_back({lot.since, Cents(lot.amount.value() < 0 ? -take : take)});
        if (take == open) {
            lots.pop_front();
        } else {
            lot.amount = Cents(lot.amount.value() < 0 ? -(open - take) : open - take);
        }
    }
    return amount;
}

// Puts a lot back in date order (a reinstated charge keeps the day it arose).
void reinstate(std::deque<OpenLot>& debts, const OpenLot& lot) {
    const auto at =
        std::upper_bound(debts.begin(), debts.end(), lot,
                         [](const OpenLot& a, const OpenLot& b) { return a.since < b.since; });
    debts.insert(at, lot);
}

}  // namespace

namespace {

tl::unexpected<Error> ledgerOutOfRange() {
    return tl::unexpected(moneyOutOfRange(ErrorCode::BadInput, "the ledger"));
}

// The three running sums of one entry; false when one would leave the range (an entry's
// effects themselves are within it, so that negating them is safe).
bool addEffect(LedgerTotals& totals, const LedgerEntry& e, bool writeoffOrReversal) {
    const Cents patient = e.effect.patient;
    const Cents insurance = e.effect.insurance;
    if (!checkedNegate(patient) || !checkedNegate(insurance)) return false;
    return addTo(totals.balance, patient) && addTo(totals.insurancePending, insurance) &&
           (!writeoffOrReversal || addTo(totals.writtenOff, -patient));
}

}  // namespace

Result<LedgerTotals> totalLedger(const std::vector<LedgerEntry>& entries) {
    LedgerTotals totals;
    std::deque<OpenLot> debts;       // positive lots, oldest first
    std::deque<OpenLot> credits;     // negative lots, oldest first
    std::deque<OpenLot> writtenOff;  // the charges write-offs settled, for reversals
    for (const LedgerEntry& e : entries) {
        const bool isWriteoff = e.kind == EntryKind::SmallBalanceWriteoff;
        const bool isReversal = e.kind == EntryKind::WriteoffReversal;
        if (!addEffect(totals, e, isWriteoff || isReversal)) return ledgerOutOfRange();
        // every lot is a part of the balance, of one sign: settling never overflows
        const std::int64_t v = e.effect.patient.value();
        if (v > 0) {
            std::int64_t rest = settle(credits, v);
            if (rest > 0 && isReversal) {
                // a reversal reinstates the written-off charges with the days they arose
                std::deque<OpenLot> back;
                rest = settle(writtenOff, rest, &back);
                for (const OpenLot& lot : back) reinstate(debts, lot);
            }
            if (rest > 0) reinstate(debts, {e.postedOn, Cents(rest)});
        } else if (v < 0) {
            const std::int64_t rest = settle(debts, -v, isWriteoff ? &writtenOff : nullptr);
            if (rest > 0) credits.push_back({e.postedOn, Cents(-rest)});
        }
    }
    const auto& open = debts.empty() ? credits : debts;
    totals.openLots.assign(open.begin(), open.end());
    return totals;
}

Result<Cents> openLotsTotal(const std::vector<OpenLot>& lots) {
    Cents total;
    for (const OpenLot& lot : lots) {
        const bool sameSign = (lot.amount.value() > 0) == (lots.front().amount.value() > 0);
        if (!sameSign || lot.amount.value() == 0)
            return fail(ErrorCode::BadInput, "the open charges are not all of one sign");
        if (!addTo(total, lot.amount))
            return tl::unexpected(moneyOutOfRange(ErrorCode::BadInput, "the open charges"));
    }
    return total;
}

std::string encodeLots(const std::vector<OpenLot>& lots) {
    std::string out;
    for (const OpenLot& lot : lots) {
        if (!out.empty()) out += ';';
        out += std::to_string(lot.since.days());
        out += ':';
        out += std::to_string(lot.amount.value());
    }
    return out;
}

std::vector<OpenLot> decodeLots(std::string_view text) {
    std::vector<OpenLot> lots;
    while (!text.empty()) {
        const auto end = text.find(';');
        const std::string_view item = text.substr(0, end);
        const auto colon = item.find(':');
        std::int32_t days = 0;
        std::int64_t cents = 0;
        std::from_chars(item.data(), item.data() + colon, days);
        std::from_chars(item.data() + colon + 1, item.data() + item.size(), cents);
        lots.push_back({Date::fromDays(days), Cents(cents)});
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return lots;
}

Result<AgingBuckets> ageLots(const std::vector<OpenLot>& lots, Date asOf) {
    AgingBuckets b;
    for (const OpenLot& lot : lots) {
        const std::int32_t age = asOf.daysSince(lot.since);
        Cents& bucket = age <= 30    ? b.days0to30
                        : age <= 60  ? b.days31to60
                        : age <= 90  ? b.days61to90
                        : age <= 120 ? b.days91to120
                                     : b.over120;
        if (!addTo(bucket, lot.amount))
            return tl::unexpected(moneyOutOfRange(ErrorCode::BadInput, "an aging bucket"));
    }
    return b;
}

}  // namespace frontdesk
