#include "issued_cards.h"

namespace frontdesk::hooks {

void IssuedCards::remember(IssuedCard card) {
    std::lock_guard lock(m_mutex);
    m_order.push_back(card.uuid);
    m_cards.insert_or_assign(card.uuid, std::move(card));
    while (m_order.size() > m_capacity) {
        m_cards.erase(m_order.front());
        m_order.pop_front();
    }
}

std::optional<IssuedCard> IssuedCards::take(const std::string& uuid) {
    std::lock_guard lock(m_mutex);
    const auto it = m_cards.find(uuid);
    if (it == m_cards.end()) return std::nullopt;
    IssuedCard card = std::move(it->second);
    m_cards.erase(it);
    return card;
}

void IssuedCards::giveBack(IssuedCard card) {
    remember(std::move(card));
}

}  // namespace frontdesk::hooks
