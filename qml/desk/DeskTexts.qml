pragma Singleton
import QtQuick

// Words for the core's stable strings (prompt states, appointment statuses), translated.
QtObject {
    function stateLabel(state) {
        switch (state) {
        case "small_balance": return qsTr("Small balance")
        case "balance_due": return qsTr("Balance due")
        case "written_off_collectable": return qsTr("Written off, collectable")
        case "credit_apply_next_visit": return qsTr("Credit: apply")
        case "credit_refund_due": return qsTr("Refund due")
        case "credit_on_file": return qsTr("Credit on file")
        case "unclaimed_property_review": return qsTr("Unclaimed credit")
        default: return ""
        }
    }
    function statusLabel(status) {
        switch (status) {
        case "booked": return qsTr("Booked")
        // One word for both, the kiosk's ("You're checked in").
        case "arrived":
        case "checked-in": return qsTr("Checked in")
        case "fulfilled": return qsTr("Seen")
        case "cancelled": return qsTr("Cancelled")
        case "noshow": return qsTr("No-show")
        default: return status
        }
    }
    readonly property color ink: "#1d2733"
    readonly property color muted: "#5b6776"
    readonly property color line: "#d5dbe3"
    readonly property color paper: "#f6f7f9"
    readonly property color panel: "#ffffff"
    readonly property color accent: "#1f5fa8"
    readonly property color focus: "#f2a900"
    readonly property color owe: "#9a5b00"
    readonly property color oweBack: "#fff3dc"
    readonly property color due: "#a12a2a"
    readonly property color dueBack: "#fbe5e5"
    readonly property color credit: "#1d6b3a"
    readonly property color creditBack: "#e2f4e8"
    readonly property int fontSize: 15
}
