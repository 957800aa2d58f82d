import QtQuick
import QtQuick.Layouts

// A chart's numbers as a table, for screen readers and for copying: a header, then rows; the
// first column left, the others right-aligned; a last row in bold (the totals) when asked.
ColumnLayout {
    id: table

    property var header: []
    property var rows: []       // [[cells]]
    property bool lastRowBold: false

    spacing: 0
    Accessible.role: Accessible.Table
    Accessible.name: header.join(", ")

    function cellWidth(column) {
        return column === 0 ? table.width * 0.3
                            : table.width * 0.7 / Math.max(1, table.header.length - 1)
    }

    Row {
        Layout.fillWidth: true
        Repeater {
            model: table.header
            Text {
                required property string modelData
                required property int index
                width: table.cellWidth(index)
                text: modelData
                font.pixelSize: 13
                font.bold: true
                color: DeskTexts.ink
                elide: Text.ElideRight
                horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                rightPadding: 6
            }
        }
    }
    Rectangle { Layout.fillWidth: true; height: 1; color: DeskTexts.line }
    Repeater {
        model: table.rows
        Row {
            id: row
            required property var modelData
            required property int index
            Layout.fillWidth: true
            Accessible.role: Accessible.Row
            Accessible.name: modelData.join(", ")
            Repeater {
                model: row.modelData
                Text {
                    required property string modelData
                    required property int index
                    width: table.cellWidth(index)
                    text: modelData
                    font.pixelSize: 13
                    font.bold: table.lastRowBold && row.index === table.rows.length - 1
                    color: DeskTexts.ink
                    elide: Text.ElideRight
                    horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                    rightPadding: 6
                    topPadding: 2
                    bottomPadding: 2
                }
            }
        }
    }
}
