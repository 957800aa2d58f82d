import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// Qt's on-screen keyboard, shown while a text field has focus, in the layout of the kiosk's
// language: US English, Spanish or Romanian (the layouts Debian's Qt 6.4 ships), and only that
// one, so the patient cannot switch to another by mistake.
InputPanel {
    id: panel
    property string language: "en"
    readonly property var layouts: ({ "en": "en_US", "es": "es_ES", "ro": "ro_RO" })
    readonly property string layoutLocale: layouts[language] || "en_US"
    visible: active

    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: [panel.layoutLocale]
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: panel.layoutLocale
    }
}
