import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import FrontDesk.Desk.Models

// New appointment: patient, date and time, length, provider and room. Booking stores it and
// shows the patient's prompt, the way a scheduler sees it at that moment.
Popup {
    id: dialog

    required property DeskSession session
    property string mrn
    property string patientName
    readonly property alias errorText: error.text

    function openFor(mrn, name) {
        dialog.mrn = mrn
        dialog.patientName = name
        mrnField.text = mrn
        dateField.text = session.day
        timeField.text = ""
        error.text = ""
        open()
        if (mrn === "")
            mrnField.forceActiveFocus(Qt.TabFocusReason)
        else
            timeField.forceActiveFocus(Qt.TabFocusReason)
    }
    function book() {
        const problem = session.book(mrnField.text, dateField.text, timeField.text,
                                     Number(lengthBox.currentText), providerBox.editText,
                                     roomField.text)
        error.text = problem
        if (problem === "")
            close()
    }

    modal: true
    focus: true
    width: 520
    padding: 20
    closePolicy: Popup.CloseOnEscape

    background: Rectangle {
        color: DeskTexts.panel
        border.color: DeskTexts.line
        radius: 6
    }

    contentItem: ColumnLayout {
        spacing: 12
        Keys.onReturnPressed: dialog.book()
        Keys.onEnterPressed: dialog.book()

        Text {
            text: qsTr("New appointment")
            font.pixelSize: 20
            font.bold: true
            color: DeskTexts.ink
        }
        GridLayout {
            columns: 2
            columnSpacing: 12
            rowSpacing: 10
            Layout.fillWidth: true

            Label { text: qsTr("Patient (MRN)") }
            TextField {
                id: mrnField
                objectName: "bookingMrn"
                Layout.fillWidth: true
                placeholderText: qsTr("MRN")
            }
            Label { text: "" }
            Text {
                text: mrnField.text === dialog.mrn ? dialog.patientName : ""
                color: DeskTexts.muted
            }
            Label { text: qsTr("Date") }
            TextField {
                id: dateField
                objectName: "bookingDate"
                Layout.fillWidth: true
                placeholderText: "YYYY-MM-DD"
            }
            Label { text: qsTr("Time") }
            TextField {
                id: timeField
                objectName: "bookingTime"
                Layout.fillWidth: true
                placeholderText: "HH:MM"
                inputMethodHints: Qt.ImhPreferNumbers
            }
            Label { text: qsTr("Length (minutes)") }
            ComboBox {
                id: lengthBox
                objectName: "bookingLength"
                Layout.fillWidth: true
                model: ["15", "20", "30", "45", "60", "90"]
                currentIndex: 2
            }
            Label { text: qsTr("Provider") }
            ComboBox {
                id: providerBox
                objectName: "bookingProvider"
                Layout.fillWidth: true
                editable: true
                model: dialog.session.providers
            }
            Label { text: qsTr("Room") }
            TextField {
                id: roomField
                objectName: "bookingRoom"
                Layout.fillWidth: true
            }
        }
        Text {
            id: error
            objectName: "bookingError"
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.WordWrap
            color: DeskTexts.due
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            Button {
                objectName: "bookingSave"
                text: qsTr("Book")
                highlighted: true
                onClicked: dialog.book()
            }
        }
    }
}
