#include "frontdesk/domain/policy.h"

#include <cmath>

namespace frontdesk {

Cents Policy::statementThreshold() const {
    return Cents(
        std::llround(static_cast<double>(costPerStatement.value()) * statementMinCostMultiple));
}

}  // namespace frontdesk
