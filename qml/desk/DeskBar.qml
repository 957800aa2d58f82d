import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import FrontDesk.Desk.Models

// The top bar: the clinic, the day shown, the flagged filter, booking, language and staff.
Rectangle {
    id: bar

    required property DeskSession session
    // The manager's Reports view can be opened (the database on this computer).
    property bool reportsAvailable: false
    signal newAppointment()
    signal reportsRequested()

    implicitHeight: 60
    color: DeskTexts.panel
    border.color: DeskTexts.line

    RowLayout {
        objectName: "deskBarRow"
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 16
        spacing: 8

        Text {
            text: bar.session.clinicName
            font.pixelSize: 18
            font.bold: true
            color: DeskTexts.ink
        }
        Item { Layout.preferredWidth: 6 }
        Button {
            text: "◀"
            implicitWidth: 44
            Accessible.name: qsTr("Previous day")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Previous day (Alt+Left)")
            onClicked: bar.session.previousDay()
        }
        Text {
            objectName: "dayLabel"
            Layout.minimumWidth: 150
            horizontalAlignment: Text.AlignHCenter
            text: bar.session.dayLabel
            font.pixelSize: DeskTexts.fontSize + 1
            font.bold: true
            color: DeskTexts.ink
        }
        Button {
            text: "▶"
            implicitWidth: 44
            Accessible.name: qsTr("Next day")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Next day (Alt+Right)")
            onClicked: bar.session.nextDay()
        }
        Button {
            text: qsTr("Today")
            // as wide as the word: the bar has to fit a 1366-pixel screen in every language
            implicitWidth: Math.max(56, contentItem.implicitWidth + 24)
            Accessible.name: text
            enabled: !bar.session.isToday
            onClicked: bar.session.goToToday()
        }
        CheckBox {
            objectName: "flaggedOnly"
            text: qsTr("Flagged only (%1)").arg(bar.session.worklist.flaggedCount)
            font.pixelSize: DeskTexts.fontSize
            checked: bar.session.flaggedOnly
            onToggled: bar.session.flaggedOnly = checked
        }
        Item { Layout.fillWidth: true }
        Button {
            objectName: "newAppointmentButton"
            text: qsTr("New appointment")
            highlighted: true
            enabled: !bar.session.backend.offline
            font.pixelSize: DeskTexts.fontSize
            Accessible.name: text
            onClicked: bar.newAppointment()
        }
        Button {
            objectName: "reportsButton"
            visible: bar.reportsAvailable
            text: qsTr("Reports")
            implicitWidth: contentItem.implicitWidth + 24
            font.pixelSize: DeskTexts.fontSize
            Accessible.name: text
            ToolTip.visible: hovered
            ToolTip.text: qsTr("The manager's reports and policy what-if (Ctrl+R)")
            onClicked: bar.reportsRequested()
        }
        ComboBox {
            objectName: "languageBox"
            // each language in its own name, as a person looks for it
            readonly property var names: ({ "en": "English", "es": "Español", "ro": "Română" })
            model: bar.session.languages.map(code => names[code] || code)
            currentIndex: Math.max(0, bar.session.languages.indexOf(bar.session.language))
            implicitWidth: 120
            Accessible.name: qsTr("Language")
            onActivated: index => bar.session.language = bar.session.languages[index]
        }
        Text {
            objectName: "staffAndCalls"
            // Two lines (staff, then calls): on one line it ran off a 1366-pixel screen.
            text: (bar.session.callPort > 0
                   ? qsTr("%1 · calls on port %2").arg(bar.session.staffId).arg(bar.session.callPort)
                   : qsTr("%1 · calls off").arg(bar.session.staffId)).replace(" · ", "\n")
            color: DeskTexts.muted
            font.pixelSize: 13
        }
    }
}
