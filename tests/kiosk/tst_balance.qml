import QtQuick
import QtTest
import FrontDesk.Kiosk.Models

// The balance step after Check in, as the core's kiosk prompt says, and the answer recorded as
// the reminder outcome with channel kiosk.
KioskTestCase {
    name: "Balance"

    function initTestCase() {
        kiosk.newClinic()
    }

    // Checks the visitor in up to the balance step.
    function toBalance(state) {
        const v = visitorIn(state)
        const view = openKiosk()
        checkIn(view, v)
        compare(kiosk.appointmentStatus(v.mrn), "arrived", "Check in marks the appointment")
        expectScreen(view, "balanceScreen")
        return { view: view, visitor: v }
    }

    function answerAndExpect(step, control, outcome) {
        tap(step.view, control)
        expectScreen(step.view, "doneScreen")
        const recorded = kiosk.lastReminder(step.visitor.mrn)
        compare(recorded.outcome, outcome, "the outcome recorded")
        compare(recorded.channel, "kiosk")
        compare(recorded.on, kiosk.day)
    }

    function visibleControls(view) {
        return controlsUnder(item(view, "balanceScreen")).map(c => c.objectName).sort()
    }

    function test_small_balance_shows_the_amount_and_pay_at_desk_is_recorded() {
        const step = toBalance("small_balance")
        const session = step.view.session
        compare(session.balanceKind, KioskSession.Small)
        compare(item(step.view, "balanceScreen").title, "One more thing")
        verify(/^\$\d+\.\d\d$/.test(session.amount), "amount " + session.amount)
        const message = item(step.view, "balanceMessage").text
        compare(message, "You have a balance of " + session.amount
                + " from an earlier visit. You can pay it at the front desk today.")
        compare(JSON.stringify(visibleControls(step.view)),
                JSON.stringify(["answer_declined", "answer_will_pay_at_desk", "startOver"]))
        compare(item(step.view, "answer_will_pay_at_desk").text, "I'll pay at the desk")
        answerAndExpect(step, "answer_will_pay_at_desk", "will_pay_at_desk")
    }

    function test_small_balance_not_today_is_recorded_as_declined() {
        const step = toBalance("small_balance")
        compare(item(step.view, "answer_declined").text, "Not today")
        answerAndExpect(step, "answer_declined", "declined")
    }

    function test_written_off_balance_is_asked_like_a_small_one() {
        const step = toBalance("written_off_collectable")
        compare(step.view.session.balanceKind, KioskSession.Small)
        verify(item(step.view, "balanceMessage").text.indexOf(step.view.session.amount) > 0)
        answerAndExpect(step, "answer_will_pay_at_desk", "will_pay_at_desk")
    }

    function test_balance_due_asks_to_see_the_desk_without_the_amount() {
        const step = toBalance("balance_due")
        const session = step.view.session
        compare(session.balanceKind, KioskSession.Due)
        compare(session.amount, "", "the default policy shows no amount of a larger balance")
        compare(item(step.view, "balanceMessage").text,
                "Please stop by the front desk about your account.")
        for (const text of visibleTexts(item(step.view, "balanceScreen")))
            verify(!/\d/.test(text), "no figure on the screen: " + text)
        compare(JSON.stringify(visibleControls(step.view)),
                JSON.stringify(["answer_shown", "startOver"]))
        compare(item(step.view, "answer_shown").text, "OK")
        answerAndExpect(step, "answer_shown", "shown")
    }

    function test_credit_apply_to_todays_visit_is_recorded() {
        const step = toBalance("credit_apply_next_visit")
        const session = step.view.session
        compare(session.balanceKind, KioskSession.Credit)
        compare(item(step.view, "balanceScreen").title, "Good news")
        // the title says "Good news"; the message does not say it again
        compare(item(step.view, "balanceMessage").text, "You have a credit of "
                + session.amount + " with us. We can apply it to today's visit.")
        compare(JSON.stringify(visibleControls(step.view)),
                JSON.stringify(["answer_apply_credit", "answer_refund_requested", "answer_shown",
                                "startOver"]))
        answerAndExpect(step, "answer_apply_credit", "apply_credit")
    }

    function test_credit_refund_is_recorded() {
        const step = toBalance("credit_refund_due")
        verify(item(step.view, "balanceMessage").text.indexOf("refund it to you") > 0)
        compare(item(step.view, "answer_refund_requested").text, "Refund it to me")
        answerAndExpect(step, "answer_refund_requested", "refund_requested")
    }

    function test_credit_decide_later_is_recorded_as_shown() {
        const step = toBalance("credit_refund_due")
        compare(item(step.view, "answer_shown").text, "Decide later")
        answerAndExpect(step, "answer_shown", "shown")
    }

    function test_credit_for_the_desk_only_says_to_ask_there() {
        const step = toBalance("unclaimed_property_review")
        compare(step.view.session.balanceKind, KioskSession.CreditAtDesk)
        compare(item(step.view, "balanceScreen").title, "About your account")
        verify(item(step.view, "balanceMessage").text.endsWith(
                   "Please ask at the front desk about it."),
               item(step.view, "balanceMessage").text)
        compare(JSON.stringify(visibleControls(step.view)),
                JSON.stringify(["answer_shown", "startOver"]))
        compare(item(step.view, "answer_shown").text, "OK")
        answerAndExpect(step, "answer_shown", "shown")
    }

    function test_the_buttons_follow_the_sessions_answers_in_order() {
        const step = toBalance("credit_refund_due")
        const shown = controlsUnder(item(step.view, "balanceScreen"))
            .map(c => c.objectName).filter(n => n.startsWith("answer_"))
        compare(JSON.stringify(shown),
                JSON.stringify(step.view.session.answers.map(a => "answer_" + a)))
        verify(shown.length > 0)
    }

    function test_no_balance_goes_straight_to_done() {
        const v = visitorIn("none")
        const before = kiosk.lastReminder(v.mrn)
        const view = openKiosk()
        checkIn(view, v)
        expectScreen(view, "doneScreen")
        compare(view.session.balanceKind, KioskSession.None)
        compare(kiosk.appointmentStatus(v.mrn), "arrived")
        compare(JSON.stringify(kiosk.lastReminder(v.mrn)), JSON.stringify(before),
                "nothing is recorded")
    }

    function test_balance_text_comes_in_the_patients_language() {
        const v = visitorIn("small_balance")
        const view = openKiosk()
        tap(view, "language_es")
        tap(view, "checkInButton")
        enterNameAndBirth(view, v.familyName, v.birthDigitsDmy)
        expectScreen(view, "appointmentScreen")
        compare(item(view, "greeting").text, "¡Hola, " + v.givenName + "!")
        tap(view, "confirmCheckIn")
        expectScreen(view, "balanceScreen")
        const amount = view.session.amount
        // formatted by the core in the clinic's currency, as on every other screen
        verify(/^\$\d+\.\d\d$/.test(amount), "amount " + amount)
        verify(item(view, "balanceMessage").text.startsWith("Tiene un saldo de "),
               item(view, "balanceMessage").text)
        compare(item(view, "answer_will_pay_at_desk").text, "Pagaré en la recepción")
        answerAndExpect({ view: view, visitor: v }, "answer_will_pay_at_desk", "will_pay_at_desk")
    }
}
