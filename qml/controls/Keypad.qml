import QtQuick
import QtQuick.Layouts

// A large numeric keypad for the birth date: digits, erase, and nothing else.
GridLayout {
    id: keypad
    signal digit(string value)
    signal erase()

    columns: 3
    rowSpacing: 14
    columnSpacing: 14

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", "\u232b"]
        BigButton {
            required property string modelData
            objectName: "key_" + (modelData === "\u232b" ? "erase" : modelData)
            visible: modelData !== ""
            primary: false
            text: modelData
            accessibleName: modelData === "\u232b" ? qsTr("Erase") : modelData
            Layout.preferredWidth: 120
            Layout.preferredHeight: 84
            onClicked: modelData === "\u232b" ? keypad.erase() : keypad.digit(modelData)
        }
    }
}
