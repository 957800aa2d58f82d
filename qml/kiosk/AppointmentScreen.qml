import QtQuick
import QtQuick.Layouts
import FrontDesk.Controls
import FrontDesk.Kiosk.Models

// "Hi Maria: 10:30 with Dr. Lee", and the button that checks the patient in.
ScreenPage {
    id: page
    required property KioskSession session
    objectName: "appointmentScreen"
    onStartOver: session.startOver()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, 1100)
        spacing: Theme.gap * 1.5
        Text {
            objectName: "greeting"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Hi %1!").arg(page.session.firstName)
            font.pixelSize: Theme.heroSize
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            objectName: "appointmentText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("%1 with %2").arg(page.session.appointmentTime).arg(page.session.provider)
            font.pixelSize: Theme.titleSize
            font.family: Theme.fontFamily
            color: Theme.text
            Accessible.name: text
        }
        BigButton {
            objectName: "confirmCheckIn"
            Layout.alignment: Qt.AlignHCenter
            // As wide as its label needs (larger text, longer languages) within the screen.
            Layout.preferredWidth: Math.max(520, implicitWidth)
            Layout.maximumWidth: parent.width
            Layout.preferredHeight: Math.max(120, implicitHeight)
            text: qsTr("Check in")
            font.pixelSize: Theme.titleSize
            onClicked: page.session.checkIn()
        }
    }
}
