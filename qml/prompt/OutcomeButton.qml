import QtQuick
import QtQuick.Controls.Basic

// Private to FrontDesk.Prompt: one outcome of a prompt. Emphasised for the outcomes that
// answer the prompt, plain for those that set it aside. Space, Enter or Return activates it
// when focused; Alt+<number> (1-9) while `shortcutEnabled`.
Button {
    id: control
    property bool emphasised: false
    property int number: 0
    property bool shortcutEnabled: false

    implicitHeight: PromptTheme.controlHeight
    opacity: enabled ? 1 : 0.45  // waiting (the clinic server not answering)
    leftPadding: 8
    rightPadding: 12
    focusPolicy: Qt.StrongFocus
    font.pixelSize: PromptTheme.bodySize
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: number > 0 && number <= 9 ? "Alt+" + number : ""

    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()

    Shortcut {
        sequence: "Alt+" + control.number
        enabled: control.shortcutEnabled && control.enabled && control.number > 0
                 && control.number <= 9
        onActivated: control.clicked()
    }

    contentItem: Row {
        spacing: 8
        Rectangle {
            visible: control.number > 0 && control.number <= 9
            anchors.verticalCenter: parent.verticalCenter
            width: 18
            height: 18
            radius: 3
            color: control.emphasised ? Qt.rgba(1, 1, 1, 0.18) : PromptTheme.surface
            border.width: 1
            border.color: control.emphasised ? Qt.rgba(1, 1, 1, 0.55) : PromptTheme.border
            Text {
                anchors.centerIn: parent
                text: control.number
                font.pixelSize: PromptTheme.smallSize
                color: control.emphasised ? PromptTheme.textOnPrimary : PromptTheme.mutedText
            }
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: control.text
            font: control.font
            color: control.emphasised ? PromptTheme.textOnPrimary : PromptTheme.text
        }
    }

    background: Rectangle {
        implicitHeight: PromptTheme.controlHeight
        radius: PromptTheme.radius
        color: control.emphasised
               ? (control.down ? PromptTheme.primaryPressed
                               : control.hovered ? PromptTheme.primaryHover : PromptTheme.primary)
               : (control.down ? PromptTheme.quietPressed
                               : control.hovered ? PromptTheme.quietHover : PromptTheme.quiet)
        // The focus ring: outside the button, so that it shows on both colours.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            radius: PromptTheme.radius + 3
            color: "transparent"
            border.width: PromptTheme.focusWidth
            border.color: PromptTheme.focus
            visible: control.visualFocus
        }
    }
}
