import QtQuick

// "Are you still there?" with the seconds left before the kiosk returns to the start.
Rectangle {
    id: banner
    property int seconds: 0
    signal stillHere()

    height: Theme.minTouch + 24
    color: Theme.accentTint
    border.color: Theme.accent
    border.width: 2
    radius: Theme.radius
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    Text {
        id: label
        anchors.centerIn: parent
        text: qsTr("Are you still there? Starting over in %n second(s).", "", banner.seconds)
        font.pixelSize: Theme.bodySize
        font.family: Theme.fontFamily
        color: Theme.accent
    }
    MouseArea {
        anchors.fill: parent
        onClicked: banner.stillHere()
        Accessible.name: qsTr("I'm still here")
        Accessible.role: Accessible.Button
    }
}
