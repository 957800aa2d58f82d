import QtQuick
import QtQuick.Controls.Basic

// Private to FrontDesk.Prompt: the optional note recorded with an outcome.
TextField {
    id: field
    implicitHeight: PromptTheme.controlHeight
    font.pixelSize: PromptTheme.bodySize
    color: PromptTheme.text
    placeholderText: qsTr("Note (optional)")
    placeholderTextColor: PromptTheme.mutedText
    maximumLength: 500
    selectByMouse: true
    Accessible.name: qsTr("Note (optional)")

    background: Rectangle {
        radius: PromptTheme.radius
        color: PromptTheme.surface
        border.width: field.activeFocus ? PromptTheme.focusWidth : 1
        border.color: field.activeFocus ? PromptTheme.focus : PromptTheme.border
    }
}
