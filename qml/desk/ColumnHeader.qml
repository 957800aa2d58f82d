import QtQuick

// The title of a worklist column.
Text {
    color: DeskTexts.muted
    font.pixelSize: 13
    font.bold: true
}
