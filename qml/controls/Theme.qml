pragma Singleton
import QtQuick

// Colours and sizes of every screen. Calm, clinic-neutral; every text colour has a contrast
// of at least 4.5:1 on the background it is used on.
QtObject {
    property bool largeText: false
    readonly property real scale: largeText ? 1.3 : 1.0

    readonly property color background: "#f4f7f7"     // page
    readonly property color surface: "#ffffff"        // cards
    readonly property color text: "#1d2b36"           // 13.9:1 on background
    readonly property color mutedText: "#4a5a66"      // 6.8:1 on background
    readonly property color primary: "#0b6b68"        // buttons; white text on it 6.3:1
    readonly property color primaryPressed: "#084f4d"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color secondary: "#e2ecec"      // quiet buttons; text on it 11.9:1
    readonly property color secondaryPressed: "#cddede"
    readonly property color disabled: "#f4f7f7"       // a button not yet tappable; muted text 6.8:1
    readonly property color accent: "#8a4b08"         // countdown; 6.2:1 on its tint
    readonly property color accentTint: "#fbf0e2"
    readonly property color focus: "#1f5fbf"

    readonly property int minTouch: 72                // every control at least 64 px high
    readonly property int radius: 14
    readonly property int gap: 24
    readonly property int bodySize: Math.round(28 * scale)    // never below 24 px
    readonly property int titleSize: Math.round(44 * scale)
    readonly property int heroSize: Math.round(60 * scale)
    readonly property string fontFamily: "DejaVu Sans"
}
