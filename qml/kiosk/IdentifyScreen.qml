import QtQuick
import QtQuick.Layouts
import FrontDesk.Controls
import FrontDesk.Kiosk.Models

// Two identifiers: the last name (or the appointment code from the reminder, which a barcode
// scanner types), then the date of birth on the keypad. After a failed try ("Try again") the
// fields hold what the patient typed before.
ScreenPage {
    id: page
    required property KioskSession session
    objectName: "identifyScreen"
    title: askingBirthDate ? qsTr("Your date of birth")
                           : (byCode ? qsTr("Your appointment code") : qsTr("Your last name"))
    onStartOver: session.startOver()

    property bool byCode: session.typedCode.length > 0
    property bool askingBirthDate: false
    // The keypad is on screen: the on-screen keyboard would cover it.
    onAskingBirthDateChanged: {
        if (!askingBirthDate)
            return
        Qt.inputMethod.hide()
        birthStep.forceActiveFocus()  // keys typed now are the birth date's
    }

    function submit() {
        if (byCode)
            session.identifyByCode(nameStep.code, birthStep.digits)
        else
            session.identifyByName(nameStep.familyName, birthStep.digits)
    }

    // Back from the birth date: the field takes the focus again, and with it the keyboard.
    function back() {
        askingBirthDate = false
        birthStep.digits = ""
        nameStep.focusField()
    }

    NameStep {
        id: nameStep
        objectName: "nameStep"
        anchors.centerIn: parent
        width: Math.min(parent.width, 1000)
        visible: !page.askingBirthDate
        compact: parent.height < 420
        byCode: page.byCode
        onByCodeChosen: (code) => page.byCode = code
        onDone: page.askingBirthDate = true
        Component.onCompleted: {
            familyName = page.session.typedFamilyName
            code = page.session.typedCode
            focusField()
        }
    }

    BirthDateStep {
        id: birthStep
        objectName: "birthDateStep"
        anchors.fill: parent
        visible: page.askingBirthDate
        order: page.session.birthDateOrder
        onContinued: page.submit()
        onBack: page.back()
    }
}
