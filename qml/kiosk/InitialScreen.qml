import QtQuick
import QtQuick.Layouts
import FrontDesk.Controls
import FrontDesk.Kiosk.Models

// Two patients match (twins): the first letter of the patient's first name tells them apart.
ScreenPage {
    id: page
    required property KioskSession session
    objectName: "initialScreen"
    title: qsTr("Please tap the first letter of your first name")
    onStartOver: session.startOver()

    GridLayout {
        anchors.centerIn: parent
        columns: 9
        rowSpacing: 14
        columnSpacing: 14
        Repeater {
            model: "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("")
            BigButton {
                required property string modelData
                objectName: "letter_" + modelData
                primary: false
                text: modelData
                Layout.preferredWidth: 96
                Layout.preferredHeight: 88
                onClicked: page.session.giveInitial(modelData)
            }
        }
    }
}
