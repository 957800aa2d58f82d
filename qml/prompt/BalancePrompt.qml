import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import FrontDesk.Prompt

// The balance prompt of one patient for staff at the desk or on the phone
// (docs/balance-prompt.md):
//
//     BalancePrompt { backend: promptBackend; patient: "100042"; audience: BalancePrompt.Desk }
//
// Shows the state, the amount, its age, the family total, a written-off note, the last
// reminder and the script for the moment, with one button per outcome and an optional note.
// A click (or Space/Enter on the focused button, or Alt+1..9) records the outcome; the card
// then shows the cooldown. Alt+<n> works only while the focus is inside this prompt, or when
// `current` is set and no prompt has the focus: give `current` to at most one prompt of a
// window. The view model is `card`.
FocusScope {
    id: root

    enum Audience { Desk, Phone }

    property PromptBackend backend
    property string patient
    property int audience: BalancePrompt.Desk
    // Alt+<n> also works while the focus is in no prompt at all (the host's main prompt).
    property bool current: false
    readonly property PromptCard card: promptCard
    readonly property string language: backend ? backend.language : "en"
    // The clinic server does not answer: the outcomes wait (PromptBackend.offline).
    readonly property bool offline: backend ? backend.offline : false
    readonly property bool shortcutsActive: enabled && visible
        && (activeFocus || (current && PromptFocus.focused === null))

    // After an outcome was recorded (the card has reloaded).
    signal recorded(string outcome)

    onActiveFocusChanged: {
        if (activeFocus)
            PromptFocus.focused = root
        else if (PromptFocus.focused === root)
            PromptFocus.focused = null
    }
    Component.onDestruction: {
        if (PromptFocus.focused === root)
            PromptFocus.focused = null
    }

    implicitWidth: 560
    implicitHeight: frame.implicitHeight
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Balance prompt")

    PromptCard {
        id: promptCard
        backend: root.backend
        patient: root.patient
        audience: root.audience === BalancePrompt.Phone ? PromptCard.Phone : PromptCard.Desk
    }

    QtObject {
        id: local
        property bool recordAnother: false
        // "Patient paid" in a clinic that posts its own payments: the amount is asked first
        property bool takingPayment: false
        readonly property bool showOutcomes: promptCard.hasPrompt && !takingPayment
                                             && (promptCard.mentionNow || recordAnother)
        readonly property string amountLabel: {
            if (promptCard.paidAwaitingPosting)
                return qsTr("Paid, not yet posted")
            if (promptCard.state === "written_off_collectable")
                return qsTr("Still collectable")
            return promptCard.isCredit ? qsTr("Credit") : qsTr("Balance")
        }
        readonly property string cooldownText: {
            if (!promptCard.inCooldown)
                return ""
            if (promptCard.remindedToday)
                return qsTr("Reminded today — next reminder from %1").arg(promptCard.cooldownUntil)
            return qsTr("Reminded on %1 — next reminder from %2")
                .arg(promptCard.lastReminderOn).arg(promptCard.cooldownUntil)
        }
        readonly property string lastReminderText: {
            if (promptCard.lastReminderOn === "")
                return qsTr("None yet")
            return qsTr("%1, %2: %3").arg(promptCard.lastReminderOn)
                .arg(PromptTexts.channelLabel(promptCard.lastReminderChannel, root.language))
                .arg(PromptTexts.outcomeLabel(promptCard.lastReminderOutcome, root.language))
        }

        function record(outcome) {
            if (outcome === "paid" && promptCard.postsPayments) {
                takingPayment = true
                paymentField.text = promptCard.suggestedPayment
                Qt.callLater(() => paymentField.forceActiveFocus(Qt.TabFocusReason))
                return
            }
            finish(outcome, promptCard.record(outcome, noteField.text))
        }

        function postPayment(overpayment) {
            const ok = promptCard.recordPayment(paymentField.text, noteField.text, !!overpayment)
            finish("paid", ok)
            if (!ok)
                paymentField.forceActiveFocus(Qt.TabFocusReason)
        }

        function finish(outcome, ok) {
            if (!ok)
                return
            const hadFocus = root.activeFocus
            noteField.clear()
            takingPayment = false
            recordAnother = false
            if (hadFocus)
                Qt.callLater(() => recordAnotherButton.forceActiveFocus(Qt.TabFocusReason))
            root.recorded(outcome)
        }
    }

    Connections {
        target: promptCard
        function onPatientChanged() {
            local.recordAnother = false
            local.takingPayment = false
        }
    }

    Rectangle {
        id: frame
        anchors.fill: parent
        implicitHeight: column.implicitHeight + 2 * PromptTheme.padding
        color: PromptTheme.surface
        border.color: PromptTheme.border
        radius: PromptTheme.radius + 2

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: PromptTheme.padding
            spacing: PromptTheme.spacing

            RowLayout {
                Layout.fillWidth: true
                visible: promptCard.found
                StateBadge {
                    objectName: "stateBadge"
                    promptState: promptCard.state
                    label: PromptTexts.stateLabel(promptCard.state, root.language)
                }
                Item { Layout.fillWidth: true }
                Text {
                    text: root.audience === BalancePrompt.Phone ? qsTr("On the phone")
                                                                : qsTr("At the desk")
                    font.pixelSize: PromptTheme.smallSize
                    color: PromptTheme.mutedText
                }
            }

            Text {
                objectName: "emptyState"
                visible: !promptCard.found && promptCard.errorText === ""
                Layout.fillWidth: true
                text: qsTr("Choose a patient to see their balance prompt.")
                font.pixelSize: PromptTheme.bodySize
                color: PromptTheme.mutedText
                wrapMode: Text.WordWrap
            }

            Rectangle {
                // a payment's problem is said beside its amount instead
                visible: promptCard.errorText !== "" && !local.takingPayment
                Layout.fillWidth: true
                implicitHeight: errorText.implicitHeight + 16
                radius: PromptTheme.radius
                color: PromptTheme.errorTint
                Text {
                    id: errorText
                    objectName: "errorText"
                    anchors.fill: parent
                    anchors.margins: 8
                    text: promptCard.errorText
                    font.pixelSize: PromptTheme.bodySize
                    color: PromptTheme.error
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }

            ColumnLayout {
                objectName: "calmState"
                visible: promptCard.found && !promptCard.hasPrompt
                Layout.fillWidth: true
                spacing: 2
                Text {
                    text: qsTr("Nothing to mention")
                    font.pixelSize: PromptTheme.scriptSize
                    font.bold: true
                    color: PromptTheme.text
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("This patient has no balance or credit to bring up today.")
                    font.pixelSize: PromptTheme.bodySize
                    color: PromptTheme.mutedText
                    wrapMode: Text.WordWrap
                }
                Fact {
                    objectName: "calmLastReminder"
                    visible: promptCard.lastReminderOn !== ""
                    Layout.fillWidth: true
                    Layout.topMargin: 6
                    label: qsTr("Last reminder")
                    value: local.lastReminderText
                }
                Fact {
                    objectName: "calmNote"
                    visible: promptCard.lastReminderNote !== ""
                    Layout.fillWidth: true
                    label: qsTr("Note")
                    value: promptCard.lastReminderNote
                }
            }

            PromptDetails {
                id: details
                visible: promptCard.hasPrompt
                Layout.fillWidth: true
                card: promptCard
                language: root.language
                audience: root.audience
                amountLabel: local.amountLabel
                cooldownText: local.cooldownText
                lastReminderText: local.lastReminderText
            }

            ColumnLayout {
                // the note stays in view while the amount is asked: it goes with the payment
                visible: local.showOutcomes || local.takingPayment
                Layout.fillWidth: true
                spacing: 8

                Text {
                    text: qsTr("What happened?")
                    font.pixelSize: PromptTheme.bodySize
                    font.bold: true
                    color: PromptTheme.text
                }
                NoteField {
                    id: noteField
                    objectName: "noteField"
                    Layout.fillWidth: true
                }
                Text {
                    objectName: "offlineNote"
                    visible: root.offline
                    Layout.fillWidth: true
                    text: qsTr("The clinic server is not answering: the outcome can be recorded once it answers again.")
                    font.pixelSize: PromptTheme.bodySize
                    color: PromptTheme.error
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    enabled: !root.offline
                    Repeater {
                        model: local.showOutcomes ? promptCard.answers : []
                        OutcomeButton {
                            required property string modelData
                            required property int index
                            objectName: "outcome_" + modelData
                            text: PromptTexts.outcomeLabel(modelData, root.language)
                            emphasised: true
                            number: index + 1
                            shortcutEnabled: root.shortcutsActive
                            onClicked: local.record(modelData)
                        }
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    enabled: !root.offline
                    Repeater {
                        model: local.showOutcomes ? promptCard.setAside : []
                        OutcomeButton {
                            required property string modelData
                            required property int index
                            objectName: "outcome_" + modelData
                            text: PromptTexts.outcomeLabel(modelData, root.language)
                            number: promptCard.answers.length + index + 1
                            shortcutEnabled: root.shortcutsActive
                            onClicked: local.record(modelData)
                        }
                    }
                }
            }

            ColumnLayout {
                objectName: "paymentStep"
                visible: local.takingPayment
                Layout.fillWidth: true
                spacing: 8
                Text {
                    text: qsTr("Amount paid")
                    font.pixelSize: PromptTheme.bodySize
                    font.bold: true
                    color: PromptTheme.text
                }
                // wraps: three buttons beside the amount are wider than a narrow card in Spanish
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    enabled: !root.offline
                    NoteField {
                        id: paymentField
                        objectName: "paymentField"
                        width: 140
                        maximumLength: 20
                        placeholderText: qsTr("Amount")
                        Accessible.name: qsTr("Amount paid")
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        onAccepted: local.postPayment()
                    }
                    OutcomeButton {
                        objectName: "postPayment"
                        text: qsTr("Post payment")
                        emphasised: true
                        onClicked: local.postPayment()
                    }
                    OutcomeButton {
                        objectName: "postAnyway"
                        visible: promptCard.overpaymentAsked
                        text: qsTr("Post anyway")
                        onClicked: local.postPayment(true)
                    }
                    OutcomeButton {
                        objectName: "cancelPayment"
                        text: qsTr("Cancel")
                        onClicked: local.takingPayment = false
                    }
                }
                Text {
                    objectName: "paymentError"
                    visible: text !== ""
                    Layout.fillWidth: true
                    text: local.takingPayment ? promptCard.errorText : ""
                    font.pixelSize: PromptTheme.bodySize
                    color: PromptTheme.error
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }

            OutcomeButton {
                id: recordAnotherButton
                objectName: "recordAnother"
                visible: promptCard.hasPrompt && !promptCard.mentionNow && !local.recordAnother && !local.takingPayment
                text: qsTr("Record another outcome")
                onClicked: {
                    local.recordAnother = true
                    noteField.forceActiveFocus(Qt.TabFocusReason)
                }
            }
        }
    }
}
