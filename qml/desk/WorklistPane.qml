import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import FrontDesk.Desk.Models

// The day's appointments: time, patient, provider, check-in status, prompt state and amount.
// Up/Down move and show the patient's prompt; the list follows changes made elsewhere.
Rectangle {
    id: pane

    required property DeskSession session
    readonly property alias list: list

    function focusList() {
        list.forceActiveFocus(Qt.TabFocusReason)
        if (list.currentIndex < 0 && list.count > 0)
            list.currentIndex = 0
    }

    color: DeskTexts.panel
    border.color: DeskTexts.line

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 34
            Layout.leftMargin: 14
            Layout.rightMargin: 14
            spacing: 12
            Repeater {
                model: [[qsTr("Time"), 60], [qsTr("Patient"), -1], [qsTr("Provider"), 150],
                        [qsTr("Status"), 100], [qsTr("Balance"), 200]]
                Text {
                    required property var modelData
                    Layout.preferredWidth: modelData[1] > 0 ? modelData[1] : 1
                    Layout.fillWidth: modelData[1] < 0
                    text: modelData[0]
                    color: DeskTexts.muted
                    font.pixelSize: 13
                    font.bold: true
                }
            }
        }
        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: DeskTexts.line }

        ListView {
            id: list
            objectName: "worklist"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: pane.session.worklist
            currentIndex: -1
            keyNavigationEnabled: true
            activeFocusOnTab: true
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Appointments of the day")

            // A row chosen by the user shows its patient; a reload (another desk's change, the
            // filter) only keeps the same appointment highlighted and leaves the patient shown
            // (a caller stays on screen).
            onCurrentIndexChanged: {
                if (restoring)
                    return
                const mrn = pane.session.worklist.mrnAt(currentIndex)
                if (mrn !== "")
                    pane.session.select(mrn, false)
            }
            property string keptAppointment: ""
            property bool restoring: false
            Connections {
                target: pane.session.worklist
                function onModelAboutToBeReset() {
                    list.keptAppointment = pane.session.worklist.appointmentIdAt(list.currentIndex)
                    list.restoring = true
                }
                function onModelReset() {
                    list.currentIndex = pane.session.worklist.rowOf(list.keptAppointment)
                    list.restoring = false
                }
            }

            delegate: Rectangle {
                id: row
                required property int index
                required property string time
                required property string name
                required property string mrn
                required property string provider
                required property string status
                required property string state
                required property string amount
                required property bool flagged
                readonly property bool current: ListView.isCurrentItem

                width: ListView.view.width
                height: 44
                color: current ? "#e8f0fa" : index % 2 ? "#fbfcfd" : DeskTexts.panel
                border.width: current && list.activeFocus ? 2 : 0
                border.color: DeskTexts.focus
                Accessible.role: Accessible.ListItem
                Accessible.name: row.time + " " + row.name

                MouseArea {
                    anchors.fill: parent
                    onClicked: {
                        list.currentIndex = row.index
                        list.forceActiveFocus(Qt.MouseFocusReason)
                    }
                }
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 14
                    anchors.rightMargin: 14
                    spacing: 12
                    Text {
                        Layout.preferredWidth: 60
                        text: row.time
                        font.pixelSize: DeskTexts.fontSize
                        color: DeskTexts.ink
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: row.name
                        elide: Text.ElideRight
                        font.pixelSize: DeskTexts.fontSize
                        font.bold: row.flagged
                        color: DeskTexts.ink
                    }
                    Text {
                        Layout.preferredWidth: 150
                        text: row.provider
                        elide: Text.ElideRight
                        font.pixelSize: 14
                        color: DeskTexts.muted
                    }
                    Text {
                        Layout.preferredWidth: 100
                        text: DeskTexts.statusLabel(row.status)
                        font.pixelSize: 14
                        color: row.status === "arrived" || row.status === "checked-in"
                               ? DeskTexts.credit : DeskTexts.muted
                        font.bold: row.status === "arrived" || row.status === "checked-in"
                    }
                    RowLayout {
                        Layout.preferredWidth: 200
                        Layout.fillWidth: false
                        spacing: 8
                        StateChip {
                            promptState: row.state
                            muted: !row.flagged
                        }
                        Text {
                            text: row.amount
                            font.pixelSize: 14
                            color: DeskTexts.ink
                        }
                        Item { Layout.fillWidth: true }
                    }
                }
            }

            Text {
                anchors.centerIn: parent
                visible: list.count === 0
                text: pane.session.flaggedOnly ? qsTr("No flagged patients on this day.")
                                               : qsTr("No appointments on this day.")
                color: DeskTexts.muted
                font.pixelSize: DeskTexts.fontSize
            }
        }
    }
}
