import QtQuick
import QtQuick.Window
import FrontDesk.Controls
import FrontDesk.Kiosk.Models

// The kiosk's window: the screens, and the on-screen keyboard when the platform has it.
Window {
    id: window
    required property KioskSession session
    property bool fullscreen: false
    property bool virtualKeyboard: false

    width: 1920
    height: 1080
    visible: true
    visibility: fullscreen ? Window.FullScreen : Window.Windowed
    title: session.clinicName
    color: Theme.background  // beside the keyboard on a wide screen

    KioskView {
        id: view
        anchors.fill: parent
        anchors.bottomMargin: keyboardLoader.item && keyboardLoader.item.active
                              ? keyboardLoader.item.height : 0
        session: window.session
    }

    Loader {
        id: keyboardLoader
        active: window.virtualKeyboard
        // Qt's keyboard is about 0.31 of its width high: on a wide screen a narrower one leaves
        // the screen's upper half to the field it types in.
        width: Math.min(parent.width, Math.max(1080, parent.height * 1.25))
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom }
        // By URL, so that the screens still load where Qt VirtualKeyboard is not installed.
        source: "KeyboardPanel.qml"
    }
    Binding {
        target: keyboardLoader.item
        when: keyboardLoader.item !== null
        property: "language"
        value: window.session.language
    }
}
