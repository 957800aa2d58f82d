import QtQuick
import QtQuick.Layouts
import FrontDesk.Controls

// The second identifier: the birth date on a keypad as large as the screen allows, centred,
// with Continue and Back beside it (landscape) or under it (portrait).
Item {
    id: step
    property alias order: birthDate.order
    property alias digits: birthDate.digits
    signal continued()
    signal back()

    // A hardware keyboard or a scanner types the digits here, not into the hidden name field.
    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            if (birthDate.digits.length < 8)
                birthDate.digits += String(event.key - Qt.Key_0)
        } else if (event.key === Qt.Key_Backspace) {
            birthDate.digits = birthDate.digits.slice(0, -1)
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                   && birthDate.complete) {
            step.continued()
        } else {
            return
        }
        event.accepted = true
    }

    readonly property bool landscape: width >= height
    readonly property real buttonsWidth: Math.max(300, continueButton.implicitWidth,
                                                  backButton.implicitWidth)
    readonly property real keyGap: 16
    readonly property real continueHeight: Math.max(Theme.minTouch + 24,
                                                    Math.ceil(Theme.titleSize * 1.25) + 28)
    readonly property real buttonsHeight: continueHeight + Theme.gap + Theme.minTouch
    // Keys fill the height left by the date (and the buttons in portrait), within bounds; in
    // landscape the keypad leaves room for the buttons beside it.
    readonly property real keyHeight: {
        const buttons = landscape ? 0 : buttonsHeight + Theme.gap
        const room = (height - birthDate.textHeight - buttons - 3 * keyGap) / 4
        return Math.max(Theme.minTouch, Math.min(160, Math.floor(room)))
    }
    readonly property real keyWidth: {
        const across = landscape ? width - 2 * (buttonsWidth + 2 * Theme.gap) : width
        const room = (across - 2 * keyGap) / 3
        return Math.max(Theme.minTouch, Math.min(Math.round(keyHeight * 1.5), Math.floor(room)))
    }

    BirthDateEntry {
        id: birthDate
        objectName: "birthDate"
        keyWidth: step.keyWidth
        keyHeight: step.keyHeight
        anchors.horizontalCenter: parent.horizontalCenter
        y: Math.max(0, (step.height - implicitHeight
                        - (step.landscape ? 0 : step.buttonsHeight + Theme.gap)) / 2)
    }
    ColumnLayout {
        id: buttonColumn
        spacing: Theme.gap
        // Beside the keypad's lower half, or under it.
        x: step.landscape ? birthDate.x + (birthDate.width + birthDate.keypadWidth) / 2
                            + 2 * Theme.gap
                          : (step.width - width) / 2
        y: step.landscape ? birthDate.y + birthDate.height - height
                          : birthDate.y + birthDate.height + Theme.gap
        BigButton {
            id: continueButton
            objectName: "continueButton"
            Layout.preferredWidth: step.landscape ? step.buttonsWidth
                                                  : Math.max(step.buttonsWidth, birthDate.width)
            Layout.preferredHeight: step.continueHeight
            text: qsTr("Continue")
            font.pixelSize: Theme.titleSize
            enabled: birthDate.complete
            onClicked: step.continued()
        }
        BigButton {
            id: backButton
            objectName: "backButton"
            Layout.preferredWidth: continueButton.Layout.preferredWidth
            Layout.preferredHeight: Theme.minTouch
            primary: false
            text: qsTr("Back")
            onClicked: step.back()
        }
    }
}
