import QtQuick
import QtTest
import FrontDesk.Kiosk.Models

// The details of typing on the identification screen that a usability trial tripped over:
// what Next says with an empty field, the keyboard's focus coming back after Back, no focus
// ring left on a tapped key, and tabs that keep their width.
KioskTestCase {
    name: "Entry"

    function initTestCase() {
        kiosk.newClinic()
    }

    function openIdentify() {
        const view = openKiosk()
        tap(view, "checkInButton")
        expectScreen(view, "identifyScreen")
        return view
    }

    function test_next_with_no_name_says_to_type_it() {
        const view = openIdentify()
        verify(!item(view, "missingText").visible, "nothing is said before Next")
        verify(item(view, "nextButton").enabled, "Next can be tapped")
        tap(view, "nextButton")
        verify(!item(view, "identifyScreen").askingBirthDate)
        verify(item(view, "missingText").visible, "Next says what is missing")
        compare(item(view, "missingText").text, "Please type your last name")
        typeInto(view, "nameField", "G")
        verify(!item(view, "missingText").visible, "typing clears the message")
    }

    function test_next_with_no_code_says_to_type_or_scan_it() {
        const view = openIdentify()
        tap(view, "byCodeTab")
        tap(view, "nextButton")
        verify(item(view, "missingText").visible)
        compare(item(view, "missingText").text, "Please type or scan your appointment code")
    }

    function test_spaces_alone_are_not_a_name() {
        const view = openIdentify()
        typeInto(view, "nameField", "  ")
        keyClick(Qt.Key_Return)
        verify(!item(view, "identifyScreen").askingBirthDate)
        verify(item(view, "missingText").visible)
    }

    function test_the_missing_text_is_translated() {
        const view = openKiosk()
        tap(view, "language_es")
        tap(view, "checkInButton")
        tap(view, "nextButton")
        compare(item(view, "missingText").text, "Escriba su apellido, por favor")
        tap(view, "startOver")
        tap(view, "language_ro")
        tap(view, "checkInButton")
        tap(view, "byCodeTab")
        tap(view, "nextButton")
        compare(item(view, "missingText").text,
                "Vă rugăm să scrieți sau să scanați codul programării")
    }

    function test_the_name_field_has_the_focus_when_the_screen_opens() {
        const view = openIdentify()
        verify(item(view, "nameField").activeFocus, "the keyboard shows at once")
    }

    function test_back_from_the_birth_date_gives_the_name_field_the_focus_again() {
        const view = openIdentify()
        typeInto(view, "nameField", "Garcia")
        tap(view, "nextButton")
        tapDigits(view, "04")
        tap(view, "backButton")
        verify(item(view, "nameField").visible)
        verify(item(view, "nameField").activeFocus, "the name field has the focus (keyboard)")
        compare(item(view, "nameField").text, "Garcia")
    }

    function test_digits_typed_on_a_keyboard_go_into_the_birth_date() {
        const view = openIdentify()
        typeInto(view, "nameField", "Garcia")
        tap(view, "nextButton")
        tapDigits(view, "04")
        for (const key of [Qt.Key_0, Qt.Key_2, Qt.Key_1, Qt.Key_9, Qt.Key_8, Qt.Key_0])
            keyClick(key)  // a hardware keyboard or a scanner
        compare(item(view, "birthDate").digits, "04021980")
        compare(item(view, "nameField").text, "Garcia", "nothing typed into the hidden name")
        keyClick(Qt.Key_Backspace)
        compare(item(view, "birthDate").digits, "0402198")
    }

    function test_back_on_the_code_tab_gives_the_code_field_the_focus() {
        const view = openIdentify()
        tap(view, "byCodeTab")
        typeInto(view, "codeField", "AB12")
        tap(view, "nextButton")
        tap(view, "backButton")
        verify(item(view, "codeField").activeFocus)
    }

    function ringOf(control) {
        return findChild(control, "buttonBackground").border.width
    }

    function test_a_tapped_key_keeps_no_focus_ring() {
        const view = openIdentify()
        typeInto(view, "nameField", "Garcia")
        tap(view, "nextButton")
        tap(view, "key_5")
        compare(ringOf(item(view, "key_5")), 0, "no ring on the tapped key")
        tap(view, "backButton")
        compare(ringOf(item(view, "byNameTab")), 0)
        tap(view, "byCodeTab")
        compare(ringOf(item(view, "byCodeTab")), 0, "no ring on the tapped tab")
    }

    function test_tab_shows_the_focus_ring() {
        const view = openIdentify()
        tap(view, "nextButton")
        const next = item(view, "nextButton")
        next.forceActiveFocus(Qt.TabFocusReason)
        compare(ringOf(next), 4, "keyboard focus is visible")
    }

    function test_the_tabs_keep_their_width_when_switched() {
        for (const language of ["en", "es", "ro"]) {
            const view = openKiosk()
            tap(view, "language_" + language)
            tap(view, "checkInButton")
            settle(view)
            const byName = item(view, "byNameTab"), byCode = item(view, "byCodeTab")
            const before = [byName.width, byCode.width]
            compare(before[0], before[1], language + ": the tabs are as wide as each other")
            tap(view, "byCodeTab")
            settle(view)
            compare([byName.width, byCode.width], before, language + ": after switching")
            tap(view, "byNameTab")
            settle(view)
            compare([byName.width, byCode.width], before, language + ": and back")
        }
    }
}
