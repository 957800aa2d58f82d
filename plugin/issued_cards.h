#pragma once

#include <chrono>
#include <deque>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "cds_cards.h"

namespace frontdesk::hooks {

// The cards this service issued, kept in memory (the newest `capacity`), so that feedback is
// only accepted for a card this service issued, and each outcome of a card is recorded once
// however often the EHR sends it (the CDS Hooks specification lets a client resend feedback).
// Thread-safe.
class IssuedCards {
public:
    explicit IssuedCards(std::size_t capacity = 100'000) : m_capacity(capacity) {}

    void remember(IssuedCard card);
    // A copy of the card with this uuid; nullopt for a uuid never issued (or forgotten).
    std::optional<IssuedCard> find(const std::string& uuid);
    // Claims the recording of `outcome` for the card: true the first time, false when that
    // outcome was already recorded or is being recorded (the feedback was resent) or the card
    // is not (or no longer) known.
    bool claim(const std::string& uuid, ReminderOutcome outcome);
    // Gives a claim back when its outcome could not be recorded, so that a resend records it.
    void release(const std::string& uuid, ReminderOutcome outcome);

private:
    struct Issued {
        IssuedCard card;
        std::set<ReminderOutcome> answered;  // outcomes recorded (or being recorded)
    };
    std::mutex m_mutex;
    std::unordered_map<std::string, Issued> m_cards;
    std::deque<std::string> m_order;  // oldest first, for the capacity bound
    std::size_t m_capacity;
};

}  // namespace frontdesk::hooks
