import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import FrontDesk.Controls

// The first identifier: the last name, or the appointment code (tabs), and Next. Next with an
// empty field says what is missing instead of doing nothing. Compact (little height, the
// on-screen keyboard up on a landscape screen): Next beside the field, smaller gaps.
GridLayout {
    id: step
    property bool byCode: false
    property bool compact: false
    property alias familyName: nameField.text
    property alias code: codeField.text
    property bool missing: false
    readonly property string typed: (byCode ? codeField.text : nameField.text).trim()
    signal byCodeChosen(bool code)
    signal done()
    columns: compact ? 2 : 1
    rowSpacing: compact ? Theme.gap / 2 : Theme.gap
    columnSpacing: Theme.gap

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
        Layout.row: 0
        Layout.columnSpan: step.columns
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
        Layout.row: 1
        Layout.column: 0
        visible: !step.byCode
        placeholderText: qsTr("Type your last name")
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Accessible.name: qsTr("Last name")
        onAccepted: step.next()
    }
    EntryField {
        id: codeField
        objectName: "codeField"
        Layout.row: 1
        Layout.column: 0
        visible: step.byCode
        placeholderText: qsTr("Scan or type the code on your reminder")
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        Accessible.name: qsTr("Appointment code")
        onAccepted: step.next()
    }
    Text {
        objectName: "missingText"
        Layout.row: 2
        Layout.columnSpan: step.columns
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
        Layout.row: step.compact ? 1 : 3
        Layout.column: step.compact ? 1 : 0
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: step.compact ? implicitWidth
                                            : Math.min(Math.max(400, implicitWidth), step.width)
        Layout.preferredHeight: step.compact ? Math.max(96, implicitHeight) : implicitHeight
        text: qsTr("Next")
        onClicked: step.next()
    }
}
