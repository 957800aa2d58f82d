import QtQuick
import QtQuick.Layouts
import FrontDesk.Controls
import FrontDesk.Kiosk.Models

// Several appointments today: the patient picks the one they are here for.
ScreenPage {
    id: page
    required property KioskSession session
    objectName: "chooseAppointmentScreen"
    title: qsTr("Hi %1! Which appointment are you here for?").arg(session.firstName)
    onStartOver: session.startOver()

    ColumnLayout {
        anchors.centerIn: parent
        spacing: Theme.gap
        Repeater {
            model: page.session.appointments
            BigButton {
                required property var modelData
                required property int index
                objectName: "appointment_" + index
                Layout.preferredWidth: 760
                text: qsTr("%1 with %2").arg(modelData.time).arg(modelData.provider)
                onClicked: page.session.chooseAppointment(index)
            }
        }
    }
}
