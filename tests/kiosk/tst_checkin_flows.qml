import QtQuick
import QtTest
import FrontDesk.Kiosk.Models

// Whole check-ins and the clock: Done and back to Welcome, the idle countdown and timeout,
// Start over, and nothing of the patient left behind.
KioskTestCase {
    name: "CheckinFlows"

    function initTestCase() {
        kiosk.newClinic()
    }

    // Every property of the session that holds something of a patient is empty.
    function verifyForgotten(session) {
        compare(session.firstName, "")
        compare(session.appointments.length, 0)
        compare(session.appointmentTime, "")
        compare(session.provider, "")
        compare(session.balanceKind, KioskSession.None)
        compare(session.balanceMessage, "")
        compare(session.amount, "")
        compare(session.language, "en")
        verify(!session.largeText)
    }

    function test_done_says_checked_in_and_returns_to_welcome_after_ten_seconds() {
        const v = visitorIn("none")
        const view = openKiosk()
        checkIn(view, v)
        expectScreen(view, "doneScreen")
        const texts = visibleTexts(item(view, "doneScreen"))
        verify(texts.indexOf("You're checked in. Please have a seat.") >= 0, texts)
        verify(!item(view, "startOver").visible, "no Start over on Done")
        for (let i = 0; i < 9; ++i) {
            view.session.tick()
            verify(!item(view, "countdown").visible, "no countdown banner on Done")
        }
        expectScreen(view, "doneScreen")
        view.session.tick()
        expectScreen(view, "welcomeScreen")
        verifyForgotten(view.session)
    }

    function test_done_button_returns_to_welcome_at_once() {
        const v = visitorIn("none")
        const view = openKiosk()
        checkIn(view, v)
        tap(view, "finishButton")
        expectScreen(view, "welcomeScreen")
        verifyForgotten(view.session)
    }

    function test_check_in_by_appointment_code_marks_it_arrived() {
        const v = visitorIn("none")
        const view = openKiosk()
        tap(view, "checkInButton")
        tap(view, "byCodeTab")
        typeInto(view, "codeField", v.appointmentCode)
        tap(view, "nextButton")
        tapDigits(view, v.birthDigits)
        tap(view, "continueButton")
        expectScreen(view, "appointmentScreen")
        compare(kiosk.appointmentStatus(v.mrn), "booked")
        tap(view, "confirmCheckIn")
        expectScreen(view, "doneScreen")
        compare(kiosk.appointmentStatus(v.mrn), "arrived")
    }

    function test_no_answer_on_the_balance_step_records_shown_and_returns_to_welcome() {
        const v = visitorIn("small_balance")
        const view = openKiosk()
        checkIn(view, v)
        expectScreen(view, "balanceScreen")
        compare(view.session.secondsLeft, 45)
        ticks(view.session, 44)
        expectScreen(view, "balanceScreen")
        view.session.tick()
        expectScreen(view, "welcomeScreen")
        const recorded = kiosk.lastReminder(v.mrn)
        compare(recorded.outcome, "shown")
        compare(recorded.channel, "kiosk")
        compare(recorded.on, kiosk.day)
        verifyForgotten(view.session)
    }

    function test_start_over_on_the_appointment_screen_forgets_the_patient() {
        const v = visitorIn("none")
        const view = openKiosk()
        tap(view, "largeTextButton")
        tap(view, "language_es")
        tap(view, "checkInButton")
        enterNameAndBirth(view, v.familyName, v.birthDigitsDmy)
        expectScreen(view, "appointmentScreen")
        compare(view.session.firstName, v.givenName)
        tap(view, "startOver")
        expectScreen(view, "welcomeScreen")
        verifyForgotten(view.session)
        compare(kiosk.appointmentStatus(v.mrn), "booked", "not checked in")
        compare(item(view, "checkInButton").text, "Tap to check in", "back in English")
    }

    function test_start_over_on_the_balance_step_says_checked_in_then_forgets() {
        const v = visitorIn("credit_apply_next_visit")
        const view = openKiosk()
        checkIn(view, v)
        expectScreen(view, "balanceScreen")
        verify(view.session.amount !== "")
        tap(view, "startOver")
        // the patient is checked in already: the kiosk says so instead of going silent
        expectScreen(view, "doneScreen")
        compare(item(view, "doneText").text, "You're checked in. Please have a seat.")
        compare(kiosk.appointmentStatus(v.mrn), "arrived")
        compare(kiosk.lastReminder(v.mrn).outcome, "shown")
        verify(!view.session.countingDown, "no 'Are you still there?' on Done")
        verify(!item(view, "countdown").visible)
        ticks(view.session, 10)  // kiosk.done_return_s
        expectScreen(view, "welcomeScreen")
        verifyForgotten(view.session)
    }

    function test_identifying_again_the_same_day_says_already_checked_in() {
        const v = visitorIn("none")
        const view = openKiosk()
        checkIn(view, v)
        tap(view, "finishButton")
        identifyByName(view, v.familyName, v.birthDigits)
        expectScreen(view, "alreadyCheckedInScreen")
        compare(item(view, "messageText").text,
                "You're already checked in, " + v.givenName + ". Please have a seat.")
        compare(JSON.stringify(controlsUnder(item(view, "alreadyCheckedInScreen"))
                               .map(c => c.objectName)),
                JSON.stringify(["messageAction"]), "only Done, no Check in")
        compare(item(view, "messageAction").text, "Done")
        tap(view, "messageAction")
        expectScreen(view, "welcomeScreen")
        verifyForgotten(view.session)
    }

    function test_start_over_on_identification_clears_what_was_typed() {
        const view = openKiosk()
        tap(view, "checkInButton")
        typeInto(view, "nameField", "Garcia")
        tap(view, "nextButton")
        tapDigits(view, "0402")
        tap(view, "startOver")
        expectScreen(view, "welcomeScreen")
        tap(view, "checkInButton")
        compare(item(view, "nameField").text, "")
        compare(item(view, "birthDate").digits, "")
        verify(!item(view, "identifyScreen").askingBirthDate)
    }

    function test_countdown_shows_in_the_last_ten_seconds_of_idle() {
        const view = openKiosk()
        tap(view, "checkInButton")
        const banner = item(view, "countdown")
        compare(view.session.secondsLeft, 45)
        ticks(view.session, 34)
        compare(view.session.secondsLeft, 11)
        verify(!banner.visible, "no countdown with 11 s left")
        view.session.tick()
        verify(banner.visible, "countdown with 10 s left")
        compare(banner.Accessible.name, "Are you still there? Starting over in 10 seconds.")
        view.session.tick()
        compare(banner.Accessible.name, "Are you still there? Starting over in 9 seconds.")
        ticks(view.session, 8)
        compare(banner.Accessible.name, "Are you still there? Starting over in 1 second.")
        view.session.tick()
        expectScreen(view, "welcomeScreen")
        verify(!banner.visible)
    }

    function test_touching_the_countdown_keeps_the_patient() {
        const v = visitorIn("none")
        const view = openKiosk()
        identifyByName(view, v.familyName, v.birthDigits)
        ticks(view.session, 40)
        verify(item(view, "countdown").visible)
        settle(view)
        mouseClick(item(view, "countdown"))
        verify(!item(view, "countdown").visible)
        compare(view.session.secondsLeft, 45)
        expectScreen(view, "appointmentScreen")
        compare(view.session.firstName, v.givenName)
    }

    function test_any_tap_restarts_the_idle_time() {
        const view = openKiosk()
        tap(view, "checkInButton")
        ticks(view.session, 20)
        mouseClick(item(view, "identifyScreen"), 5, view.height - 5)
        compare(view.session.secondsLeft, 45)
    }

    function test_idle_on_identification_returns_to_welcome() {
        const view = openKiosk()
        tap(view, "checkInButton")
        typeInto(view, "nameField", "Garcia")
        ticks(view.session, 45)
        expectScreen(view, "welcomeScreen")
    }

    function test_the_views_clock_ticks_the_session_every_second() {
        const view = openRunningKiosk()
        tap(view, "checkInButton")
        compare(view.session.secondsLeft, 45)
        tryCompare(view.session, "secondsLeft", 44, 2500)
    }

    function test_three_check_ins_in_a_row_on_one_kiosk() {
        const view = openKiosk()
        for (const state of ["none", "small_balance", "credit_refund_due"]) {
            const v = visitorIn(state)
            checkIn(view, v)
            if (state !== "none") {
                expectScreen(view, "balanceScreen")
                tap(view, state === "small_balance" ? "answer_will_pay_at_desk"
                                                    : "answer_apply_credit")
            }
            expectScreen(view, "doneScreen")
            compare(kiosk.appointmentStatus(v.mrn), "arrived")
            ticks(view.session, 10)
            expectScreen(view, "welcomeScreen")
            verifyForgotten(view.session)
        }
    }
}
