import QtQuick
import QtQuick.Layouts
import FrontDesk.Controls
import FrontDesk.Kiosk.Models

// The balance step, in the core's words: a small balance, a larger one, or a credit, with the
// answers the core offers (session.answers), one button each. No line items, ever, and no
// amount in large type for whoever stands behind the patient to read.
ScreenPage {
    id: page
    required property KioskSession session
    objectName: "balanceScreen"
    title: kind === KioskSession.Credit ? qsTr("Good news")
         : kind === KioskSession.CreditAtDesk ? qsTr("About your account")
         : qsTr("One more thing")
    onStartOver: session.startOver()

    readonly property int kind: session.balanceKind

    // The words on the button of each answer; "shown" is "Decide later" only for a credit the
    // patient decides about.
    function label(outcome) {
        switch (outcome) {
        case "will_pay_at_desk": return qsTr("I'll pay at the desk")
        case "declined": return qsTr("Not today")
        case "apply_credit": return qsTr("Apply it to today's visit")
        case "refund_requested": return qsTr("Refund it to me")
        case "shown": return kind === KioskSession.Credit ? qsTr("Decide later") : qsTr("OK")
        }
        return outcome
    }

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
        AnswerButtons {
            objectName: "answers"
            // As wide as the buttons need (a layout in a layout would fill the column).
            Layout.fillWidth: false
            Layout.alignment: Qt.AlignHCenter
            maximumWidth: content.width
            answers: page.session.answers
            labelOf: page.label
            onAnswered: (outcome) => page.session.answer(outcome)
        }
    }
}
