import QtQuick
import QtQuick.Layouts

// A large numeric keypad for the birth date: digits, erase, and nothing else, in the layout of
// a phone (0 under 8). The screen sizes the keys to the space it has (keyWidth, keyHeight).
GridLayout {
    id: keypad
    property real keyWidth: 150
    property real keyHeight: 100
    signal digit(string value)
    signal erase()

    columns: 3
    rowSpacing: 16
    columnSpacing: 16

    component Key: BigButton {
        objectName: "key_" + text
        primary: false
        font.pixelSize: Math.round(Math.min(keypad.keyHeight * 0.45, Theme.titleSize * 1.2))
        Layout.preferredWidth: keypad.keyWidth
        Layout.preferredHeight: keypad.keyHeight
        onClicked: text === "\u232b" ? keypad.erase() : keypad.digit(text)
    }

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        Key {
            required property string modelData
            text: modelData
        }
    }
    Item {
        Layout.preferredWidth: keypad.keyWidth
        Layout.preferredHeight: keypad.keyHeight
    }
    Key { text: "0" }
    Key {
        objectName: "key_erase"
        text: "\u232b"
        accessibleName: qsTr("Erase")
    }
}
