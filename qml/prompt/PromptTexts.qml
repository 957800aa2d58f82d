pragma Singleton
import QtQuick

// Private to FrontDesk.Prompt: the words for the core's stable strings (prompt states,
// outcomes, channels), translated here, keyed by the string. The English outcome labels are
// the core's (frontdesk::outcomeLabel). Bindings pass the language so that they follow it.
QtObject {
    function stateLabel(state, language) {
        switch (state) {
        case "small_balance": return qsTr("Small balance")
        case "balance_due": return qsTr("Balance due")
        case "written_off_collectable": return qsTr("Written off, collectable")
        case "credit_apply_next_visit": return qsTr("Credit: apply at next visit")
        case "credit_refund_due": return qsTr("Credit: refund due")
        case "credit_on_file": return qsTr("Credit on file")
        case "unclaimed_property_review": return qsTr("Credit: unclaimed property review")
        case "none": return qsTr("Nothing to mention")
        default: return state
        }
    }

    function outcomeLabel(outcome, language) {
        switch (outcome) {
        case "shown": return qsTr("Told the patient; no decision yet")
        case "will_pay_at_desk": return qsTr("Patient will pay at the desk")
        case "paid": return qsTr("Patient paid")
        case "promised": return qsTr("Patient promised to pay")
        case "disputed": return qsTr("Patient disputes the balance")
        case "declined": return qsTr("Patient declined")
        case "not_appropriate": return qsTr("Not appropriate to mention now")
        case "apply_credit": return qsTr("Apply the credit to the visit")
        case "refund_requested": return qsTr("Patient asked for a refund")
        default: return outcome
        }
    }

    function channelLabel(channel, language) {
        switch (channel) {
        case "kiosk": return qsTr("kiosk")
        case "desk": return qsTr("front desk")
        case "phone": return qsTr("phone")
        default: return channel
        }
    }
}
