import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import FrontDesk.Desk.Models

// New appointment: patient, date and time, length, provider and room. Booking stores it and
// shows the patient's prompt, the way a scheduler sees it at that moment. When it overlaps the
// provider's or the patient's appointments, the overlaps are shown and "Book anyway" stores it.
Popup {
    id: dialog

    required property DeskSession session
    property string mrn
    property string patientName
    readonly property alias errorText: error.text
    // The overlaps of the values on the form, once Book was pressed; a change clears them.
    property var overlaps: []

    function openFor(mrn, name) {
        dialog.mrn = mrn
        dialog.patientName = name
        mrnField.text = mrn
        dateField.text = session.day
        timeField.text = ""
        error.text = ""
        overlaps = []
        open()
        if (mrn === "")
            mrnField.forceActiveFocus(Qt.TabFocusReason)
        else
            timeField.forceActiveFocus(Qt.TabFocusReason)
    }
    function book() {
        const anyway = overlaps.length > 0
        if (!anyway) {
            overlaps = session.bookingOverlaps(mrnField.text, dateField.text, timeField.text,
                                               Number(lengthBox.currentText),
                                               providerBox.editText)
            if (overlaps.length > 0) {
                error.text = ""
                anywayButton.forceActiveFocus(Qt.TabFocusReason)
                return
            }
        }
        const problem = session.book(mrnField.text, dateField.text, timeField.text,
                                     Number(lengthBox.currentText), providerBox.editText,
                                     roomField.text, anyway)
        error.text = problem
        if (problem === "")
            close()
    }
    function valuesChanged() { overlaps = [] }

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
                Accessible.name: qsTr("Patient (MRN)")
                onTextChanged: dialog.valuesChanged()
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
                Accessible.name: qsTr("Date")
                onTextChanged: dialog.valuesChanged()
            }
            Label { text: qsTr("Time") }
            TextField {
                id: timeField
                objectName: "bookingTime"
                Layout.fillWidth: true
                placeholderText: "HH:MM"
                inputMethodHints: Qt.ImhPreferNumbers
                Accessible.name: qsTr("Time")
                onTextChanged: dialog.valuesChanged()
            }
            Label { text: qsTr("Length (minutes)") }
            ComboBox {
                id: lengthBox
                objectName: "bookingLength"
                Layout.fillWidth: true
                model: ["15", "20", "30", "45", "60", "90"]
                currentIndex: 2
                Accessible.name: qsTr("Length (minutes)")
                onCurrentIndexChanged: dialog.valuesChanged()
            }
            Label { text: qsTr("Provider") }
            ComboBox {
                id: providerBox
                objectName: "bookingProvider"
                Layout.fillWidth: true
                editable: true
                model: dialog.session.providers
                Accessible.name: qsTr("Provider")
                onEditTextChanged: dialog.valuesChanged()
            }
            Label { text: qsTr("Room") }
            TextField {
                id: roomField
                objectName: "bookingRoom"
                Layout.fillWidth: true
                Accessible.name: qsTr("Room")
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
        Rectangle {
            objectName: "bookingOverlap"
            Layout.fillWidth: true
            visible: dialog.overlaps.length > 0
            implicitHeight: overlapText.implicitHeight + 16
            radius: 4
            color: DeskTexts.oweBack
            border.color: DeskTexts.owe
            Accessible.role: Accessible.AlertMessage
            Accessible.name: overlapText.text
            Text {
                id: overlapText
                objectName: "bookingOverlapText"
                anchors.fill: parent
                anchors.margins: 8
                wrapMode: Text.WordWrap
                color: DeskTexts.ink
                font.pixelSize: 14
                text: qsTr("This time overlaps:") + "\n" + dialog.overlaps.join("\n")
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: dialog.close()
            }
            Button {
                objectName: "bookingSave"
                visible: dialog.overlaps.length === 0
                text: qsTr("Book")
                Accessible.name: text
                highlighted: true
                onClicked: dialog.book()
            }
            Button {
                id: anywayButton
                objectName: "bookingAnyway"
                visible: dialog.overlaps.length > 0
                text: qsTr("Book anyway")
                Accessible.name: text
                highlighted: true
                onClicked: dialog.book()
            }
        }
    }
}
