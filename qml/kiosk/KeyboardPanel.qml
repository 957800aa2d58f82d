import QtQuick
import QtQuick.VirtualKeyboard

// Qt's on-screen keyboard, shown while a text field has focus.
InputPanel {
    visible: active
}
