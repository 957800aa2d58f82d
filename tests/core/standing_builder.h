#pragma once

// Builds PatientStanding values for the pure policy tests (prompt_test, script_test), with
// every date relative to one as-of date so that ages and distances read as plain numbers.

#include <string>

#include "frontdesk/domain/prompt.h"
#include "test_support.h"

namespace frontdesk::test {

// The as-of date of the policy scenarios.
inline Date scenarioDay() {
    return Date::fromCivil(2026, 6, 30);
}

// A patient's standing as of scenarioDay(). Each method returns a changed copy, so
// scenarios read as one expression: Standing().owes("7.50", 120).reminded(2).
class Standing {
public:
    Standing() { m_s.mrn = "MRN-1001"; }

    // Adds an open charge (positive text) or credit (negative text) opened `ageDays` ago.
    // Add the oldest lot first.
    Standing owes(const char* amount, int ageDays) const {
        Standing c = *this;
        const Cents cents = money(amount);
        c.m_s.totals.openLots.push_back({scenarioDay().plusDays(-ageDays), cents});
        c.m_s.totals.balance += cents;
        return c;
    }
    // A credit (money owed to the patient) of the positive `amount`, `ageDays` old.
    Standing credit(const char* amount, int ageDays) const {
        return owes(("-" + std::string(amount)).c_str(), ageDays);
    }
    Standing reminded(int timesSinceOpen) const {
        Standing c = *this;
        c.m_s.remindersSinceOpen = timesSinceOpen;
        return c;
    }
    Standing lastReminder(int daysAgo, Channel channel = Channel::Desk,
                          ReminderOutcome outcome = ReminderOutcome::Shown) const {
        Standing c = *this;
        c.m_s.lastReminder = ReminderRecord{scenarioDay().plusDays(-daysAgo), channel, outcome, ""};
        return c;
    }
    Standing paidUnposted(int daysAgo) const {
        Standing c = *this;
        c.m_s.paidUnpostedOn = scenarioDay().plusDays(-daysAgo);
        return c;
    }
    Standing pendingInsurance(const char* amount) const {
        Standing c = *this;
        c.m_s.totals.insurancePending = money(amount);
        return c;
    }
    Standing writtenOff(const char* amount) const {
        Standing c = *this;
        c.m_s.totals.writtenOff = money(amount);
        return c;
    }
    Standing disputed() const {
        Standing c = *this;
        c.m_s.openDispute = true;
        return c;
    }
    Standing nextVisitIn(int days) const {
        Standing c = *this;
        c.m_s.nextVisit = scenarioDay().plusDays(days);
        return c;
    }
    Standing family(const char* amount) const {
        Standing c = *this;
        c.m_s.familyBalance = money(amount);
        return c;
    }

    const PatientStanding& get() const { return m_s; }
    operator const PatientStanding&() const { return m_s; }

private:
    PatientStanding m_s;
};

}  // namespace frontdesk::test
