import QtQuick
import QtQuick.Layouts
import FrontDesk.Controls
import FrontDesk.Kiosk.Models

// One kind message (not found, locked out, unavailable) and at most one action.
ScreenPage {
    id: page
    required property KioskSession session
    property string message
    property string actionText
    signal action()
    onStartOver: session.startOver()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, 1100)
        spacing: Theme.gap * 1.5
        Text {
            objectName: "messageText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: page.message
            font.pixelSize: Theme.titleSize
            font.family: Theme.fontFamily
            color: Theme.text
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        BigButton {
            objectName: "messageAction"
            Layout.alignment: Qt.AlignHCenter
            visible: page.actionText.length > 0
            text: page.actionText
            onClicked: page.action()
        }
    }
}
