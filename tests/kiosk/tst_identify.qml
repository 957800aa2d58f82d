import QtQuick
import QtTest
import FrontDesk.Kiosk.Models

// Identification: two identifiers (family name or appointment code, and the birth date on the
// keypad), one kind message whatever did not match, and the lock-out after three failures.
KioskTestCase {
    name: "Identify"

    readonly property string notFoundMessage:
        "We couldn't find your appointment. Please see the front desk."

    function initTestCase() {
        kiosk.newClinic()
    }

    function test_name_then_birth_date_finds_the_appointment() {
        const v = visitorIn("none")
        const view = openKiosk()
        identifyByName(view, v.familyName, v.birthDigits)
        compare(view.session.screen, KioskSession.Appointment)
        expectScreen(view, "appointmentScreen")
        compare(item(view, "greeting").text, "Hi " + v.givenName + "!")
        compare(item(view, "appointmentText").text, v.appointmentTime + " with " + v.provider)
        compare(view.session.failedTries, 0)
        compare(kiosk.appointmentStatus(v.mrn), "booked", "identifying does not check in")
    }

    function test_next_waits_for_a_name_and_continue_for_eight_digits() {
        const v = visitorIn("none")
        const view = openKiosk()
        tap(view, "checkInButton")
        tap(view, "nextButton")
        verify(!item(view, "identifyScreen").askingBirthDate, "Next without a name")
        typeInto(view, "nameField", v.familyName)
        tap(view, "nextButton")
        compare(item(view, "identifyScreen").title, "Your date of birth")
        tapDigits(view, v.birthDigits.slice(0, 7))
        verify(!item(view, "continueButton").enabled, "Continue with 7 digits")
        compare(item(view, "birthDateText").text,
                v.birthDigits.slice(0, 2) + " / " + v.birthDigits.slice(2, 4) + " / "
                + v.birthDigits.slice(4, 7) + "_")
        tapDigits(view, v.birthDigits.slice(7))
        verify(item(view, "continueButton").enabled)
    }

    function test_erase_key_removes_the_last_digit() {
        const view = openKiosk()
        tap(view, "checkInButton")
        typeInto(view, "nameField", "Anyone")
        tap(view, "nextButton")
        tapDigits(view, "123")
        tap(view, "key_erase")
        compare(item(view, "birthDate").digits, "12")
        compare(item(view, "key_erase").Accessible.name, "Erase")
    }

    function test_enter_in_the_name_field_asks_for_the_birth_date() {
        const view = openKiosk()
        tap(view, "checkInButton")
        typeInto(view, "nameField", "Anyone")
        keyClick(Qt.Key_Return)
        verify(item(view, "identifyScreen").askingBirthDate)
        verify(item(view, "key_5").visible)
    }

    function test_matching_ignores_case_and_surrounding_spaces() {
        const v = visitorIn("none")
        const view = openKiosk()
        identifyByName(view, "  " + v.familyName.toLowerCase() + " ", v.birthDigits)
        expectScreen(view, "appointmentScreen")
        compare(view.session.firstName, v.givenName)
    }

    function test_appointment_code_then_birth_date_finds_the_appointment() {
        const v = visitorIn("none")
        const view = openKiosk()
        tap(view, "checkInButton")
        tap(view, "byCodeTab")
        verify(!item(view, "nameField").visible)
        // A barcode scanner types the code and Enter.
        typeInto(view, "codeField", v.appointmentCode.toLowerCase())
        keyClick(Qt.Key_Return)
        tapDigits(view, v.birthDigits)
        tap(view, "continueButton")
        expectScreen(view, "appointmentScreen")
        compare(item(view, "greeting").text, "Hi " + v.givenName + "!")
    }

    function test_spanish_takes_the_birth_date_day_first() {
        const v = visitorIn("none")
        const view = openKiosk()
        tap(view, "language_es")
        tap(view, "checkInButton")
        compare(item(view, "identifyScreen").title, "Su apellido")
        typeInto(view, "nameField", v.familyName)
        tap(view, "nextButton")
        tapDigits(view, v.birthDigitsDmy)
        tap(view, "continueButton")
        expectScreen(view, "appointmentScreen")
        compare(view.session.firstName, v.givenName)
    }

    // What a failed try from Welcome shows, word for word.
    function failWith(view, familyName, birthDigits) {
        identifyByName(view, familyName, birthDigits)
        expectScreen(view, "notFoundScreen")
        return visibleTexts(item(view, "notFoundScreen"))
    }

    // A failed try after "Try again".
    function failAgain(view, familyName, birthDigits) {
        tap(view, "messageAction")
        enterNameAndBirth(view, familyName, birthDigits)
    }

    function test_unknown_name_and_wrong_birth_date_get_the_same_message() {
        const v = visitorIn("none")
        const view = openKiosk()
        const unknownName = failWith(view, "Zzyzxqvist", v.birthDigits)
        verify(unknownName.indexOf(notFoundMessage) >= 0, unknownName)
        tap(view, "startOver")
        const wrongBirth = failWith(view, v.familyName, "01011901")
        compare(JSON.stringify(wrongBirth), JSON.stringify(unknownName))
        compare(view.session.firstName, "")
    }

    function test_an_impossible_birth_date_is_a_failed_try() {
        const view = openKiosk()
        failWith(view, "Anyone", "13452001")
        compare(view.session.failedTries, 1)
    }

    function test_try_again_goes_back_to_identification() {
        const view = openKiosk()
        failWith(view, "Zzyzxqvist", "01011990")
        compare(item(view, "messageAction").text, "Try again")
        tap(view, "messageAction")
        expectScreen(view, "identifyScreen")
        compare(item(view, "nameField").text, "Zzyzxqvist", "the name typed before is kept")
        verify(item(view, "nameField").visible)
        verify(!item(view, "identifyScreen").askingBirthDate)
        compare(item(view, "birthDate").digits, "", "the birth date is typed again")
    }

    function test_try_again_after_a_code_opens_on_the_code_tab_with_the_code() {
        const view = openKiosk()
        tap(view, "checkInButton")
        tap(view, "byCodeTab")
        typeInto(view, "codeField", "ZZ9999")
        tap(view, "nextButton")
        tapDigits(view, "01011990")
        tap(view, "continueButton")
        expectScreen(view, "notFoundScreen")
        tap(view, "messageAction")
        verify(item(view, "codeField").visible, "the code tab is open")
        compare(item(view, "codeField").text, "ZZ9999")
    }

    function test_a_match_clears_the_failed_tries() {
        const v = visitorIn("none")
        const view = openKiosk()
        failWith(view, "Zzyzxqvist", "01011990")
        compare(view.session.failedTries, 1)
        failAgain(view, v.familyName, v.birthDigits)
        expectScreen(view, "appointmentScreen")
        compare(view.session.failedTries, 0)
    }

    // Three failed tries in a row on the same session, ending on the lock-out screen.
    function lockOut(view) {
        failWith(view, "Zzyzxqvist", "01011990")
        failAgain(view, "Zzyzxqvist", "02021990")
        expectScreen(view, "notFoundScreen")
        failAgain(view, "Zzyzxqvist", "03031990")
        compare(view.session.screen, KioskSession.LockedOut)
        expectScreen(view, "lockedOutScreen")
    }

    function test_three_failures_lock_the_kiosk_out() {
        const view = openKiosk()
        // The third try starts from Welcome: the count is of tries in a row, not of screens.
        failWith(view, "Zzyzxqvist", "01011990")
        failAgain(view, "Zzyzxqvist", "02021990")
        tap(view, "startOver")
        identifyByName(view, "Zzyzxqvist", "03031990")
        expectScreen(view, "lockedOutScreen")
        const texts = visibleTexts(item(view, "lockedOutScreen"))
        verify(texts.indexOf("Please see the front desk, and we'll check you in there.") >= 0,
               texts)
        verify(!item(view, "startOver").visible, "no Start over while locked out")
        verify(!item(view, "messageAction").visible, "no action while locked out")
        verify(!item(view, "countdown").visible, "no idle countdown while locked out")
    }

    function test_lockout_ignores_taps_until_it_passes() {
        const view = openKiosk()
        lockOut(view)
        const screen = item(view, "lockedOutScreen")
        ticks(view.session, 15)
        const left = view.session.secondsLeft
        mouseClick(view, view.width / 2, view.height / 2)
        mouseClick(screen, 10, 10)
        expectScreen(view, "lockedOutScreen")
        compare(view.session.secondsLeft, left, "a tap does not restart the lock-out's clock")
        // No identification is accepted, even by a scanner's keys.
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_Return)
        view.session.identifyByName("Zzyzxqvist", "01011990")
        view.session.begin()
        compare(view.session.screen, KioskSession.LockedOut)
        ticks(view.session, left - 1)
        expectScreen(view, "lockedOutScreen")
        view.session.tick()
        expectScreen(view, "welcomeScreen")
        compare(view.session.failedTries, 0)
        tap(view, "checkInButton")
        expectScreen(view, "identifyScreen")
    }

    function test_lockout_lasts_thirty_seconds() {
        const view = openKiosk()
        lockOut(view)
        ticks(view.session, 29)
        expectScreen(view, "lockedOutScreen")
        view.session.tick()
        expectScreen(view, "welcomeScreen")
    }

    function test_several_appointments_today_are_offered_to_choose() {
        const v = visitorIn("none")
        verify(kiosk.addSecondAppointment(v.mrn))
        const view = openKiosk()
        identifyByName(view, v.familyName, v.birthDigits)
        expectScreen(view, "chooseAppointmentScreen")
        compare(item(view, "chooseAppointmentScreen").title,
                "Hi " + v.givenName + "! Which appointment are you here for?")
        compare(item(view, "appointment_0").text, v.appointmentTime + " with " + v.provider)
        compare(item(view, "appointment_1").text, "16:45 with Dr. Quinn")
        tap(view, "appointment_1")
        expectScreen(view, "appointmentScreen")
        compare(item(view, "appointmentText").text, "16:45 with Dr. Quinn")
    }

    // A given name for the twin that starts with another letter than the visitor's.
    function twinName(visitor) {
        return visitor.givenName[0].toUpperCase() === "Z" ? "Yara" : "Zelda"
    }

    function test_twins_are_told_apart_by_the_first_initial() {
        const v = visitorIn("none")
        verify(kiosk.addTwin(v.mrn, twinName(v)))
        const view = openKiosk()
        identifyByName(view, v.familyName, v.birthDigits)
        expectScreen(view, "initialScreen")
        compare(view.session.firstName, "", "no name is shown before the initial")
        tap(view, "letter_" + v.givenName[0].toUpperCase())
        expectScreen(view, "appointmentScreen")
        compare(view.session.firstName, v.givenName)
    }

    function test_twins_with_a_wrong_initial_are_not_found() {
        const v = visitorIn("none")
        verify(kiosk.addTwin(v.mrn, twinName(v)))
        const view = openKiosk()
        identifyByName(view, v.familyName, v.birthDigits)
        expectScreen(view, "initialScreen")
        const initials = v.givenName[0].toUpperCase() + twinName(v)[0]
        const wrong = "QXW".split("").find(l => initials.indexOf(l) < 0)
        tap(view, "letter_" + wrong)
        expectScreen(view, "notFoundScreen")
        compare(view.session.failedTries, 1)
    }

    function test_an_unavailable_database_says_so() {
        ignoreWarning(/kiosk: check-in is not available/)
        ignoreWarning(/kiosk: check-in is not available/)
        const view = openKiosk(kiosk.newUnavailableSession())
        tap(view, "checkInButton")
        compare(view.session.screen, KioskSession.Unavailable)
        expectScreen(view, "unavailableScreen")
        const texts = visibleTexts(item(view, "unavailableScreen"))
        verify(texts.indexOf("Check-in is not available right now. Please see the front desk.")
               >= 0, texts)
        tap(view, "startOver")
        expectScreen(view, "welcomeScreen")
    }
}
