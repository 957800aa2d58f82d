import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import FrontDesk.Controls
import FrontDesk.Kiosk.Models

// Two identifiers: the last name (or the appointment code from the reminder, which a barcode
// scanner types), then the date of birth on the keypad.
ScreenPage {
    id: page
    required property KioskSession session
    objectName: "identifyScreen"
    title: askingBirthDate ? qsTr("Your date of birth")
                           : (byCode ? qsTr("Your appointment code") : qsTr("Your last name"))
    onStartOver: session.startOver()

    property bool byCode: false
    property bool askingBirthDate: false

    function submit() {
        if (byCode)
            session.identifyByCode(codeField.text, birthDate.digits)
        else
            session.identifyByName(nameField.text, birthDate.digits)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        visible: !page.askingBirthDate

        RowLayout {
            spacing: Theme.gap
            BigButton {
                objectName: "byNameTab"
                primary: !page.byCode
                text: qsTr("Last name")
                onClicked: { page.byCode = false; nameField.forceActiveFocus() }
            }
            BigButton {
                objectName: "byCodeTab"
                primary: page.byCode
                text: qsTr("Appointment code")
                onClicked: { page.byCode = true; codeField.forceActiveFocus() }
            }
        }
        TextField {
            id: nameField
            objectName: "nameField"
            visible: !page.byCode
            Layout.fillWidth: true
            Layout.preferredHeight: 96
            font.pixelSize: Theme.titleSize
            placeholderText: qsTr("Type your last name")
            placeholderTextColor: Theme.mutedText
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Last name")
            focus: !page.byCode
            onAccepted: if (text.trim().length > 0) page.askingBirthDate = true
        }
        TextField {
            id: codeField
            objectName: "codeField"
            visible: page.byCode
            Layout.fillWidth: true
            Layout.preferredHeight: 96
            font.pixelSize: Theme.titleSize
            placeholderText: qsTr("Scan or type the code on your reminder")
            placeholderTextColor: Theme.mutedText
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
            Accessible.name: qsTr("Appointment code")
            onAccepted: if (text.trim().length > 0) page.askingBirthDate = true
        }
        BigButton {
            objectName: "nextButton"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Next")
            enabled: (page.byCode ? codeField.text : nameField.text).trim().length > 0
            onClicked: page.askingBirthDate = true
        }
        Item { Layout.fillHeight: true }
    }

    RowLayout {
        anchors.fill: parent
        visible: page.askingBirthDate
        spacing: Theme.gap * 2

        BirthDateEntry {
            id: birthDate
            objectName: "birthDate"
            Layout.alignment: Qt.AlignTop
            order: page.session.birthDateOrder
        }
        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            spacing: Theme.gap
            BigButton {
                objectName: "continueButton"
                text: qsTr("Continue")
                enabled: birthDate.complete
                onClicked: page.submit()
            }
            BigButton {
                objectName: "backButton"
                primary: false
                text: qsTr("Back")
                onClicked: { page.askingBirthDate = false; birthDate.digits = "" }
            }
        }
    }
}
