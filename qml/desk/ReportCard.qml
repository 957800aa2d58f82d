import QtQuick
import QtQuick.Layouts

// A chart of the Reports view with a line about it and its table.
Rectangle {
    id: card

    property alias chart: chart
    property alias table: table
    property string note: ""
    property bool noteAlert: false

    Layout.fillWidth: true
    Layout.alignment: Qt.AlignTop
    Layout.preferredHeight: layout.implicitHeight + 24
    color: DeskTexts.panel
    border.color: DeskTexts.line

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: 12
        spacing: 6
        ReportChart {
            id: chart
            Layout.fillWidth: true
            Layout.preferredHeight: 300
        }
        Text {
            Layout.fillWidth: true
            visible: card.note !== ""
            text: card.note
            wrapMode: Text.WordWrap
            color: card.noteAlert ? DeskTexts.due : DeskTexts.ink
            font.bold: card.noteAlert
            font.pixelSize: 13
        }
        ReportTable {
            id: table
            Layout.fillWidth: true
        }
    }
}
