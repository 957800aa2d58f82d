import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import FrontDesk.Controls

// The first identifier: the last name, or the appointment code (tabs), and Next. Next with an
// empty field says what is missing instead of doing nothing.
ColumnLayout {
    id: step
    property bool byCode: false
    property alias familyName: nameField.text
    property alias code: codeField.text
    property bool missing: false
    readonly property string typed: (byCode ? codeField.text : nameField.text).trim()
    signal byCodeChosen(bool code)
    signal done()
    spacing: Theme.gap

    // The field takes the focus and the on-screen keyboard shows (focus alone, without a tap,
    // does not bring it up).
    function focusField() {
        (byCode ? codeField : nameField).forceActiveFocus()
        Qt.inputMethod.show()
    }

    function next() {
        missing = typed.length === 0
        if (!missing)
            done()
    }

    onByCodeChanged: missing = false
    onTypedChanged: if (typed.length > 0) missing = false

    RowLayout {
        id: tabs
        Layout.alignment: Qt.AlignHCenter
        spacing: Theme.gap
        // Both tabs as wide as the wider one, whichever is chosen.
        readonly property real tabWidth: Math.min(Math.max(byNameTab.implicitWidth,
                                                           byCodeTab.implicitWidth),
                                                  (step.width - spacing) / 2)
        BigButton {
            id: byNameTab
            objectName: "byNameTab"
            Layout.preferredWidth: tabs.tabWidth
            primary: !step.byCode
            text: qsTr("Last name")
            onClicked: { step.byCodeChosen(false); step.focusField() }
        }
        BigButton {
            id: byCodeTab
            objectName: "byCodeTab"
            Layout.preferredWidth: tabs.tabWidth
            primary: step.byCode
            text: qsTr("Appointment code")
            onClicked: { step.byCodeChosen(true); step.focusField() }
        }
    }
    EntryField {
        id: nameField
        objectName: "nameField"
        visible: !step.byCode
        placeholderText: qsTr("Type your last name")
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Accessible.name: qsTr("Last name")
        onAccepted: step.next()
    }
    EntryField {
        id: codeField
        objectName: "codeField"
        visible: step.byCode
        placeholderText: qsTr("Scan or type the code on your reminder")
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        Accessible.name: qsTr("Appointment code")
        onAccepted: step.next()
    }
    Text {
        objectName: "missingText"
        Layout.fillWidth: true
        visible: step.missing
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: step.byCode ? qsTr("Please type or scan your appointment code")
                          : qsTr("Please type your last name")
        font.pixelSize: Theme.bodySize
        font.family: Theme.fontFamily
        font.bold: true
        color: Theme.accent
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    BigButton {
        objectName: "nextButton"
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Math.min(Math.max(400, implicitWidth), step.width)
        text: qsTr("Next")
        onClicked: step.next()
    }
}
