import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import FrontDesk.Controls

// A large text field of the identification screen.
TextField {
    Layout.fillWidth: true
    Layout.preferredHeight: Math.max(96, implicitHeight)
    font.pixelSize: Theme.titleSize
    font.family: Theme.fontFamily
    placeholderTextColor: Theme.mutedText
    color: Theme.text
}
