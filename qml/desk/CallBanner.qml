import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import FrontDesk.Desk.Models

// An incoming call: the caller's number and the patients who have it, each with their state.
// One match is shown at once with the phone prompt; several are listed to choose from.
Rectangle {
    id: banner

    required property DeskSession session

    visible: session.callActive
    implicitHeight: visible ? content.implicitHeight + 24 : 0
    color: "#eaf2fb"
    border.color: DeskTexts.accent

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 12
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Text {
                objectName: "callTitle"
                Layout.fillWidth: true
                text: banner.session.callers.count === 0
                      ? qsTr("Incoming call from %1 — unknown caller").arg(banner.session.callNumber)
                      : qsTr("Incoming call from %1 — %n matching patient(s)", "", banner.session.callers.count)
                        .arg(banner.session.callNumber)
                font.pixelSize: DeskTexts.fontSize + 1
                font.bold: true
                color: DeskTexts.ink
            }
            Button {
                objectName: "dismissCall"
                text: qsTr("Close (Esc)")
                onClicked: banner.session.dismissCall()
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            visible: banner.session.callers.count > 0
            Repeater {
                model: banner.session.callers
                Button {
                    required property string mrn
                    required property string name
                    required property string birthDate
                    required property string state
                    objectName: "caller_" + mrn
                    text: name + " · " + birthDate + (DeskTexts.stateLabel(state) !== "" ? " · " + DeskTexts.stateLabel(state) : "")
                    highlighted: banner.session.selectedMrn === mrn
                    onClicked: banner.session.select(mrn, true)
                }
            }
        }
    }
}
