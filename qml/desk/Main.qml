import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Window
import FrontDesk.Desk.Models

// The desk panel's window. The session comes from C++ (frontdesk-desk's main.cpp).
ApplicationWindow {
    id: window

    required property DeskSession session
    // The manager's reports (null: none, as in the desk's tests).
    property ReportsModel reports: null
    property bool showingReports: false

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
        visible: !window.showingReports
        session: window.session
        reportsAvailable: window.reports !== null && window.reports.available
        onReportsRequested: window.showingReports = true
    }

    // Made when opened, so that a desk that never opens it reads nothing for it.
    Loader {
        objectName: "reportsLoader"
        anchors.fill: parent
        active: window.showingReports
        sourceComponent: ReportsView {
            reports: window.reports
            session: window.session
            onClosed: window.showingReports = false
        }
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
