import QtQuick
import FrontDesk.Controls
import FrontDesk.Kiosk.Models

// The screen the session is on, the idle countdown, and a touch anywhere restarting the idle
// timer. Kept apart from the window so tests can show it in theirs.
Item {
    id: view
    required property KioskSession session

    Binding { target: Theme; property: "largeText"; value: view.session.largeText }

    Timer {
        interval: 1000
        repeat: true
        running: true
        onTriggered: view.session.tick()
    }

    Loader {
        id: screen
        objectName: "screenLoader"
        anchors.fill: parent
        sourceComponent: {
            switch (view.session.screen) {
            case KioskSession.Welcome: return welcome
            case KioskSession.Identify: return identify
            case KioskSession.AskInitial: return initial
            case KioskSession.ChooseAppointment: return choose
            case KioskSession.Appointment: return appointment
            case KioskSession.Balance: return balance
            case KioskSession.Done: return done
            case KioskSession.NotFound: return notFound
            case KioskSession.LockedOut: return lockedOut
            case KioskSession.AlreadyCheckedIn: return alreadyCheckedIn
            default: return unavailable
            }
        }
    }

    Component { id: welcome; WelcomeScreen { session: view.session } }
    Component { id: identify; IdentifyScreen { session: view.session } }
    Component { id: initial; InitialScreen { session: view.session } }
    Component { id: choose; ChooseAppointmentScreen { session: view.session } }
    Component { id: appointment; AppointmentScreen { session: view.session } }
    Component { id: balance; BalanceScreen { session: view.session } }
    Component { id: done; DoneScreen { session: view.session } }
    Component {
        id: notFound
        MessageScreen {
            session: view.session
            objectName: "notFoundScreen"
            message: qsTr("We couldn't find your appointment. Please see the front desk.")
            actionText: qsTr("Try again")
            onAction: view.session.tryAgain()
        }
    }
    Component {
        id: lockedOut
        MessageScreen {
            session: view.session
            objectName: "lockedOutScreen"
            showStartOver: false
            message: qsTr("Please see the front desk, and we'll check you in there.")
        }
    }
    Component {
        id: alreadyCheckedIn
        MessageScreen {
            session: view.session
            objectName: "alreadyCheckedInScreen"
            showStartOver: false
            message: qsTr("You're already checked in, %1. Please have a seat.")
                     .arg(view.session.firstName)
            actionText: qsTr("Done")
            onAction: view.session.startOver()
        }
    }
    Component {
        id: unavailable
        MessageScreen {
            session: view.session
            objectName: "unavailableScreen"
            message: qsTr("Check-in is not available right now. Please see the front desk.")
        }
    }

    CountdownBanner {
        objectName: "countdown"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: 24 }
        visible: view.session.countingDown
        seconds: view.session.secondsLeft
        onStillHere: view.session.touch()
    }

    // Sees every press first, restarts the idle timer, and lets the press through.
    MouseArea {
        anchors.fill: parent
        z: 100
        propagateComposedEvents: true
        onPressed: (mouse) => { view.session.touch(); mouse.accepted = false }
    }
    Keys.onPressed: view.session.touch()
}
