import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import FrontDesk.Desk.Models

// Find a patient by name (prefix, any case or accents), birth date, phone in any format or
// MRN; each result shows its prompt state. Down moves into the results; Enter shows one.
Rectangle {
    id: pane

    required property DeskSession session
    readonly property alias field: field
    readonly property alias list: results

    function focusField() {
        field.forceActiveFocus(Qt.ShortcutFocusReason)
        field.selectAll()
    }

    color: DeskTexts.panel
    border.color: DeskTexts.line

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 10

        TextField {
            id: field
            objectName: "searchField"
            Layout.fillWidth: true
            font.pixelSize: DeskTexts.fontSize + 1
            placeholderText: qsTr("Name, birth date, phone or MRN")
            Accessible.name: qsTr("Search patients")
            onTextEdited: pane.session.search(text)
            Keys.onDownPressed: {
                if (results.count > 0) {
                    results.currentIndex = 0
                    results.forceActiveFocus(Qt.TabFocusReason)
                }
            }
            Keys.onReturnPressed: {
                if (results.count > 0) {
                    results.currentIndex = 0
                    results.forceActiveFocus(Qt.TabFocusReason)
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: pane.session.resultsTruncated
            text: qsTr("Showing the first %1 matches; type more to narrow.").arg(results.count)
            color: DeskTexts.muted
            font.pixelSize: 13
        }

        ListView {
            id: results
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: pane.session.results
            currentIndex: -1
            keyNavigationEnabled: true
            activeFocusOnTab: true
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Matching patients")
            Keys.onUpPressed: event => {
                if (currentIndex <= 0)
                    pane.focusField()
                else
                    event.accepted = false
            }
            onCurrentIndexChanged: {
                const mrn = pane.session.results.mrnAt(currentIndex)
                if (mrn !== "" && activeFocus)
                    pane.session.select(mrn, false)
            }
            // As in the worklist: no result stays highlighted while another patient (a caller)
            // or nobody is shown.
            Connections {
                target: pane.session
                function onSelectionChanged() {
                    if (results.currentIndex >= 0 && pane.session.results.mrnAt(results.currentIndex)
                            !== pane.session.selectedMrn)
                        results.currentIndex = -1
                }
            }
            onActiveFocusChanged: {
                const mrn = pane.session.results.mrnAt(currentIndex)
                if (activeFocus && mrn !== "")
                    pane.session.select(mrn, false)
            }

            delegate: Rectangle {
                id: row
                required property int index
                required property string mrn
                required property string name
                required property string birthDate
                required property string phone
                required property string state
                required property string amount
                required property bool flagged
                required property bool credit
                readonly property bool current: ListView.isCurrentItem

                width: ListView.view.width
                height: 50
                color: current ? "#e8f0fa" : DeskTexts.panel
                border.width: current && results.activeFocus ? 2 : 0
                border.color: DeskTexts.focus
                Accessible.role: Accessible.ListItem
                Accessible.name: row.name

                MouseArea {
                    anchors.fill: parent
                    onClicked: {
                        results.currentIndex = row.index
                        results.forceActiveFocus(Qt.MouseFocusReason)
                        pane.session.select(row.mrn, false)
                    }
                }
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 12
                    anchors.rightMargin: 12
                    spacing: 12
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            text: row.name
                            elide: Text.ElideRight
                            font.pixelSize: DeskTexts.fontSize
                            font.bold: row.flagged
                            color: DeskTexts.ink
                        }
                        Text {
                            text: qsTr("Born %1 · %2 · MRN %3").arg(row.birthDate)
                                  .arg(row.phone === "" ? qsTr("no phone") : row.phone).arg(row.mrn)
                            font.pixelSize: 13
                            color: DeskTexts.muted
                        }
                    }
                    StateChip {
                        promptState: row.state
                        credit: row.credit
                        muted: !row.flagged
                    }
                    Text {
                        Layout.preferredWidth: 80
                        horizontalAlignment: Text.AlignRight
                        text: row.amount
                        font.pixelSize: 14
                        color: DeskTexts.ink
                    }
                }
            }

            Text {
                anchors.centerIn: parent
                visible: results.count === 0
                text: field.text.trim() === "" ? qsTr("Type a name, a birth date, a phone number or an MRN.")
                                               : qsTr("No patient matches.")
                color: DeskTexts.muted
                font.pixelSize: DeskTexts.fontSize
            }
        }
    }
}
