import QtQuick
import QtQuick.Layouts
import FrontDesk.Controls
import FrontDesk.Kiosk.Models

// The balance step, in the core's words: a small balance, a larger one, or a credit, with the
// answers the patient can give. No line items, ever, and no amount in large type for whoever
// stands behind the patient to read.
ScreenPage {
    id: page
    required property KioskSession session
    objectName: "balanceScreen"
    title: kind === KioskSession.Credit ? qsTr("Good news") : qsTr("One more thing")
    onStartOver: session.startOver()

    readonly property int kind: session.balanceKind

    ColumnLayout {
        id: content
        anchors.centerIn: parent
        width: Math.min(parent.width, 1200)
        spacing: Theme.gap * 1.5

        Text {
            objectName: "balanceMessage"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: page.session.balanceMessage
            font.pixelSize: Theme.titleSize * 0.8
            font.family: Theme.fontFamily
            color: Theme.text
            Accessible.name: text
        }
        // The answers side by side when they fit, else one under the other (portrait, larger
        // text, longer languages).
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            rowSpacing: Theme.gap
            columnSpacing: Theme.gap
            columns: payAtDesk.implicitWidth + notToday.implicitWidth + columnSpacing
                     <= content.width ? 2 : 1
            visible: page.kind === KioskSession.Small
            BigButton {
                id: payAtDesk
                objectName: "payAtDesk"
                Layout.fillWidth: true
                text: qsTr("I'll pay at the desk")
                onClicked: page.session.answer("will_pay_at_desk")
            }
            BigButton {
                id: notToday
                objectName: "notToday"
                Layout.fillWidth: true
                primary: false
                text: qsTr("Not today")
                onClicked: page.session.answer("declined")
            }
        }
        BigButton {
            objectName: "understood"
            Layout.alignment: Qt.AlignHCenter
            visible: page.kind === KioskSession.Due
            text: qsTr("OK")
            onClicked: page.session.answer("shown")
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            rowSpacing: Theme.gap
            columnSpacing: Theme.gap
            columns: applyCredit.implicitWidth + refundCredit.implicitWidth
                     + decideLater.implicitWidth + 2 * columnSpacing <= content.width ? 3 : 1
            visible: page.kind === KioskSession.Credit
            BigButton {
                id: applyCredit
                objectName: "applyCredit"
                Layout.fillWidth: true
                text: qsTr("Apply it to today's visit")
                onClicked: page.session.answer("apply_credit")
            }
            BigButton {
                id: refundCredit
                objectName: "refundCredit"
                Layout.fillWidth: true
                primary: false
                text: qsTr("Refund it to me")
                onClicked: page.session.answer("refund_requested")
            }
            BigButton {
                id: decideLater
                objectName: "decideLater"
                Layout.fillWidth: true
                primary: false
                text: qsTr("Decide later")
                onClicked: page.session.answer("shown")
            }
        }
    }
}
