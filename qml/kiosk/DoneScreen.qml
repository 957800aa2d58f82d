import QtQuick
import QtQuick.Layouts
import FrontDesk.Controls
import FrontDesk.Kiosk.Models

// "You're checked in. Please have a seat." Back to Welcome after a few seconds.
ScreenPage {
    id: page
    required property KioskSession session
    objectName: "doneScreen"
    showStartOver: false

    ColumnLayout {
        anchors.centerIn: parent
        spacing: Theme.gap * 1.5
        Text {
            objectName: "doneText"
            Layout.alignment: Qt.AlignHCenter
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("You're checked in. Please have a seat.")
            font.pixelSize: Theme.heroSize
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.maximumWidth: page.width - 80
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        BigButton {
            objectName: "finishButton"
            Layout.alignment: Qt.AlignHCenter
            primary: false
            text: qsTr("Done")
            onClicked: page.session.startOver()
        }
    }
}
