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
        const view = openRunningKiosk(session, w, h)
        for (let i = 0; i < view.data.length; ++i) {
            const child = view.data[i]
            if (child.triggeredOnStart !== undefined)
                child.running = false
        }
        return view
    }

    // The same with its clock running, as in the program.
    function openRunningKiosk(session, w, h) {
        const view = createTemporaryObject(viewComponent, testCase, {
            session: session || kiosk.newSession(),
            width: w || testCase.width,
            height: h || testCase.height
        })
        verify(view, "KioskView could not be created")
        return view
    }

    // An unused visitor of the wanted prompt state (made for the test when the demo has none
    // left).
    function visitorIn(state) {
        const v = kiosk.visitor(state)
        verify(v.mrn !== undefined, "no visitor in state " + state + " (not a prompt state?)")
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

    // Clicks the visible, enabled control named `name` in its centre, once the layouts it is
    // in have placed it.
    function tap(view, name) {
        const control = item(view, name)
        const chain = []
        for (let it = control; it && it !== view; it = it.parent)
            chain.unshift(it)
        for (const it of chain)
            waitForItemPolished(it)
        verify(control.visible, name + " is not visible")
        verify(control.enabled, name + " is not enabled")
        mouseClick(control)
    }

    // Types into the text field in place of what it holds (Try again keeps the last text):
    // key by key where the keys exist, else as a scanner would paste it.
    function typeInto(view, name, text) {
        tap(view, name)
        const field = item(view, name)
        verify(field.activeFocus, name + " did not take the focus")
        field.clear()
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
        return itemsUnder(root).filter(it => it.visible && isControl(it))
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
        for (const c of controls) {
            const what = screen + ": " + (c.objectName || c.text || c)
            verify(c.Accessible.name.length > 0, what + " has no accessible name")
            verify(c.height >= 64, what + " is " + c.height + " px high")
        }
    }

    function isControl(it) {
        return typeof it.clicked === "function" || it.Accessible.role === Accessible.Button
            || it.Accessible.role === Accessible.EditableText
    }

    // The visible controls and texts under `root`, with their rectangles in `view`.
    function partsUnder(view, root) {
        return itemsUnder(root)
            .filter(it => it.visible && it.width > 0 && it.height > 0
                    && (isControl(it) || (typeof it.text === "string" && it.text.length > 0
                                          && it.contentWidth !== undefined)))
            .map(it => ({ item: it, rect: it.mapToItem(view, 0, 0, it.width, it.height) }))
    }

    function describe(view, part) {
        const r = part.rect
        return (part.item.objectName || part.item.text || part.item) + " at "
            + Math.round(r.x) + "," + Math.round(r.y) + " " + Math.round(r.width) + "x"
            + Math.round(r.height)
    }

    // A MouseArea laid over its parent's content makes that content touchable.
    function laidOver(area, other) {
        return typeof area.pressAndHoldInterval === "number" && isInside(other, area.parent)
    }

    function isInside(inner, outer) {
        let it = inner
        while (it && it !== outer)
            it = it.parent
        return it === outer
    }

    // Fails naming any visible control or text of the screen that lies outside the window,
    // that does not hold its text, or that overlaps another (the countdown banner aside,
    // which covers the screen's foot while it counts).
    function verifyInside(view, screen) {
        settle(view)
        const where = screen + " at " + view.width + "x" + view.height
            + (view.session.largeText ? " (larger text): " : ": ")
        const parts = partsUnder(view, item(view, screen))
        for (const p of parts) {
            const r = p.rect
            verify(r.x >= -0.5 && r.y >= -0.5 && r.x + r.width <= view.width + 0.5
                   && r.y + r.height <= view.height + 0.5,
                   where + describe(view, p) + " lies outside the window")
            if (p.item.contentWidth !== undefined && !isControl(p.item)) {
                verify(p.item.contentWidth <= p.item.width + 1
                       && p.item.contentHeight <= p.item.height + 1,
                       where + describe(view, p) + " does not hold its text ("
                       + Math.round(p.item.contentWidth) + "x"
                       + Math.round(p.item.contentHeight) + ")")
            }
        }
        for (let i = 0; i < parts.length; ++i) {
            for (let j = i + 1; j < parts.length; ++j) {
                const a = parts[i], b = parts[j]
                if (isInside(a.item, b.item) || isInside(b.item, a.item)
                    || laidOver(a.item, b.item) || laidOver(b.item, a.item))
                    continue
                const apart = a.rect.x + a.rect.width <= b.rect.x + 0.5
                    || b.rect.x + b.rect.width <= a.rect.x + 0.5
                    || a.rect.y + a.rect.height <= b.rect.y + 0.5
                    || b.rect.y + b.rect.height <= a.rect.y + 0.5
                verify(apart, where + describe(view, a) + " overlaps " + describe(view, b))
            }
        }
    }
}
