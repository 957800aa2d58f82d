import QtQuick
import QtTest
import FrontDesk.Kiosk
import FrontDesk.Kiosk.Models

// A test of the kiosk's real screens: opens KioskView on a fresh session of the demo clinic
// (the context property `kiosk`) and drives it through its controls, found by objectName.
TestCase {
    id: testCase
    width: 1280
    height: 800
    when: windowShown
    visible: true  // TestCase hides itself; the screens are clicked in it

    Component { id: viewComponent; KioskView {} }

    // A KioskView filling the window (or w x h) on `session` (default: a fresh one). Its
    // one-second clock is stopped: tests move time with session.tick().
    function openKiosk(session, w, h) {
        const view = createTemporaryObject(viewComponent, testCase, {
            session: session || kiosk.newSession(),
            width: w || testCase.width,
            height: h || testCase.height
        })
        verify(view, "KioskView could not be created")
        for (let i = 0; i < view.data.length; ++i) {
            const child = view.data[i]
            if (child.triggeredOnStart !== undefined)
                child.running = false
        }
        return view
    }

    // The visitor of the wanted prompt state; the test is skipped when the demo has none left.
    function visitorIn(state) {
        const v = kiosk.visitor(state)
        if (v.mrn === undefined)
            skip("the demo clinic has no unused patient in state " + state)
        return v
    }

    function item(view, name) {
        const found = findChild(view, name)
        verify(found, "no item named " + name)
        return found
    }

    function screenName(view) {
        const loaded = item(view, "screenLoader").item
        return loaded ? loaded.objectName : ""
    }

    function expectScreen(view, name) {
        compare(screenName(view), name, "the screen shown")
    }

    // Lets every layout of the view place its items, so that clicks land where they are drawn.
    function settle(view) {
        const all = itemsUnder(view)
        for (let i = 0; i < all.length; ++i)
            waitForItemPolished(all[i])
    }

    // Clicks the visible, enabled control named `name` in its centre.
    function tap(view, name) {
        settle(view)
        const control = item(view, name)
        verify(control.visible, name + " is not visible")
        verify(control.enabled, name + " is not enabled")
        mouseClick(control)
    }

    // Types into the text field: key by key where the keys exist, else as a scanner would
    // paste it.
    function typeInto(view, name, text) {
        tap(view, name)
        const field = item(view, name)
        verify(field.activeFocus, name + " did not take the focus")
        if (/^[A-Za-z0-9 -]*$/.test(text)) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        } else {
            field.insert(field.cursorPosition, text)
        }
        compare(field.text, text)
    }

    function tapDigits(view, digits) {
        for (let i = 0; i < digits.length; ++i)
            tap(view, "key_" + digits[i])
    }

    // Welcome -> the family name -> Next -> the birth date on the keypad -> Continue.
    function identifyByName(view, familyName, birthDigits) {
        tap(view, "checkInButton")
        enterNameAndBirth(view, familyName, birthDigits)
    }

    // The same from the identification screen.
    function enterNameAndBirth(view, familyName, birthDigits) {
        expectScreen(view, "identifyScreen")
        typeInto(view, "nameField", familyName)
        tap(view, "nextButton")
        tapDigits(view, birthDigits)
        tap(view, "continueButton")
    }

    // Identifies the visitor and taps Check in on the appointment screen.
    function checkIn(view, visitor) {
        identifyByName(view, visitor.familyName, visitor.birthDigits)
        expectScreen(view, "appointmentScreen")
        tap(view, "confirmCheckIn")
    }

    function ticks(session, n) {
        for (let i = 0; i < n; ++i)
            session.tick()
    }

    // Every item under `root` (itself included), depth first.
    function itemsUnder(root) {
        const out = [root]
        for (let i = 0; i < out.length; ++i) {
            const children = out[i].children
            for (let c = 0; c < children.length; ++c)
                out.push(children[c])
        }
        return out
    }

    // The visible items under `root` a patient can touch or type in.
    function controlsUnder(root) {
        return itemsUnder(root).filter(it => it.visible && (
            typeof it.clicked === "function" || it.Accessible.role === Accessible.Button
            || it.Accessible.role === Accessible.EditableText))
    }

    // The visible texts under `root` (not the labels inside controls, which their control
    // names), in their words.
    function visibleTexts(root) {
        return itemsUnder(root).filter(it => it.visible && typeof it.text === "string"
                                       && it.text.length > 0 && it.contentWidth !== undefined)
                               .map(it => it.text)
    }

    // Fails naming every visible control of the screen without an accessible name or lower
    // than a touch target (64 px).
    function verifyTouchable(view, screen) {
        settle(view)
        const root = item(view, screen)
        const controls = controlsUnder(root)
        verify(controls.length > 0, screen + " has no control")
        for (const c of controls) {
            const what = screen + ": " + (c.objectName || c.text || c)
            verify(c.Accessible.name.length > 0, what + " has no accessible name")
            verify(c.height >= 64, what + " is " + c.height + " px high")
        }
    }

    // Fails naming every visible control or text of the screen that lies outside the view.
    function verifyInside(view, screen) {
        settle(view)
        const root = item(view, screen)
        const parts = itemsUnder(root).filter(it => it.visible && it.width > 0 && it.height > 0
            && (controlsUnder(it).indexOf(it) >= 0 || it.contentWidth !== undefined))
        for (const p of parts) {
            const at = p.mapToItem(view, 0, 0)
            const what = screen + " at " + view.width + "x" + view.height
                + (view.session.largeText ? " (larger text): " : ": ")
                + (p.objectName || p.text || p) + " at " + Math.round(at.x) + "," + Math.round(at.y)
                + " " + Math.round(p.width) + "x" + Math.round(p.height)
            verify(at.x >= 0 && at.y >= 0 && at.x + p.width <= view.width + 0.5
                   && at.y + p.height <= view.height + 0.5, what + " lies outside the window")
        }
    }
}
