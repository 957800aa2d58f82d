import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import FrontDesk.Desk.Models

// Everything inside the desk window: the bar, the worklist or search on the left, the
// selected patient's prompt on the right, an incoming call over both, and the booking form.
// Keyboard: Ctrl+1 worklist, Ctrl+2 or Ctrl+F search, Ctrl+N new appointment, Alt+Left and
// Alt+Right the day before and after, Ctrl+T today, Ctrl+G flagged only, Esc closes a call.
FocusScope {
    id: view

    required property DeskSession session
    property bool reportsAvailable: false
    signal reportsRequested()
    property alias tab: tabs.currentIndex
    readonly property alias worklistPane: worklistPane
    readonly property alias searchPane: searchPane
    readonly property alias patientPane: patientPane
    readonly property alias booking: booking
    readonly property alias callBanner: callBanner

    function showWorklist() {
        tabs.currentIndex = 0
        worklistPane.focusList()
    }
    function showSearch() {
        tabs.currentIndex = 1
        searchPane.focusField()
    }
    function newAppointment() {
        if (!view.session.backend.offline)
            booking.openFor(view.session.selectedMrn, view.session.selectedName)
    }

    Rectangle {
        anchors.fill: parent
        color: DeskTexts.paper
    }

    Shortcut { sequence: "Ctrl+1"; onActivated: view.showWorklist() }
    Shortcut { sequences: ["Ctrl+2", StandardKey.Find]; onActivated: view.showSearch() }
    Shortcut { sequence: "Ctrl+N"; onActivated: view.newAppointment() }
    Shortcut {
        sequence: "Ctrl+R"
        enabled: view.reportsAvailable && view.visible
        onActivated: view.reportsRequested()
    }
    Shortcut { sequence: "Alt+Left"; onActivated: view.session.previousDay() }
    Shortcut { sequence: "Alt+Right"; onActivated: view.session.nextDay() }
    Shortcut { sequence: "Ctrl+T"; onActivated: view.session.goToToday() }
    Shortcut {
        sequence: "Ctrl+G"
        onActivated: view.session.flaggedOnly = !view.session.flaggedOnly
    }
    Shortcut {
        sequence: "Esc"
        enabled: view.session.callActive && !booking.visible
        onActivated: view.session.dismissCall()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        DeskBar {
            Layout.fillWidth: true
            session: view.session
            reportsAvailable: view.reportsAvailable
            onNewAppointment: view.newAppointment()
            onReportsRequested: view.reportsRequested()
        }

        CallBanner {
            id: callBanner
            Layout.fillWidth: true
            session: view.session
        }

        // The clinic server stopped answering: the last worklist stays, read-only, until it
        // answers again (found by itself within seconds).
        Rectangle {
            objectName: "offlineBanner"
            Layout.fillWidth: true
            visible: view.session.backend.offline
            implicitHeight: offlineText.implicitHeight + 16
            color: DeskTexts.due
            Text {
                id: offlineText
                anchors.fill: parent
                anchors.margins: 8
                anchors.leftMargin: 16
                text: qsTr("Offline since %1. The worklist below is the last one read; nothing can be recorded until the clinic server answers again.").arg(view.session.backend.offlineSince)
                color: "white"
                font.pixelSize: DeskTexts.fontSize
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }

        // The worklist or search on the left (55% of the window, leaving the patient at least
        // 420 pixels), the patient on the right. Placed by anchors: in a RowLayout with
        // Layout.maximumWidth bound to the window's width, the left side kept 55% of the first
        // width when the window opened at 800 pixels and was then resized (the offscreen
        // screenshots, Qt 6.4), and the worklist's columns were drawn over each other.
        Item {
            id: panes
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 16

            ColumnLayout {
                id: leftSide
                objectName: "leftSide"
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                width: Math.max(0, Math.min(view.width * 0.55, panes.width - 16 - 420))
                spacing: 0

                TabBar {
                    id: tabs
                    Layout.fillWidth: true
                    TabButton {
                        objectName: "worklistTab"
                        text: qsTr("Worklist (%1)").arg(view.session.worklist.totalCount)
                        font.pixelSize: DeskTexts.fontSize
                        contentItem: Text {
                            text: parent.text
                            font: parent.font
                            color: parent.checked ? DeskTexts.ink : DeskTexts.muted
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: Rectangle {
                            color: parent.checked ? DeskTexts.panel : DeskTexts.paper
                            border.color: DeskTexts.line
                            Rectangle {
                                anchors.bottom: parent.bottom
                                width: parent.width
                                height: 3
                                color: parent.parent.visualFocus ? DeskTexts.focus : DeskTexts.accent
                                visible: parent.parent.checked || parent.parent.visualFocus
                            }
                        }
                        onClicked: view.showWorklist()
                    }
                    TabButton {
                        objectName: "searchTab"
                        text: qsTr("Search")
                        font.pixelSize: DeskTexts.fontSize
                        contentItem: Text {
                            text: parent.text
                            font: parent.font
                            color: parent.checked ? DeskTexts.ink : DeskTexts.muted
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: Rectangle {
                            color: parent.checked ? DeskTexts.panel : DeskTexts.paper
                            border.color: DeskTexts.line
                            Rectangle {
                                anchors.bottom: parent.bottom
                                width: parent.width
                                height: 3
                                color: parent.parent.visualFocus ? DeskTexts.focus : DeskTexts.accent
                                visible: parent.parent.checked || parent.parent.visualFocus
                            }
                        }
                        onClicked: view.showSearch()
                    }
                }
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: tabs.currentIndex
                    WorklistPane {
                        id: worklistPane
                        session: view.session
                    }
                    SearchPane {
                        id: searchPane
                        session: view.session
                    }
                }
            }

            PatientPane {
                id: patientPane
                anchors.left: leftSide.right
                anchors.leftMargin: 16
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                session: view.session
                onBookRequested: view.newAppointment()
            }
        }

        Text {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.bottomMargin: 6
            visible: view.session.errorText !== ""
            text: view.session.errorText
            color: DeskTexts.due
            font.pixelSize: 13
            elide: Text.ElideRight
        }
    }

    BookingDialog {
        id: booking
        session: view.session
        anchors.centerIn: parent
    }

    Component.onCompleted: worklistPane.focusList()
}
