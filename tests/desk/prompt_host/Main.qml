import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FrontDesk.Prompt

ApplicationWindow {
    id: window
    required property PromptBackend backend
    width: 680
    height: 620
    visible: true
    title: qsTr("Balance prompt")
    color: "#eef2f3"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 12
        TextField {
            id: mrn
            focus: true
            placeholderText: qsTr("Patient MRN, then Enter")
            Layout.preferredWidth: 260
            onAccepted: prompt.patient = text
        }
        BalancePrompt {
            id: prompt
            backend: window.backend
            audience: BalancePrompt.Desk
            current: true  // Alt+1..9 work while the MRN field has the focus
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
    }
}
