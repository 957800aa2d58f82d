import QtQuick
import QtQuick.Controls.Basic

// A large touch button: at least Theme.minTouch high, its text the accessible name.
Button {
    id: control
    property bool primary: true
    property string accessibleName: text

    implicitHeight: Math.max(Theme.minTouch, contentItem.implicitHeight + 28)
    implicitWidth: Math.max(220, contentItem.implicitWidth + 64)
    focusPolicy: Qt.StrongFocus
    // Screens may set a larger font.pixelSize; the label follows the control's font.
    font.pixelSize: Theme.bodySize
    font.family: Theme.fontFamily
    Accessible.role: Accessible.Button
    Accessible.name: accessibleName

    contentItem: Text {
        text: control.text
        font.pixelSize: control.font.pixelSize
        font.family: control.font.family
        font.bold: control.primary
        color: control.primary ? Theme.textOnPrimary : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.primary ? (control.down ? Theme.primaryPressed : Theme.primary)
                               : (control.down ? Theme.secondaryPressed : Theme.secondary)
        border.width: control.activeFocus ? 4 : 0
        border.color: Theme.focus
    }
}
