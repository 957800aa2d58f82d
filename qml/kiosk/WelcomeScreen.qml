import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import FrontDesk.Controls
import FrontDesk.Kiosk.Models

// Welcome: the clinic's name, "Tap to check in", the language and a larger-text toggle.
ScreenPage {
    id: page
    required property KioskSession session
    objectName: "welcomeScreen"
    showStartOver: false

    readonly property var languageNames: ({ "en": "English", "es": "Español", "ro": "Română" })

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, 1100)
        spacing: Theme.gap * 1.5

        Image {
            Layout.alignment: Qt.AlignHCenter
            source: page.session.logo
            visible: source.toString().length > 0
            sourceSize.height: 160
            fillMode: Image.PreserveAspectFit
            Accessible.ignored: true
        }
        Text {
            Layout.fillWidth: true
            text: page.session.clinicName
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.heroSize
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Welcome! Check in for your appointment here.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.bodySize
            font.family: Theme.fontFamily
            color: Theme.mutedText
        }
        BigButton {
            objectName: "checkInButton"
            Layout.alignment: Qt.AlignHCenter
            // As wide as its label needs (larger text, longer languages) within the screen.
            Layout.preferredWidth: Math.max(560, implicitWidth)
            Layout.maximumWidth: parent.width
            Layout.preferredHeight: Math.max(130, implicitHeight)
            text: qsTr("Tap to check in")
            font.pixelSize: Theme.titleSize
            onClicked: page.session.begin()
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.gap
            Repeater {
                model: page.session.languages
                BigButton {
                    required property string modelData
                    objectName: "language_" + modelData
                    primary: page.session.language === modelData
                    text: page.languageNames[modelData]
                    accessibleName: text
                    onClicked: page.session.language = modelData
                }
            }
        }
        BigButton {
            objectName: "largeTextButton"
            Layout.alignment: Qt.AlignHCenter
            primary: page.session.largeText
            text: page.session.largeText ? qsTr("Normal text") : qsTr("Larger text")
            onClicked: page.session.largeText = !page.session.largeText
        }
    }
}
