import QtQuick
import QtQuick.Controls.Basic
import FrontDesk.Desk.Models

// The desk panel's window. The session comes from C++ (frontdesk-desk's main.cpp).
ApplicationWindow {
    id: window

    required property DeskSession session

    width: 1600
    height: 900
    minimumWidth: 1100
    minimumHeight: 640
    visible: true
    title: qsTr("Front Desk — %1").arg(session.clinicName)

    DeskView {
        objectName: "deskView"
        anchors.fill: parent
        session: window.session
    }

    Connections {
        target: window.session
        // A call rang: come forward over the scheduling system.
        function onCallArrived() {
            window.show()
            window.raise()
            window.requestActivate()
        }
    }
}
