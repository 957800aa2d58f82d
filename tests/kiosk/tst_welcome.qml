import QtQuick
import QtTest
import FrontDesk.Kiosk.Models

// Welcome: the clinic's name, "Tap to check in", the language choice and larger text.
KioskTestCase {
    name: "Welcome"

    function test_shows_the_clinic_and_the_check_in_button() {
        const view = openKiosk()
        expectScreen(view, "welcomeScreen")
        const texts = visibleTexts(item(view, "welcomeScreen"))
        verify(texts.indexOf("Front Desk Demo Clinic") >= 0, texts)
        verify(texts.indexOf("Welcome! Check in for your appointment here.") >= 0, texts)
        compare(item(view, "checkInButton").text, "Tap to check in")
        verify(!item(view, "startOver").visible, "Start over is not offered on Welcome")
        verify(!item(view, "countdown").visible, "no countdown on Welcome")
    }

    function test_offers_english_spanish_and_romanian() {
        const view = openKiosk()
        compare(item(view, "language_en").text, "English")
        compare(item(view, "language_es").text, "Español")
        compare(item(view, "language_ro").text, "Română")
        verify(item(view, "language_en").primary, "the current language is highlighted")
        verify(!item(view, "language_es").primary)
    }

    function test_tap_to_check_in_opens_identification() {
        const view = openKiosk()
        tap(view, "checkInButton")
        compare(view.session.screen, KioskSession.Identify)
        expectScreen(view, "identifyScreen")
    }

    function test_spanish_translates_the_screens() {
        const view = openKiosk()
        tap(view, "language_es")
        compare(view.session.language, "es")
        verify(item(view, "language_es").primary)
        compare(item(view, "checkInButton").text, "Toque para registrarse")
        compare(item(view, "largeTextButton").text, "Texto más grande")
        const texts = visibleTexts(item(view, "welcomeScreen"))
        verify(texts.indexOf("¡Bienvenido! Regístrese aquí para su cita.") >= 0, texts)
        tap(view, "checkInButton")
        compare(item(view, "startOver").text, "Empezar de nuevo")
        compare(item(view, "birthDate").order, "DMY")
    }

    function test_romanian_translates_the_screens() {
        const view = openKiosk()
        tap(view, "language_ro")
        compare(view.session.language, "ro")
        verify(item(view, "checkInButton").text !== "Tap to check in",
               "the check-in button is translated")
    }

    function test_english_again_after_spanish() {
        const view = openKiosk()
        tap(view, "language_es")
        tap(view, "language_en")
        compare(item(view, "checkInButton").text, "Tap to check in")
    }

    function test_larger_text_toggle_enlarges_the_text() {
        const view = openKiosk()
        const button = item(view, "largeTextButton")
        const label = button.contentItem
        const normal = label.font.pixelSize
        compare(button.text, "Larger text")
        tap(view, "largeTextButton")
        verify(view.session.largeText)
        compare(button.text, "Normal text")
        verify(button.primary)
        verify(label.font.pixelSize > normal, label.font.pixelSize + " > " + normal)
        tap(view, "largeTextButton")
        verify(!view.session.largeText)
        compare(label.font.pixelSize, normal)
    }

    function test_larger_text_lasts_through_the_check_in() {
        const view = openKiosk()
        tap(view, "largeTextButton")
        tap(view, "checkInButton")
        verify(view.session.largeText)
        const field = item(view, "nameField")
        verify(field.font.pixelSize > 44, "the name field's text: " + field.font.pixelSize)
    }

    function test_check_in_label_is_title_size() {
        const view = openKiosk()
        compare(item(view, "checkInButton").contentItem.font.pixelSize, 44)
    }

    function test_every_control_is_named_and_big_enough() {
        const view = openKiosk()
        verifyTouchable(view, "welcomeScreen")
    }
}
