import QtQuick
import QtQuick.Layouts

// Private to FrontDesk.Prompt: one labelled figure of a prompt ("Family total  $12.50").
RowLayout {
    id: fact
    property string label
    property string value
    property alias valueItem: valueText

    spacing: 8
    Accessible.role: Accessible.StaticText
    Accessible.name: label + " " + value

    Text {
        text: fact.label
        Layout.preferredWidth: 124
        Layout.alignment: Qt.AlignTop
        font.pixelSize: PromptTheme.bodySize
        color: PromptTheme.mutedText
        wrapMode: Text.WordWrap
    }
    Text {
        id: valueText
        text: fact.value
        Layout.fillWidth: true
        font.pixelSize: PromptTheme.bodySize
        color: PromptTheme.text
        wrapMode: Text.WordWrap
    }
}
