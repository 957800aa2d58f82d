import QtQuick
import QtQuick.Layouts
import FrontDesk.Prompt

// Private to FrontDesk.Prompt: what BalancePrompt shows of a prompt that has something to
// mention: the amount, its figures, the last reminder, the cooldown and the script.
ColumnLayout {
    id: details
    property PromptCard card
    property string language
    property int audience
    property string amountLabel
    property string cooldownText
    property string lastReminderText

    spacing: PromptTheme.spacing

    RowLayout {
        Layout.fillWidth: true
        spacing: 24

        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            spacing: 0
            Text {
                text: details.amountLabel
                font.pixelSize: PromptTheme.smallSize
                color: PromptTheme.mutedText
            }
            Text {
                objectName: "amountText"
                text: details.card.amount
                font.pixelSize: PromptTheme.amountSize
                font.bold: true
                color: PromptTheme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: details.amountLabel + " " + text
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 4
            Fact {
                objectName: "ageFact"
                visible: details.card.oldestOpenOn !== ""
                Layout.fillWidth: true
                label: qsTr("Open for")
                value: qsTr("%n day(s), since %1", "", details.card.ageDays)
                    .arg(details.card.oldestOpenOn)
            }
            Fact {
                objectName: "familyFact"
                Layout.fillWidth: true
                label: qsTr("Family total")
                value: details.card.familyTotal
            }
            Fact {
                visible: details.card.hasInsurancePending
                Layout.fillWidth: true
                label: qsTr("With insurance")
                value: details.card.insurancePending
            }
            Fact {
                visible: details.card.refundDueBy !== ""
                Layout.fillWidth: true
                label: qsTr("Refund due by")
                value: details.card.refundDueBy
            }
            Fact {
                visible: details.card.nextVisit !== ""
                Layout.fillWidth: true
                label: qsTr("Next visit")
                value: details.card.nextVisit
            }
            Fact {
                objectName: "lastReminderFact"
                Layout.fillWidth: true
                label: qsTr("Last reminder")
                value: details.lastReminderText
            }
            Fact {
                objectName: "noteFact"
                visible: details.card.lastReminderNote !== ""
                Layout.fillWidth: true
                label: qsTr("Note")
                value: details.card.lastReminderNote
            }
        }
    }

    Text {
        objectName: "writtenOffNote"
        visible: details.card.hasWrittenOff
        Layout.fillWidth: true
        text: qsTr("Written off %1, still collectable").arg(details.card.writtenOff)
        font.pixelSize: PromptTheme.bodySize
        color: PromptTheme.mutedText
        wrapMode: Text.WordWrap
    }

    Rectangle {
        visible: details.card.paidAwaitingPosting
        Layout.fillWidth: true
        implicitHeight: paid.implicitHeight + 16
        radius: PromptTheme.radius
        color: PromptTheme.noticeTint
        Text {
            id: paid
            objectName: "paidBanner"
            anchors.fill: parent
            anchors.margins: 8
            text: qsTr("Paid on %1, waiting for the EHR to post it").arg(details.card.paidOn)
            font.pixelSize: PromptTheme.bodySize
            font.bold: true
            color: PromptTheme.notice
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    Rectangle {
        visible: details.card.inCooldown && !details.card.paidAwaitingPosting
        Layout.fillWidth: true
        implicitHeight: cooldown.implicitHeight + 16
        radius: PromptTheme.radius
        color: PromptTheme.noticeTint
        Text {
            id: cooldown
            objectName: "cooldownBanner"
            anchors.fill: parent
            anchors.margins: 8
            text: details.cooldownText
            font.pixelSize: PromptTheme.bodySize
            font.bold: true
            color: PromptTheme.notice
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: scriptColumn.implicitHeight + 24
        radius: PromptTheme.radius
        color: PromptTheme.scriptTint
        Rectangle {
            width: 3
            height: parent.height - 2 * parent.radius
            anchors.verticalCenter: parent.verticalCenter
            color: PromptTheme.primary
        }
        ColumnLayout {
            id: scriptColumn
            anchors.fill: parent
            anchors.margins: 12
            anchors.leftMargin: 16
            spacing: 4
            Text {
                text: details.audience === BalancePrompt.Phone ? qsTr("Script for the call")
                                                               : qsTr("Script for the desk")
                font.pixelSize: PromptTheme.smallSize
                font.bold: true
                color: PromptTheme.mutedText
            }
            Text {
                objectName: "scriptText"
                Layout.fillWidth: true
                text: details.card.script
                font.pixelSize: PromptTheme.scriptSize
                lineHeight: 1.25
                color: PromptTheme.text
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
