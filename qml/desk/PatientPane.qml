import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import FrontDesk.Desk.Models
import FrontDesk.Prompt

// The selected patient: who they are and their balance prompt (the BalancePrompt component),
// phrased for the desk or, during a call, for the phone.
Rectangle {
    id: pane

    required property DeskSession session
    readonly property alias prompt: prompt
    signal bookRequested()

    color: DeskTexts.panel
    border.color: DeskTexts.line

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12
        visible: pane.session.selectedMrn !== ""

        RowLayout {
            objectName: "patientHeader"
            Layout.fillWidth: true
            spacing: 12
            ColumnLayout {
                objectName: "selectedNameColumn"  // elides the name
                Layout.fillWidth: true
                spacing: 2
                Text {
                    objectName: "selectedName"
                    text: pane.session.selectedName
                    font.pixelSize: 22
                    font.bold: true
                    color: DeskTexts.ink
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Text {
                    text: qsTr("MRN %1").arg(pane.session.selectedMrn)
                    font.pixelSize: 13
                    color: DeskTexts.muted
                }
            }
            // Always in the row, empty at the desk: shown by `visible` alone, the row did not
            // make room for it when the same patient became the caller (Qt 6.4), and it was
            // drawn over the name.
            Text {
                objectName: "onThePhone"
                text: pane.session.phoneAudience ? qsTr("On the phone") : ""
                font.pixelSize: 14
                font.bold: true
                color: DeskTexts.accent
            }
            Button {
                objectName: "bookButton"
                text: qsTr("Book…")
                Accessible.name: text
                onClicked: pane.bookRequested()
            }
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            BalancePrompt {
                id: prompt
                objectName: "balancePrompt"
                width: parent.width
                backend: pane.session.backend
                patient: pane.session.selectedMrn
                audience: pane.session.phoneAudience ? BalancePrompt.Phone : BalancePrompt.Desk
                current: true
            }
        }
    }

    Text {
        anchors.centerIn: parent
        visible: pane.session.selectedMrn === ""
        width: parent.width - 64
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("Choose an appointment or search for a patient to see what to mention.")
        color: DeskTexts.muted
        font.pixelSize: DeskTexts.fontSize
    }

    Connections {
        target: pane.session
        // Another desk, the kiosk or the phone changed the data: read the prompt again (the
        // same prompt on screen: not a new audited lookup).
        function onDataChanged() { prompt.card.reread() }
    }
}
