#pragma once

#include <chrono>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "cds_cards.h"

namespace frontdesk::hooks {

// The cards this service issued, kept in memory until their feedback arrives (or they age
// out), so that feedback is only accepted for a card this service issued, and only once.
// Thread-safe.
class IssuedCards {
public:
    explicit IssuedCards(std::size_t capacity = 100'000) : m_capacity(capacity) {}

    void remember(IssuedCard card);
    // The card with this uuid, removed so that its feedback is recorded once; nullopt for a
    // uuid never issued (or already answered, or forgotten).
    std::optional<IssuedCard> take(const std::string& uuid);
    // Puts a taken card back (its feedback could not be recorded).
    void giveBack(IssuedCard card);

private:
    std::mutex m_mutex;
    std::unordered_map<std::string, IssuedCard> m_cards;
    std::deque<std::string> m_order;  // oldest first, for the capacity bound
    std::size_t m_capacity;
};

}  // namespace frontdesk::hooks
