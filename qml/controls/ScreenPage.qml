import QtQuick
import QtQuick.Layouts

// The frame of every kiosk screen: a title, the content, and a Start over button on every
// screen but the welcome screen.
Rectangle {
    id: page
    property string title
    property bool showStartOver: true
    default property alias content: body.data
    signal startOver()
    // A short page (the on-screen keyboard takes the lower half of a landscape screen): the
    // margins shrink so that the content still fits above the keyboard.
    readonly property bool compact: height < 600

    color: Theme.background

    Text {
        id: heading
        anchors {
            top: parent.top; left: parent.left; right: startOverButton.left
            margins: 40; topMargin: page.compact ? 16 : 40
        }
        text: page.title
        visible: text.length > 0
        font.pixelSize: Theme.titleSize
        font.family: Theme.fontFamily
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    BigButton {
        id: startOverButton
        objectName: "startOver"
        anchors { top: parent.top; right: parent.right; margins: page.compact ? 12 : 32 }
        visible: page.showStartOver
        primary: false
        text: qsTr("Start over")
        onClicked: page.startOver()
    }

    Item {
        id: body
        anchors {
            top: heading.visible ? heading.bottom : parent.top
            left: parent.left; right: parent.right; bottom: parent.bottom
            topMargin: page.compact ? 16 : 32; bottomMargin: page.compact ? 16 : 32
            leftMargin: 40; rightMargin: 40
        }
    }
}
