import QtQuick
import QtQuick.Layouts
import FrontDesk.Controls

// The birth date typed on a big keypad, shown as MM / DD / YYYY (or DD / MM / YYYY) above it.
ColumnLayout {
    id: entry
    property string order: "MDY"
    property string digits: ""
    property alias keyWidth: keypad.keyWidth
    property alias keyHeight: keypad.keyHeight
    readonly property bool complete: digits.length === 8
    readonly property real keypadWidth: keypad.width
    // The height of the date and its hint above the keys, for the screen to size the keys.
    readonly property real textHeight: dateText.implicitHeight + hint.implicitHeight + 2 * spacing
    spacing: Theme.gap

    function slot(from, count) {
        let s = ""
        for (let i = from; i < from + count; ++i)
            s += i < digits.length ? digits[i] : "_"
        return s
    }

    Text {
        id: dateText
        objectName: "birthDateText"
        Layout.alignment: Qt.AlignHCenter
        text: entry.slot(0, 2) + " / " + entry.slot(2, 2) + " / " + entry.slot(4, 4)
        font.pixelSize: Theme.titleSize
        font.family: "DejaVu Sans Mono"
        color: Theme.text
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Date of birth") + ": " + text
    }
    Text {
        id: hint
        Layout.alignment: Qt.AlignHCenter
        text: entry.order === "MDY" ? qsTr("month / day / year") : qsTr("day / month / year")
        font.pixelSize: Theme.bodySize
        font.family: Theme.fontFamily
        color: Theme.mutedText
    }
    Keypad {
        id: keypad
        objectName: "keypad"
        Layout.alignment: Qt.AlignHCenter
        onDigit: (value) => { if (entry.digits.length < 8) entry.digits += value }
        onErase: entry.digits = entry.digits.slice(0, -1)
    }
}
