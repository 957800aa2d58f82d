import QtQuick
import QtQuick.Controls.Basic

// A large touch button: at least Theme.minTouch high, its text the accessible name. A tap does
// not take the keyboard focus (a text field keeps it, and no focus ring is left on a key);
// Tab does, and then the ring shows.
Button {
    id: control
    property bool primary: true
    property string accessibleName: text

    // As wide as the label in bold, so a button keeps its width when it becomes primary.
    implicitHeight: Math.max(Theme.minTouch, contentItem.implicitHeight + 28)
    implicitWidth: Math.max(220, Math.ceil(boldLabel.advanceWidth) + 64)
    focusPolicy: Qt.TabFocus
    // Screens may set a larger font.pixelSize; the label follows the control's font.
    font.pixelSize: Theme.bodySize
    font.family: Theme.fontFamily
    Accessible.role: Accessible.Button
    Accessible.name: accessibleName

    TextMetrics {
        id: boldLabel
        text: control.text
        font.pixelSize: control.font.pixelSize
        font.family: control.font.family
        font.bold: true
    }

    contentItem: Text {
        text: control.text
        font.pixelSize: control.font.pixelSize
        font.family: control.font.family
        font.bold: control.primary
        // Disabled (Continue before the whole date): quiet, and plainly not tappable.
        color: !control.enabled ? Theme.mutedText
                                : control.primary ? Theme.textOnPrimary : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        objectName: "buttonBackground"
        radius: Theme.radius
        color: !control.enabled ? Theme.disabled
             : control.primary ? (control.down ? Theme.primaryPressed : Theme.primary)
                               : (control.down ? Theme.secondaryPressed : Theme.secondary)
        border.color: control.enabled ? Theme.focus : Theme.mutedText
        border.width: control.visualFocus ? 4 : (control.enabled ? 0 : 2)
    }
}
