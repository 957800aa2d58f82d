import QtQuick

// Private to FrontDesk.Prompt: the prompt state as a small coloured label.
Rectangle {
    id: badge
    property string promptState: "none"
    property string label: ""

    readonly property var colors: PromptTheme.badgeColors(promptState)
    implicitWidth: caption.implicitWidth + 16
    implicitHeight: caption.implicitHeight + 6
    radius: height / 2
    color: colors[0]
    Accessible.role: Accessible.StaticText
    Accessible.name: label

    Text {
        id: caption
        anchors.centerIn: parent
        text: badge.label
        font.pixelSize: PromptTheme.smallSize
        font.bold: true
        color: badge.colors[1]
    }
}
