import QtQuick
import QtQuick.Controls.Basic
import QtTest
import FrontDesk.Prompt

// The BalancePrompt component on a demo clinic (the context property `promptFixture`, with
// a PromptBackend for staff "test-desk" on 2026-11-26): what it shows for each kind of
// patient, and outcomes recorded by mouse, keyboard and Alt+<n>, checked in the database.
TestCase {
    id: testCase
    name: "BalancePrompt"
    width: 900
    height: 1000
    when: windowShown
    visible: true

    readonly property var balanceAnswers: ["will_pay_at_desk", "paid", "promised"]
    readonly property var balanceSetAside: ["declined", "disputed", "not_appropriate"]

    Component {
        id: promptComponent
        BalancePrompt { width: 620 }
    }

    // A host's field before the prompt, where keyboard users start.
    Component {
        id: hostComponent
        Column {
            property alias field: hostField
            property alias prompt: hostPrompt
            spacing: 12
            TextField { id: hostField; width: 300 }
            BalancePrompt { id: hostPrompt; width: 620; backend: promptFixture.backend }
        }
    }

    SignalSpy { id: recordedSpy; signalName: "outcomeRecorded" }

    function cleanup() {
        promptFixture.backend.language = "en"
    }

    // An unused patient in the prompt state (made for the test when the demo has none left).
    function patientIn(state) {
        const mrn = promptFixture.patientIn(state)
        verify(mrn !== "", "no patient in state " + state + " (not a prompt state?)")
        return mrn
    }

    function openPrompt(mrn, extra) {
        const properties = { backend: promptFixture.backend, patient: mrn, y: 0 }
        for (const key in extra || {})
            properties[key] = extra[key]
        const prompt = createTemporaryObject(promptComponent, testCase, properties)
        verify(prompt, "BalancePrompt could not be created")
        waitForRendering(prompt)
        return prompt
    }

    function item(parent, name) {
        const found = findChild(parent, name)
        verify(found, "no item named " + name)
        return found
    }

    // The outcome buttons on screen, in order, as [outcome, emphasised].
    function outcomeButtons(prompt) {
        const shown = []
        for (const outcome of balanceAnswers.concat(balanceSetAside,
                                                    ["apply_credit", "refund_requested",
                                                     "shown"])) {
            const button = findChild(prompt, "outcome_" + outcome)
            if (button && button.visible)
                shown.push([button.number, outcome, button.emphasised])
        }
        shown.sort((a, b) => a[0] - b[0])
        return shown.map(b => b[1] + (b[2] ? "!" : ""))
    }

    function test_small_balance_shows_amount_age_script_and_outcomes() {
        const mrn = patientIn("small_balance")
        const prompt = openPrompt(mrn)
        const card = prompt.card
        verify(card.found)
        compare(card.state, "small_balance")
        compare(item(prompt, "stateBadge").label, "Small balance")
        verify(/^\$\d+\.\d\d$/.test(card.amount), "amount " + card.amount)
        compare(item(prompt, "amountText").text, card.amount)
        verify(item(prompt, "ageFact").visible)
        compare(item(prompt, "ageFact").value,
                card.ageDays + (card.ageDays === 1 ? " day, since " : " days, since ")
                + card.oldestOpenOn)
        compare(item(prompt, "familyFact").value, card.familyTotal)
        const script = item(prompt, "scriptText")
        verify(script.visible)
        compare(script.text, card.script)
        verify(script.text.indexOf("Say: \"There's a small balance of " + card.amount) > 0,
               script.text)
        compare(JSON.stringify(outcomeButtons(prompt)),
                JSON.stringify(["will_pay_at_desk!", "paid!", "promised!", "declined",
                                "disputed", "not_appropriate"]))
        compare(item(prompt, "outcome_paid").text, "Patient paid")
        compare(item(prompt, "outcome_will_pay_at_desk").text, "Patient will pay at the desk")
        verify(item(prompt, "noteField").visible)
        verify(!item(prompt, "cooldownBanner").visible)
        verify(!item(prompt, "calmState").visible)
        verify(!item(prompt, "errorText").visible)
        compare(promptFixture.auditCount(mrn), 1, "one audited lookup to show the prompt")
    }

    function test_paid_asks_the_amount_then_posts_the_payment() {
        const mrn = patientIn("small_balance")
        const prompt = openPrompt(mrn)
        verify(prompt.card.postsPayments, "no EHR sync: the clinic posts its own payments")
        recordedSpy.target = promptFixture.backend
        recordedSpy.clear()
        const before = promptFixture.reminderCount(mrn)
        const balanceBefore = prompt.card.balance
        mouseClick(item(prompt, "noteField"))
        keySequence("c,a,r,d")
        mouseClick(item(prompt, "outcome_paid"))
        verify(item(prompt, "paymentStep").visible, "the amount is asked first")
        const field = item(prompt, "paymentField")
        compare(field.text, prompt.card.suggestedPayment, "prefilled with the balance")
        tryVerify(() => field.activeFocus)
        compare(promptFixture.reminderCount(mrn), before, "nothing recorded yet")
        mouseClick(item(prompt, "postPayment"))

        const stored = promptFixture.lastReminder(mrn)
        compare(stored.outcome, "paid")
        compare(stored.channel, "desk")
        compare(stored.on, promptFixture.day)
        compare(stored.staffId, "test-desk")
        compare(stored.note, "card")
        compare(recordedSpy.count, 1)
        compare(recordedSpy.signalArguments[0][0], mrn)

        compare(prompt.card.state, "none", "paid in full (" + balanceBefore + "): nothing to mention")
        compare(prompt.card.balance, "$0.00")
        verify(!item(prompt, "paymentStep").visible)
    }

    function test_a_payment_that_is_not_money_records_nothing() {
        const mrn = patientIn("small_balance")
        const prompt = openPrompt(mrn)
        const before = promptFixture.reminderCount(mrn)
        mouseClick(item(prompt, "outcome_paid"))
        const field = item(prompt, "paymentField")
        field.text = "12,5O"
        mouseClick(item(prompt, "postPayment"))
        compare(promptFixture.reminderCount(mrn), before)
        const error = item(prompt, "paymentError")
        verify(error.visible, "said beside the amount")
        compare(error.text, "\"12,5O\" is not an amount of money.")
        verify(!item(prompt, "errorText").visible)
        tryVerify(() => field.activeFocus, 1000, "the amount can be typed again at once")
        verify(item(prompt, "paymentStep").visible, "the amount can be corrected")
        mouseClick(item(prompt, "cancelPayment"))
        verify(!item(prompt, "paymentStep").visible)
        verify(outcomeButtons(prompt).length > 0)
    }

    function test_more_than_is_owed_is_posted_only_when_confirmed() {
        const mrn = patientIn("small_balance")
        const prompt = openPrompt(mrn)
        const before = promptFixture.reminderCount(mrn)
        mouseClick(item(prompt, "outcome_paid"))
        item(prompt, "paymentField").text = "500.00"
        mouseClick(item(prompt, "postPayment"))
        compare(promptFixture.reminderCount(mrn), before, "asked first")
        verify(item(prompt, "paymentError").text.startsWith("$500.00 is more than the $"))
        const anyway = item(prompt, "postAnyway")
        verify(anyway.visible)
        mouseClick(anyway)
        compare(promptFixture.lastReminder(mrn).outcome, "paid")
        verify(prompt.card.isCredit, "the rest is a credit owed to the patient")
    }

    function test_an_outcome_shows_the_cooldown_and_its_note() {
        const mrn = patientIn("small_balance")
        const prompt = openPrompt(mrn)
        mouseClick(item(prompt, "noteField"))
        keySequence("c,a,l,l")
        mouseClick(item(prompt, "outcome_promised"))
        verify(prompt.card.inCooldown)
        const banner = item(prompt, "cooldownBanner")
        verify(banner.visible)
        compare(banner.text, "Reminded today — next reminder from " + promptFixture.dateAfter(14))
        compare(item(prompt, "lastReminderFact").value,
                promptFixture.dateAfter(0) + ", front desk: Patient promised to pay")
        const note = item(prompt, "noteFact")
        verify(note.visible)
        compare(note.value, "call")
        compare(outcomeButtons(prompt).length, 0, "no outcome buttons during the cooldown")
        verify(item(prompt, "recordAnother").visible)
    }

    function test_record_another_outcome_during_the_cooldown() {
        const mrn = promptFixture.patientInCooldown()
        const prompt = openPrompt(mrn)
        const banner = item(prompt, "cooldownBanner")
        verify(banner.visible)
        verify(/^Reminded on .+ — next reminder from .+$/.test(banner.text), banner.text)
        compare(outcomeButtons(prompt).length, 0)
        mouseClick(item(prompt, "recordAnother"))
        verify(outcomeButtons(prompt).length > 0)
        verify(item(prompt, "noteField").activeFocus)
        const before = promptFixture.reminderCount(mrn)
        mouseClick(item(prompt, "outcome_not_appropriate"))
        compare(promptFixture.reminderCount(mrn), before + 1)
        compare(promptFixture.lastReminder(mrn).outcome, "not_appropriate")
    }

    function test_alt_number_records_the_numbered_outcome() {
        const mrn = patientIn("small_balance")
        const prompt = openPrompt(mrn)
        prompt.forceActiveFocus()
        verify(prompt.shortcutsActive)
        keyClick(Qt.Key_3, Qt.AltModifier)
        compare(promptFixture.lastReminder(mrn).outcome, "promised")
        verify(prompt.card.inCooldown)
    }

    function test_alt_number_in_the_note_field_records_without_typing() {
        const mrn = patientIn("small_balance")
        const prompt = openPrompt(mrn)
        const note = item(prompt, "noteField")
        note.forceActiveFocus()
        keySequence("s,o,o,n")  // a key sequence holds at most four keys
        keyClick(Qt.Key_3, Qt.AltModifier)
        const stored = promptFixture.lastReminder(mrn)
        compare(stored.outcome, "promised")
        compare(stored.note, "soon", "Alt+3 typed nothing")
    }

    function test_shortcuts_fire_only_in_the_focused_prompt() {
        const first = patientIn("small_balance")
        const second = patientIn("small_balance")
        const a = openPrompt(first, { current: true })
        const b = openPrompt(second, { y: 500 })
        const before = promptFixture.reminderCount(first)
        verify(a.shortcutsActive, "the current prompt while no prompt has the focus")
        b.forceActiveFocus()
        verify(!a.shortcutsActive, "the current prompt gives way to the focused one")
        verify(b.shortcutsActive)
        keyClick(Qt.Key_1, Qt.AltModifier)
        compare(promptFixture.lastReminder(second).outcome, "will_pay_at_desk")
        compare(promptFixture.reminderCount(first), before, "nothing recorded in the other")
    }

    function test_without_focus_only_the_current_prompt_answers_alt_number() {
        const first = patientIn("small_balance")
        const second = patientIn("small_balance")
        const a = openPrompt(first)
        const b = openPrompt(second, { y: 500, current: true })
        const before = promptFixture.reminderCount(first)
        testCase.forceActiveFocus()
        verify(!a.shortcutsActive)
        keyClick(Qt.Key_3, Qt.AltModifier)
        compare(promptFixture.lastReminder(second).outcome, "promised")
        compare(promptFixture.reminderCount(first), before)
    }

    function test_keyboard_only_tab_to_an_outcome_and_press_space() {
        const mrn = patientIn("small_balance")
        const host = createTemporaryObject(hostComponent, testCase)
        host.prompt.patient = mrn
        waitForRendering(host)
        const balanceBefore = host.prompt.card.balance
        host.field.forceActiveFocus()
        keyClick(Qt.Key_Tab)
        const note = item(host.prompt, "noteField")
        verify(note.activeFocus, "Tab goes from the host into the note")
        keySequence("t,e,x,t")
        keyClick(Qt.Key_Tab)
        const first = item(host.prompt, "outcome_will_pay_at_desk")
        verify(first.activeFocus, "then to the first outcome")
        verify(first.visualFocus, "with a visible focus ring")
        keyClick(Qt.Key_Tab)
        const second = item(host.prompt, "outcome_paid")
        verify(second.activeFocus)
        keyClick(Qt.Key_Space)
        const amount = item(host.prompt, "paymentField")
        tryVerify(() => amount.activeFocus, 1000, "the amount takes the focus")
        keyClick(Qt.Key_Return)
        const stored = promptFixture.lastReminder(mrn)
        compare(stored.outcome, "paid")
        compare(stored.note, "text")
        compare(host.prompt.card.state, "none", "paid in full (" + balanceBefore + ")")
    }

    function test_enter_activates_the_focused_outcome() {
        const mrn = patientIn("small_balance")
        const prompt = openPrompt(mrn)
        const button = item(prompt, "outcome_declined")
        button.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        compare(promptFixture.lastReminder(mrn).outcome, "declined")
    }

    function test_credit_patient_is_offered_the_credit_outcomes() {
        const mrn = patientIn("credit_refund_due")
        const prompt = openPrompt(mrn)
        verify(prompt.card.isCredit)
        verify(/^credit_/.test(prompt.card.state), prompt.card.state)
        verify(/^\$\d+\.\d\d$/.test(item(prompt, "amountText").text), "a positive amount")
        compare(JSON.stringify(outcomeButtons(prompt)),
                JSON.stringify(["apply_credit!", "refund_requested!", "shown",
                                "not_appropriate"]))
        compare(item(prompt, "outcome_apply_credit").text, "Apply the credit to the visit")
        mouseClick(item(prompt, "outcome_refund_requested"))
        compare(promptFixture.lastReminder(mrn).outcome, "refund_requested")
    }

    function test_written_off_balance_shows_the_note() {
        const mrn = patientIn("written_off_collectable")
        const prompt = openPrompt(mrn)
        const note = item(prompt, "writtenOffNote")
        verify(note.visible)
        compare(note.text, "Written off " + prompt.card.writtenOff + ", still collectable")
        compare(item(prompt, "amountText").text, prompt.card.writtenOff)
    }

    function test_patient_with_nothing_owed_shows_the_calm_state() {
        const mrn = patientIn("none")
        const prompt = openPrompt(mrn)
        verify(prompt.card.found)
        verify(!prompt.card.hasPrompt)
        verify(item(prompt, "calmState").visible)
        compare(item(prompt, "stateBadge").label, "Nothing to mention")
        compare(outcomeButtons(prompt).length, 0)
        verify(!item(prompt, "noteField").visible)
        verify(!item(prompt, "scriptText").visible)
        verify(!item(prompt, "recordAnother").visible)
    }

    function test_unknown_mrn_shows_the_error_and_nothing_else() {
        const prompt = openPrompt("NO-SUCH-MRN")
        verify(!prompt.card.found)
        const error = item(prompt, "errorText")
        verify(error.visible)
        compare(error.text, "No patient with MRN NO-SUCH-MRN.")
        verify(!item(prompt, "stateBadge").visible)
        verify(!item(prompt, "calmState").visible)
        verify(!item(prompt, "emptyState").visible)
        compare(outcomeButtons(prompt).length, 0)
        verify(!prompt.card.record("paid", ""))
    }

    function test_no_patient_yet_shows_a_hint() {
        const prompt = openPrompt("")
        verify(item(prompt, "emptyState").visible)
        verify(!item(prompt, "errorText").visible)
    }

    function test_phone_audience_shows_the_call_script_and_records_phone() {
        const mrn = patientIn("small_balance")
        const prompt = openPrompt(mrn, { audience: BalancePrompt.Phone })
        compare(prompt.card.audience, PromptCard.Phone)
        compare(promptFixture.auditCount(mrn), 1, "the properties are looked up once")
        verify(prompt.card.script.indexOf("Say: \"There's a small balance") < 0,
               "not the desk's words: " + prompt.card.script)
        mouseClick(item(prompt, "outcome_promised"))
        compare(promptFixture.lastReminder(mrn).channel, "phone")
    }

    function test_texts_follow_the_backend_language() {
        const mrn = patientIn("small_balance")
        const prompt = openPrompt(mrn)
        promptFixture.backend.language = "es"
        compare(item(prompt, "stateBadge").label, "Saldo pequeño")
        compare(item(prompt, "outcome_paid").text, "El paciente pagó")
        compare(item(prompt, "familyFact").label, "Total familiar")
        verify(prompt.card.script.indexOf("Diga:") > 0, prompt.card.script)
        promptFixture.backend.language = "ro"
        compare(item(prompt, "outcome_paid").text, "Pacientul a plătit")
        compare(item(prompt, "ageFact").value.indexOf(prompt.card.ageDays + " "), 0)
        promptFixture.backend.language = "en"
        compare(item(prompt, "outcome_paid").text, "Patient paid")
    }
}
