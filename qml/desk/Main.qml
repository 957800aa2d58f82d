import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Window
import FrontDesk.Desk.Models

// The desk panel's window. The session comes from C++ (frontdesk-desk's main.cpp).
ApplicationWindow {
    id: window

    required property DeskSession session

    // 1600x900, or the screen's free area when it is smaller (a 1366x768 laptop): a larger
    // window ran off the screen.
    width: Math.min(1600, Screen.desktopAvailableWidth)
    height: Math.min(900, Screen.desktopAvailableHeight)
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
