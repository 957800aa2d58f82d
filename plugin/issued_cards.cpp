#include "issued_cards.h"

namespace frontdesk::hooks {

void IssuedCards::remember(IssuedCard card) {
    std::lock_guard lock(m_mutex);
    m_order.push_back(card.uuid);
    std::string uuid = card.uuid;
    m_cards.insert_or_assign(std::move(uuid), Issued{std::move(card), {}});
    while (m_order.size() > m_capacity) {
        m_cards.erase(m_order.front());
        m_order.pop_front();
    }
}

std::optional<IssuedCard> IssuedCards::find(const std::string& uuid) {
    std::lock_guard lock(m_mutex);
    const auto it = m_cards.find(uuid);
    if (it == m_cards.end()) return std::nullopt;
    return it->second.card;
}

bool IssuedCards::claim(const std::string& uuid, ReminderOutcome outcome) {
    std::lock_guard lock(m_mutex);
    const auto it = m_cards.find(uuid);
    return it != m_cards.end() && it->second.answered.insert(outcome).second;
}

void IssuedCards::release(const std::string& uuid, ReminderOutcome outcome) {
    std::lock_guard lock(m_mutex);
    const auto it = m_cards.find(uuid);
    if (it != m_cards.end()) it->second.answered.erase(outcome);
}

}  // namespace frontdesk::hooks
