pragma Singleton
import QtQuick

// Private to FrontDesk.Prompt: colours and desktop sizes of the balance prompt. The palette
// is FrontDesk.Controls' (calm, clinic-neutral); the sizes suit a mouse and keyboard at a
// desk. Every text colour has a contrast of at least 4.5:1 on the surface it is used on.
QtObject {
    readonly property color surface: "#ffffff"
    readonly property color border: "#cfdadb"
    readonly property color text: "#1d2b36"
    readonly property color mutedText: "#4a5a66"
    readonly property color primary: "#0b6b68"
    readonly property color primaryPressed: "#084f4d"
    readonly property color primaryHover: "#0a5f5c"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color quiet: "#e8efef"
    readonly property color quietHover: "#dce7e7"
    readonly property color quietPressed: "#cddede"
    readonly property color scriptTint: "#f2f6f6"
    readonly property color focus: "#1f5fbf"
    readonly property color error: "#a4262c"
    readonly property color errorTint: "#fdecec"
    readonly property color notice: "#6b4a07"
    readonly property color noticeTint: "#fbf3e1"

    readonly property int radius: 6
    readonly property int padding: 16
    readonly property int spacing: 10
    readonly property int smallSize: 12
    readonly property int bodySize: 14
    readonly property int scriptSize: 15
    readonly property int amountSize: 28
    readonly property int controlHeight: 32
    readonly property int focusWidth: 2

    // The badge colours of each prompt state: [background, text].
    function badgeColors(state) {
        switch (state) {
        case "small_balance": return ["#fbf0e2", "#7a4207"]
        case "balance_due": return ["#fbe7e4", "#9b2c1f"]
        case "written_off_collectable": return ["#e9edf2", "#3d4f61"]
        case "credit_apply_next_visit":
        case "credit_refund_due":
        case "credit_on_file": return ["#e3eefb", "#1f4f8f"]
        case "unclaimed_property_review": return ["#efe8f7", "#5b3b8a"]
        default: return ["#e3f1ea", "#1d6b45"]
        }
    }
}
