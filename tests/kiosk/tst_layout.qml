import QtQuick
import QtTest
import FrontDesk.Kiosk.Models

// Every screen at 1280x800 landscape and 1080x1920 portrait, in normal and larger text: each
// visible control has an accessible name and is a touch target (64 px high or more), and no
// control or text lies outside the window (there is no scrolling).
KioskTestCase {
    name: "Layout"
    // Big enough to hold the portrait view; each view is sized on its own.
    width: 1280
    height: 1920

    readonly property var sizes: [[1280, 800], [1080, 1920], [1920, 1080]]
    // What is left above Qt's on-screen keyboard (about 0.31 of the width high) at each size.
    readonly property var keyboardUpSizes: [[1280, 400], [1920, 480], [1080, 1583]]

    function initTestCase() {
        kiosk.newClinic()
    }

    // Checks the screen now shown at every size, in normal and larger text.
    function verifyEverySize(view, screen, atSizes) {
        expectScreen(view, screen)
        for (const large of [false, true]) {
            for (const size of atSizes || sizes) {
                view.width = size[0]
                view.height = size[1]
                // Larger text is the patient's choice on Welcome; here it is set for the check.
                view.session.largeText = large
                verifyTouchable(view, screen)
                verifyInside(view, screen)
            }
        }
        view.session.largeText = false
        view.width = 1280
        view.height = 800
    }

    function test_welcome() {
        const view = openKiosk(null, 1280, 800)
        verifyEverySize(view, "welcomeScreen")
    }

    function test_welcome_in_spanish_and_romanian() {
        const view = openKiosk(null, 1280, 800)
        tap(view, "language_es")
        verifyEverySize(view, "welcomeScreen")
        tap(view, "language_ro")
        verifyEverySize(view, "welcomeScreen")
    }

    function test_identify_by_name_and_by_code() {
        const view = openKiosk(null, 1280, 800)
        tap(view, "checkInButton")
        verifyEverySize(view, "identifyScreen")
        tap(view, "byCodeTab")
        verifyEverySize(view, "identifyScreen")
    }

    function test_identify_with_the_keyboard_up_and_the_missing_text() {
        const view = openKiosk(null, 1280, 800)
        tap(view, "checkInButton")
        tap(view, "nextButton")
        verify(item(view, "missingText").visible)
        verifyEverySize(view, "identifyScreen", keyboardUpSizes)
        tap(view, "byCodeTab")
        tap(view, "nextButton")
        verifyEverySize(view, "identifyScreen", keyboardUpSizes)
    }

    // The rectangle in the view around the visible controls and texts of `root`.
    function boundsOf(view, root) {
        const rects = partsUnder(view, root).map(p => p.rect)
        const top = Math.min(...rects.map(r => r.y))
        const bottom = Math.max(...rects.map(r => r.y + r.height))
        return { top: top, bottom: bottom, middle: (top + bottom) / 2 }
    }

    // The step's content is centred: its middle lies in the middle third of the window's
    // height, not crowded at the top.
    function verifyCentredVertically(view, name) {
        settle(view)
        const b = boundsOf(view, item(view, name))
        const where = name + " at " + view.width + "x" + view.height + ": content "
            + Math.round(b.top) + ".." + Math.round(b.bottom)
        verify(b.middle > view.height / 3 && b.middle < view.height * 2 / 3, where)
    }

    function test_the_name_step_is_centred_at_every_size() {
        const view = openKiosk(null, 1280, 800)
        tap(view, "checkInButton")
        for (const size of sizes) {
            view.width = size[0]
            view.height = size[1]
            verifyCentredVertically(view, "nameStep")
        }
    }

    function test_the_keypad_is_large_and_centred_at_every_size() {
        const view = openKiosk(null, 1280, 800)
        tap(view, "checkInButton")
        typeInto(view, "nameField", "Garcia")
        tap(view, "nextButton")
        for (const size of sizes) {
            view.width = size[0]
            view.height = size[1]
            settle(view)
            const where = "at " + size[0] + "x" + size[1] + ": "
            const keypad = item(view, "keypad")
            const r = keypad.mapToItem(view, 0, 0, keypad.width, keypad.height)
            verify(Math.abs(r.x + r.width / 2 - view.width / 2) <= 2,
                   where + "keypad centred, at x " + Math.round(r.x) + " w " + r.width)
            const key = item(view, "key_5")
            verify(key.width >= 140 && key.height >= 100,
                   where + "a key is " + key.width + "x" + key.height)
            verifyCentredVertically(view, "birthDateStep")
            const go = item(view, "continueButton")
            const c = go.mapToItem(view, 0, 0, go.width, go.height)
            verify(c.y + c.height <= r.y + r.height + 1 && c.y >= r.y - 1
                   || c.y >= r.y + r.height, where + "Continue beside or under the keypad")
        }
    }

    function test_identify_birth_date_keypad() {
        const view = openKiosk(null, 1280, 800)
        tap(view, "checkInButton")
        typeInto(view, "nameField", "Garcia")
        tap(view, "nextButton")
        tapDigits(view, "0402")
        verifyEverySize(view, "identifyScreen")
    }

    function test_identify_in_romanian() {
        const view = openKiosk(null, 1280, 800)
        tap(view, "language_ro")
        tap(view, "checkInButton")
        verifyEverySize(view, "identifyScreen")
        tap(view, "byCodeTab")
        verifyEverySize(view, "identifyScreen")
    }

    function test_not_found_and_locked_out() {
        const view = openKiosk(null, 1280, 800)
        identifyByName(view, "Zzyzxqvist", "01011990")
        verifyEverySize(view, "notFoundScreen")
        tap(view, "messageAction")
        enterNameAndBirth(view, "Zzyzxqvist", "01011990")
        tap(view, "messageAction")
        enterNameAndBirth(view, "Zzyzxqvist", "01011990")
        verifyEverySize(view, "lockedOutScreen")
    }

    function test_unavailable() {
        ignoreWarning(/kiosk: check-in is not available/)
        ignoreWarning(/kiosk: check-in is not available/)
        const view = openKiosk(kiosk.newUnavailableSession(), 1280, 800)
        tap(view, "checkInButton")
        verifyEverySize(view, "unavailableScreen")
    }

    function test_initial_of_twins() {
        const v = visitorIn("none")
        verify(kiosk.addTwin(v.mrn, v.givenName[0].toUpperCase() === "Z" ? "Yara" : "Zelda"))
        const view = openKiosk(null, 1280, 800)
        identifyByName(view, v.familyName, v.birthDigits)
        verifyEverySize(view, "initialScreen")
    }

    function test_choose_appointment() {
        const v = visitorIn("none")
        verify(kiosk.addSecondAppointment(v.mrn))
        const view = openKiosk(null, 1280, 800)
        identifyByName(view, v.familyName, v.birthDigits)
        verifyEverySize(view, "chooseAppointmentScreen")
    }

    function test_appointment_and_done() {
        const v = visitorIn("none")
        const view = openKiosk(null, 1280, 800)
        identifyByName(view, v.familyName, v.birthDigits)
        verifyEverySize(view, "appointmentScreen")
        tap(view, "confirmCheckIn")
        verifyEverySize(view, "doneScreen")
    }

    function test_balance_small() {
        const v = visitorIn("small_balance")
        const view = openKiosk(null, 1280, 800)
        checkIn(view, v)
        verifyEverySize(view, "balanceScreen")
    }

    function test_balance_due() {
        const v = visitorIn("balance_due")
        const view = openKiosk(null, 1280, 800)
        checkIn(view, v)
        verifyEverySize(view, "balanceScreen")
        for (const size of sizes) {
            view.width = size[0]
            view.height = size[1]
            settle(view)
            const ok = item(view, "answer_shown")
            verify(ok.width < 400, "a lone OK is as wide as it needs at " + size[0] + "x"
                   + size[1] + ", not " + ok.width + " px")
        }
    }

    function test_balance_credit() {
        const v = visitorIn("credit_refund_due")
        const view = openKiosk(null, 1280, 800)
        checkIn(view, v)
        verifyEverySize(view, "balanceScreen")
    }

    function test_balance_credit_in_spanish() {
        const v = visitorIn("credit_refund_due")
        const view = openKiosk(null, 1280, 800)
        tap(view, "language_es")
        tap(view, "checkInButton")
        enterNameAndBirth(view, v.familyName, v.birthDigitsDmy)
        tap(view, "confirmCheckIn")
        verifyEverySize(view, "balanceScreen")
    }

    function test_countdown_banner() {
        const view = openKiosk(null, 1280, 800)
        tap(view, "checkInButton")
        ticks(view.session, 40)
        const banner = item(view, "countdown")
        verify(banner.visible)
        for (const size of sizes) {
            view.width = size[0]
            view.height = size[1]
            verifyTouchable(view, "countdown")
            verifyInside(view, "countdown")
        }
    }
}
