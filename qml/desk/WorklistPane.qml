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

    // Every column but the patient's is as wide as its widest content in the current language
    // (the day's rows, measured below, and the header), so times, statuses, chips and amounts
    // are never cut or drawn over each other; the patient's name takes the rest and elides.
    readonly property int gap: 12
    readonly property real timeWidth: Math.max(timeHeader.implicitWidth, measure.widest.time)
    readonly property real providerWidth: Math.max(providerHeader.implicitWidth,
                                                   measure.widest.provider)
    readonly property real statusWidth: Math.max(statusHeader.implicitWidth, measure.widest.status)
    readonly property real chipWidth: measure.widest.chip
    readonly property real amountWidth: Math.max(measure.widest.amount,
                                                 balanceHeader.implicitWidth - chipWidth - gap)
    // The header and every row place their cells with a Row at these widths, the patient's
    // taking what is left of `cellsWidth` (the list's width less the margins). Not with
    // RowLayouts: in Qt 6.4 a layout already invalidated ignores the next children's changed
    // Layout.preferredWidth (their cached size stays), so at start, when the measured widths
    // arrive together, the header kept the widths of its own titles for time and status while
    // the rows, made later, took the measured ones, and the columns did not line up.
    readonly property real cellsWidth: list.width - 2 * margin
    readonly property real margin: 14
    readonly property real balanceWidth: chipWidth + gap + amountWidth
    readonly property real patientWidth: Math.max(0, cellsWidth - timeWidth - providerWidth
                                                     - statusWidth - balanceWidth - 4 * gap)

    color: DeskTexts.panel
    border.color: DeskTexts.line

    // The day's cells laid out unseen, with the fonts of the rows (bold, the widest).
    Item {
        id: measure
        opacity: 0
        width: 0
        height: 0
        readonly property var widest: {
            const w = { time: 0, provider: 0, status: 0, chip: 0, amount: 0 }
            for (let i = 0; i < measured.count; ++i) {
                const cells = measured.itemAt(i)
                if (!cells)
                    continue
                w.time = Math.max(w.time, cells.timeWidth)
                w.provider = Math.max(w.provider, cells.providerWidth)
                w.status = Math.max(w.status, cells.statusWidth)
                w.chip = Math.max(w.chip, cells.chipWidth)
                w.amount = Math.max(w.amount, cells.amountWidth)
            }
            return w
        }
        // The session reloads the rows before the new language's translation is installed;
        // these rows are made at once (a ListView's later), so they are made again after it.
        property bool ready: true
        Connections {
            target: pane.session
            function onLanguageChanged() {
                measure.ready = false
                Qt.callLater(() => { measure.ready = true })
            }
        }
        Repeater {
            id: measured
            // the few texts that decide the widths, not every row (a quicker start)
            model: measure.ready ? pane.session.worklist.columnSamples : []
            delegate: Item {
                id: cells
                required property var modelData
                readonly property string time: modelData.time
                readonly property string provider: modelData.provider
                readonly property string status: modelData.status
                readonly property string state: modelData.state
                readonly property string amount: modelData.amount
                readonly property real timeWidth: timeText.implicitWidth
                readonly property real providerWidth: providerText.implicitWidth
                readonly property real statusWidth: statusText.implicitWidth
                readonly property real chipWidth: chip.visible ? chip.implicitWidth : 0
                readonly property real amountWidth: amountText.implicitWidth
                Text { id: timeText; text: cells.time; font.pixelSize: DeskTexts.fontSize }
                Text { id: providerText; text: cells.provider; font.pixelSize: 14 }
                Text {
                    id: statusText
                    text: DeskTexts.statusLabel(cells.status)
                    font.pixelSize: 14
                    font.bold: true
                }
                StateChip { id: chip; promptState: cells.state }
                Text { id: amountText; text: cells.amount; font.pixelSize: 14 }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1
        spacing: 0

        Row {
            id: header
            objectName: "worklistHeader"
            Layout.fillWidth: true
            Layout.preferredHeight: 34
            Layout.leftMargin: pane.margin
            Layout.rightMargin: pane.margin
            spacing: pane.gap
            ColumnHeader {
                id: timeHeader
                objectName: "timeColumnHeader"
                anchors.verticalCenter: parent.verticalCenter
                width: pane.timeWidth
                text: qsTr("Time")
            }
            ColumnHeader {
                objectName: "patientColumnHeader"
                anchors.verticalCenter: parent.verticalCenter
                width: pane.patientWidth
                text: qsTr("Patient")
            }
            ColumnHeader {
                id: providerHeader
                objectName: "providerColumnHeader"
                anchors.verticalCenter: parent.verticalCenter
                width: pane.providerWidth
                text: qsTr("Provider")
            }
            ColumnHeader {
                id: statusHeader
                objectName: "statusColumnHeader"
                anchors.verticalCenter: parent.verticalCenter
                width: pane.statusWidth
                text: qsTr("Status")
            }
            ColumnHeader {
                id: balanceHeader
                objectName: "balanceColumnHeader"
                anchors.verticalCenter: parent.verticalCenter
                width: pane.balanceWidth
                text: qsTr("Balance")
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
            // The highlighted row is the patient shown: when another patient is shown (a
            // caller) or nobody (a call with several matches, none chosen yet), no row stays
            // highlighted.
            function clearStaleHighlight() {
                if (currentIndex < 0
                        || pane.session.worklist.mrnAt(currentIndex) === pane.session.selectedMrn)
                    return
                restoring = true
                currentIndex = -1
                restoring = false
            }
            Connections {
                target: pane.session
                function onSelectionChanged() { list.clearStaleHighlight() }
            }
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
                required property bool credit
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
                Row {
                    objectName: "worklistCells"
                    x: pane.margin
                    width: pane.cellsWidth
                    height: parent.height
                    spacing: pane.gap
                    Text {
                        objectName: "timeCell"
                        anchors.verticalCenter: parent.verticalCenter
                        width: pane.timeWidth
                        text: row.time
                        font.pixelSize: DeskTexts.fontSize
                        color: DeskTexts.ink
                    }
                    Text {
                        objectName: "nameCell"
                        anchors.verticalCenter: parent.verticalCenter
                        width: pane.patientWidth
                        text: row.name
                        elide: Text.ElideRight
                        font.pixelSize: DeskTexts.fontSize
                        font.bold: row.flagged
                        color: DeskTexts.ink
                    }
                    Text {
                        objectName: "providerCell"
                        anchors.verticalCenter: parent.verticalCenter
                        width: pane.providerWidth
                        text: row.provider
                        font.pixelSize: 14
                        color: DeskTexts.muted
                    }
                    Text {
                        objectName: "statusCell"
                        readonly property bool here: row.status === "arrived"
                                                     || row.status === "checked-in"
                        anchors.verticalCenter: parent.verticalCenter
                        width: pane.statusWidth
                        text: DeskTexts.statusLabel(row.status)
                        font.pixelSize: 14
                        color: here ? DeskTexts.credit : DeskTexts.muted
                        font.bold: here
                    }
                    Item {
                        objectName: "chipCell"
                        width: pane.chipWidth
                        height: parent.height
                        StateChip {
                            anchors.verticalCenter: parent.verticalCenter
                            promptState: row.state
                            credit: row.credit
                            muted: !row.flagged
                        }
                    }
                    Text {
                        objectName: "amountCell"
                        anchors.verticalCenter: parent.verticalCenter
                        width: pane.amountWidth
                        horizontalAlignment: Text.AlignRight
                        text: row.amount
                        font.pixelSize: 14
                        color: DeskTexts.ink
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
