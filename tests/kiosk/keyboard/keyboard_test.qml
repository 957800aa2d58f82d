import QtQuick
import QtTest
import QtQuick.VirtualKeyboard.Settings
import FrontDesk.Kiosk

// The on-screen keyboard as the kiosk loads it (QT_IM_MODULE=qtvirtualkeyboard; see
// tests/kiosk/kiosk_quick.cmake): the panel can be created (every QML module it needs is
// installed), its layout is the kiosk's language, and it comes back after Back.
TestCase {
    id: testCase
    name: "Keyboard"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    // The panel exactly as Main.qml loads it, by URL; fails with Qt's reason when it cannot.
    function createPanel(language) {
        const component = Qt.createComponent("qrc:/FrontDesk/Kiosk/KeyboardPanel.qml")
        verify(component.status === Component.Ready,
               "KeyboardPanel.qml cannot be created: " + component.errorString())
        const panel = createTemporaryObject(component, testCase,
                                            { width: testCase.width, language: language })
        verify(panel, "KeyboardPanel could not be created")
        verify(panel.keyboard, "the InputPanel has no keyboard")
        return panel
    }

    function test_the_panel_loads_with_every_module_it_needs() {
        createPanel("en")
    }

    function test_the_layout_follows_the_kiosk_language_data() {
        return [
            { tag: "en", language: "en", locale: "en_US", layout: "/fallback/" },
            { tag: "es", language: "es", locale: "es_ES", layout: "/es_ES/" },
            { tag: "ro", language: "ro", locale: "ro_RO", layout: "/ro_RO/" },
        ]
    }

    function test_the_layout_follows_the_kiosk_language(data) {
        const panel = createPanel(data.language)
        tryCompare(VirtualKeyboardSettings, "locale", data.locale)
        compare(JSON.stringify(VirtualKeyboardSettings.activeLocales),
                JSON.stringify([data.locale]), "no other layout to switch to")
        tryVerify(() => panel.keyboard.layout.toString().indexOf(data.layout) >= 0, 2000,
                  "layout " + panel.keyboard.layout)
        compare(Qt.inputMethod.locale.name, data.locale)
    }

    function test_the_panel_changes_layout_with_the_language() {
        const panel = createPanel("en")
        panel.language = "ro"
        tryCompare(VirtualKeyboardSettings, "locale", "ro_RO")
        tryVerify(() => panel.keyboard.layout.toString().indexOf("/ro_RO/") >= 0, 2000)
    }

    Component { id: viewComponent; KioskView {} }

    function tap(view, name) {
        const control = findChild(view, name)
        verify(control && control.visible && control.enabled, name + " cannot be tapped")
        for (let it = control; it && it !== view; it = it.parent)
            waitForItemPolished(it)
        mouseClick(control)
    }

    function test_the_keyboard_comes_back_after_back() {
        const view = createTemporaryObject(viewComponent, testCase, {
            session: kiosk.newSession(), width: testCase.width, height: testCase.height - 300
        })
        const panel = createPanel("en")
        panel.y = testCase.height - 300
        tap(view, "checkInButton")
        tryVerify(() => panel.active, 2000, "the keyboard shows on the name field")
        keyClick(Qt.Key_G)
        tap(view, "nextButton")
        tryVerify(() => !panel.active, 2000, "no keyboard on the keypad")
        tap(view, "backButton")
        tryVerify(() => panel.active, 2000, "the keyboard is back after Back")
    }
}
