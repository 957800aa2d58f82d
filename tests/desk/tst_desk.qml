import QtQuick
import QtQuick.Controls.Basic
import QtTest
import FrontDesk.Desk
import FrontDesk.Desk.Models
import FrontDesk.Prompt

// The desk panel (DeskView) on a demo clinic: the context property `deskFixture` holds a
// DeskSession on a PromptBackend for staff "desk-quick" on 2026-11-26, and reads the database
// with plain SQL. The worklist, its flagged filter, keyboard selection, search, recording an
// outcome, booking, an incoming call and the language, through the real screens.
TestCase {
    id: testCase
    name: "DeskPanel"
    width: 1500
    height: 1000
    when: windowShown
    visible: true

    readonly property DeskSession session: deskFixture.session

    DeskView {
        id: view
        anchors.fill: parent
        session: deskFixture.session
    }

    // A desk panel of its own, made when a test asks for it (a first start).
    Component {
        id: freshDesk
        DeskView { session: deskFixture.session }
    }

    function init() {
        view.anchors.fill = testCase
        if (view.booking.visible)
            view.booking.close()
        session.dismissCall()
        session.flaggedOnly = false
        if (session.language !== "en")
            session.language = "en"
        view.showWorklist()
        waitForRendering(view)
    }

    function item(parent, name) {
        const found = findChild(parent, name)
        verify(found, "no item named " + name)
        return found
    }

    // Waits until every layout under `root` has placed its items (twice over, as a layout's
    // new size can make its parent's layout run again), then for a frame drawn with them.
    function settle(root) {
        const all = [root]
        for (let i = 0; i < all.length; ++i) {
            const children = all[i].children
            for (let c = 0; c < children.length; ++c)
                all.push(children[c])
        }
        for (let sweep = 0; sweep < 2; ++sweep)
            for (const it of all)
                waitForItemPolished(it)
        waitForRendering(root)
    }

    // The delegate of a list's row, scrolled into view.
    function rowItem(list, index) {
        list.positionViewAtIndex(index, ListView.Contain)
        list.forceLayout()
        const row = list.itemAtIndex(index)
        verify(row, "no delegate for row " + index)
        return row
    }

    // What each row of a list shows: {index, mrn, name, state, flagged, chip}.
    function rows(list) {
        const out = []
        for (let i = 0; i < list.count; ++i) {
            const row = rowItem(list, i)
            out.push({ index: i, mrn: row.mrn, name: row.name, state: row.state,
                       flagged: row.flagged, chip: item(row, "stateChip") })
        }
        list.positionViewAtBeginning()
        return out
    }

    function typeText(text) {
        for (const ch of text)
            keyClick(ch)
    }

    function worklist() { return item(view, "worklist") }

    function test_worklist_shows_the_days_appointments_with_state_chips() {
        const list = worklist()
        const total = session.worklist.totalCount
        verify(total > 0, "the demo day has appointments")
        compare(list.count, total)
        compare(total, deskFixture.appointmentsOn(deskFixture.day),
                "every appointment stored for the day")
        compare(item(view, "worklistTab").text, "Worklist (" + total + ")")
        compare(item(view, "dayLabel").text, session.dayLabel)
        verify(session.dayLabel !== "")

        const all = rows(list)
        const flagged = all.filter(r => r.flagged)
        verify(flagged.length > 0, "the demo day has flagged patients")
        compare(flagged.length, session.worklist.flaggedCount)
        const labels = { small_balance: "Small balance", balance_due: "Balance due",
                         written_off_collectable: "Written off, collectable",
                         credit_apply_next_visit: "Credit: apply",
                         credit_refund_due: "Refund due", credit_on_file: "Credit on file",
                         unclaimed_property_review: "Unclaimed credit" }
        for (const r of flagged) {
            verify(r.chip.visible, r.name + " is flagged but shows no chip")
            compare(r.chip.promptState, r.state)
            verify(!r.chip.muted, r.name + ": a flagged chip is not muted")
            compare(r.chip.children[0].text, labels[r.state], r.name + " " + r.state)
        }
        for (const r of all.filter(r => r.state === "none"))
            verify(!r.chip.visible, r.name + " owes nothing but shows a chip")
    }

    function test_flagged_only_by_click_and_ctrl_g() {
        const list = worklist()
        const total = session.worklist.totalCount
        const flagged = session.worklist.flaggedCount
        verify(flagged > 0 && flagged < total, flagged + " of " + total + " flagged")
        const box = item(view, "flaggedOnly")
        compare(box.text, "Flagged only (" + flagged + ")")

        mouseClick(box)
        verify(session.flaggedOnly)
        verify(box.checked)
        compare(list.count, flagged)
        for (const r of rows(list))
            verify(r.flagged, r.name + " is listed under 'Flagged only' but is not flagged")

        keyClick(Qt.Key_G, Qt.ControlModifier)
        verify(!session.flaggedOnly)
        compare(list.count, total)
        compare(box.checked, false, "the checkbox follows Ctrl+G after a click")

        keyClick(Qt.Key_G, Qt.ControlModifier)
        verify(session.flaggedOnly)
        compare(list.count, flagged)
        compare(box.checked, true, "the checkbox follows Ctrl+G")
        for (const r of rows(list))
            verify(r.flagged, r.name)
    }

    function test_down_and_up_select_the_patient_and_show_the_prompt() {
        const list = worklist()
        verify(list.count >= 2)
        session.clearSelection()
        list.currentIndex = -1
        keyClick(Qt.Key_1, Qt.ControlModifier)
        verify(list.activeFocus, "Ctrl+1 focuses the worklist")
        compare(list.currentIndex, 0)
        compare(session.selectedMrn, session.worklist.mrnAt(0))

        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 1)
        const second = rowItem(list, 1)
        compare(session.selectedMrn, second.mrn)
        const prompt = item(view, "balancePrompt")
        compare(prompt.patient, second.mrn)
        compare(prompt.audience, BalancePrompt.Desk)
        verify(prompt.card.found)
        compare(prompt.card.state, second.state, "the card and the worklist row agree")
        const parts = second.name.split(", ")
        compare(item(view, "selectedName").text, parts[1] + " " + parts[0])

        keyClick(Qt.Key_Up)
        compare(list.currentIndex, 0)
        compare(session.selectedMrn, session.worklist.mrnAt(0))
        compare(prompt.patient, session.worklist.mrnAt(0))
    }

    function test_ctrl_f_search_by_family_name_prefix_then_down_selects() {
        const target = rows(worklist()).find(r => r.flagged && /^[A-Za-z]{3,}, /.test(r.name))
        verify(target, "a flagged patient with a plain family name")
        const family = target.name.split(", ")[0]
        const typed = family.slice(0, 1).toLowerCase() + family.slice(1).toUpperCase()

        keyClick(Qt.Key_F, Qt.ControlModifier)
        compare(view.tab, 1, "Ctrl+F shows the search")
        const field = item(view, "searchField")
        verify(field.activeFocus, "Ctrl+F focuses the search field")
        typeText(typed)
        compare(field.text, typed)
        compare(session.searchText, typed)

        const results = item(view, "searchResults")
        verify(results.count > 0, "results for " + typed)
        const listed = rows(results)
        const found = listed.find(r => r.mrn === target.mrn)
        verify(found, target.name + " (" + target.mrn + ") among " + listed.length
               + (session.resultsTruncated ? " (truncated)" : "") + " results for " + typed)
        compare(found.state, target.state)
        verify(found.flagged)
        verify(found.chip.visible)
        compare(found.chip.promptState, target.state)
        for (const r of listed)
            verify(r.name.toLowerCase().indexOf(family.toLowerCase()) >= 0,
                   r.name + " does not match " + typed)

        verify(field.activeFocus)
        keyClick(Qt.Key_Down)
        verify(results.activeFocus, "Down moves into the results")
        compare(results.currentIndex, 0)
        compare(session.selectedMrn, session.results.mrnAt(0))
        compare(item(view, "balancePrompt").patient, session.results.mrnAt(0))
        if (results.count > 1) {
            keyClick(Qt.Key_Down)
            compare(results.currentIndex, 1)
            compare(session.selectedMrn, session.results.mrnAt(1))
            keyClick(Qt.Key_Up)
        }
        keyClick(Qt.Key_Up)
        verify(field.activeFocus, "Up on the first result goes back to the field")
    }

    function test_clicking_an_outcome_stores_it_and_unflags_the_row() {
        const list = worklist()
        const all = rows(list)
        const target = all.find(r => r.flagged
                                && (r.state === "small_balance" || r.state === "balance_due"))
        verify(target, "a flagged patient with a balance")
        const rowsOfPatient = all.filter(r => r.mrn === target.mrn && r.flagged).length
        const flaggedBefore = session.worklist.flaggedCount
        const remindersBefore = deskFixture.reminderCount(target.mrn)

        mouseClick(rowItem(list, target.index))
        compare(list.currentIndex, target.index)
        compare(session.selectedMrn, target.mrn)
        const prompt = item(view, "balancePrompt")
        verify(prompt.card.found)
        compare(prompt.card.state, target.state)
        const paid = item(prompt, "outcome_promised")
        verify(paid.visible)
        waitForRendering(prompt)
        mouseClick(paid)

        compare(deskFixture.reminderCount(target.mrn), remindersBefore + 1)
        const stored = deskFixture.lastReminder(target.mrn)
        compare(stored.outcome, "promised")
        compare(stored.channel, "desk")
        compare(stored.staffId, "desk-quick")
        compare(stored.on, deskFixture.day)
        verify(prompt.card.inCooldown)

        compare(session.worklist.flaggedCount, flaggedBefore - rowsOfPatient)
        compare(list.currentIndex, target.index, "the same appointment stays selected")
        const after = rowItem(list, target.index)
        compare(after.mrn, target.mrn)
        verify(!after.flagged, "the row is no longer flagged")
        const chip = item(after, "stateChip")
        verify(chip.muted, "its chip is muted")
        compare(session.selectedMrn, target.mrn)
    }

    function test_booking_with_a_bad_time_then_good_values() {
        const list = worklist()
        list.currentIndex = 0
        const mrn = session.worklist.mrnAt(0)
        compare(session.selectedMrn, mrn)
        const totalBefore = session.worklist.totalCount
        const storedBefore = deskFixture.appointmentCount(mrn, "", "")

        keyClick(Qt.Key_N, Qt.ControlModifier)
        const dialog = view.booking
        tryCompare(dialog, "opened", true)
        const form = dialog.contentItem
        compare(item(form, "bookingMrn").text, mrn)
        compare(item(form, "bookingDate").text, deskFixture.day)
        const time = item(form, "bookingTime")
        verify(time.activeFocus, "the time is where typing starts")
        const provider = item(form, "bookingProvider").editText
        verify(provider !== "", "a provider is proposed")

        typeText("25:99")
        mouseClick(item(form, "bookingSave"))
        const error = item(form, "bookingError")
        verify(error.visible)
        verify(error.text.indexOf("HH:MM") >= 0, error.text)
        verify(dialog.visible, "the form stays open")
        compare(deskFixture.appointmentCount(mrn, "", ""), storedBefore, "nothing stored")
        compare(session.worklist.totalCount, totalBefore)

        mouseClick(time)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        typeText("16:55")
        compare(time.text, "16:55")
        mouseClick(item(form, "bookingSave"))
        compare(error.text, "")
        tryCompare(dialog, "visible", false)
        compare(deskFixture.appointmentCount(mrn, deskFixture.day + "T16:55", provider), 1)
        compare(deskFixture.appointmentCount(mrn, "", ""), storedBefore + 1)
        compare(session.worklist.totalCount, totalBefore + 1)
        compare(list.count, totalBefore + 1)
        compare(session.selectedMrn, mrn)
    }

    function test_incoming_call_shows_the_caller_or_unknown_and_esc_closes() {
        const own = deskFixture.patientWithOwnPhone()
        verify(own.mrn, "a patient with a phone of their own")
        const d = own.digits
        const shown = "(" + d.slice(0, 3) + ") " + d.slice(3, 6) + "-" + d.slice(6)
        compare(deskFixture.incomingCall("+1 " + d.slice(0, 3) + "." + d.slice(3, 6) + "."
                                         + d.slice(6)), 1)
        const banner = view.callBanner
        verify(banner.visible)
        compare(session.callNumber, shown)
        compare(item(view, "callTitle").text,
                "Incoming call from " + shown + " — 1 matching patient")
        verify(item(banner, "caller_" + own.mrn).visible)
        compare(session.selectedMrn, own.mrn)
        verify(session.phoneAudience)
        const prompt = item(view, "balancePrompt")
        compare(prompt.patient, own.mrn)
        compare(prompt.audience, BalancePrompt.Phone)
        compare(prompt.card.audience, PromptCard.Phone)

        keyClick(Qt.Key_Escape)
        verify(!session.callActive, "Esc closes the call")
        verify(!banner.visible)

        const unknown = "2025550147"
        compare(deskFixture.patientsWithPhone(unknown), 0)
        compare(deskFixture.incomingCall("202-555-0147"), 0, unknown + " is nobody's")
        verify(banner.visible)
        compare(item(view, "callTitle").text,
                "Incoming call from (202) 555-0147 — unknown caller")
        compare(session.selectedMrn, "", "nobody shown for an unknown caller")
        keyClick(Qt.Key_Escape)
        verify(!banner.visible)
    }

    function test_a_worklist_reload_during_a_call_keeps_the_caller_on_screen() {
        const list = worklist()
        const flaggedRow = rows(list).findIndex(r => r.flagged)
        verify(flaggedRow > 0, "a flagged row below the first")
        keyClick(Qt.Key_1, Qt.ControlModifier)
        list.currentIndex = flaggedRow
        const own = deskFixture.patientWithOwnPhone()
        compare(deskFixture.incomingCall(own.digits), 1)
        compare(session.selectedMrn, own.mrn)
        keyClick(Qt.Key_G, Qt.ControlModifier)  // the flagged filter moves the highlighted row
        compare(session.selectedMrn, own.mrn, "the caller stays on screen")
        verify(session.phoneAudience)
        keyClick(Qt.Key_G, Qt.ControlModifier)
        compare(session.selectedMrn, own.mrn, "still the caller after the filter is off")
        keyClick(Qt.Key_Escape)
    }

    function test_language_switch_to_es_translates_the_panel() {
        const target = rows(worklist()).find(r => r.flagged && r.state === "small_balance")
        if (target)
            session.select(target.mrn, false)
        const search = item(view, "searchTab")
        compare(search.text, "Search")
        const dayBefore = item(view, "dayLabel").text
        const box = item(view, "languageBox")
        box.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(session.language, "es")
        compare(box.currentText, "Español", "each language in its own name")
        verify(item(view, "dayLabel").text !== dayBefore, "the day label in Spanish")
        if (target)
            compare(item(item(view, "balancePrompt"), "stateBadge").label, "Saldo pequeño")
        compare(search.text, "Buscar")
        compare(item(view, "worklistTab").text.indexOf("(" + session.worklist.totalCount + ")") > 0,
                true)

        keyClick(Qt.Key_Up)
        compare(session.language, "en")
        compare(search.text, "Search")
        compare(item(view, "dayLabel").text, dayBefore)
    }

    function test_booking_an_overlap_warns_without_naming_the_other_patient_then_books_anyway() {
        const list = worklist()
        const all = []
        for (let i = 0; i < list.count; ++i) {
            const r = rowItem(list, i)
            all.push({ mrn: r.mrn, name: r.name, time: r.time, provider: r.provider,
                       status: r.status })
        }
        const me = all[0]
        const other = all.slice().reverse().find(r => r.mrn !== me.mrn && r.provider !== ""
                                                 && r.time > me.time && r.status !== "cancelled"
                                                 && r.status !== "noshow")
        verify(other, "a later appointment of another patient")
        list.currentIndex = 0
        compare(session.selectedMrn, me.mrn)

        keyClick(Qt.Key_N, Qt.ControlModifier)
        const dialog = view.booking
        tryCompare(dialog, "opened", true)
        const form = dialog.contentItem
        const providerBox = item(form, "bookingProvider")
        providerBox.currentIndex = providerBox.find(other.provider)
        compare(providerBox.editText, other.provider)
        const time = item(form, "bookingTime")
        mouseClick(time)
        typeText(other.time)
        const save = item(form, "bookingSave")
        const anyway = item(form, "bookingAnyway")
        const warning = item(form, "bookingOverlap")
        verify(save.visible && !anyway.visible && !warning.visible, "plain Book before a check")

        mouseClick(save)
        verify(warning.visible, "the overlap is shown")
        const text = item(form, "bookingOverlapText").text
        verify(text.indexOf(other.provider + " already has an appointment " + other.time + "–") > 0,
               text)
        for (const part of other.name.split(", "))
            verify(text.indexOf(part) < 0, "the other patient is named: " + text)
        verify(anyway.visible && !save.visible, "Book anyway instead of Book")
        verify(dialog.visible)
        const start = deskFixture.day + "T" + other.time
        compare(deskFixture.appointmentCount(me.mrn, start, other.provider), 0, "nothing stored")

        mouseClick(anyway)
        tryCompare(dialog, "visible", false)
        compare(deskFixture.appointmentCount(me.mrn, start, other.provider), 1)
    }

    function test_a_call_with_several_matches_leaves_no_worklist_row_highlighted() {
        const list = worklist()
        const shared = deskFixture.sharedPhone()
        verify(shared !== "", "a phone number several patients have")
        keyClick(Qt.Key_1, Qt.ControlModifier)
        list.currentIndex = 2
        compare(session.selectedMrn, session.worklist.mrnAt(2))
        verify(deskFixture.incomingCall(shared) > 1)
        compare(session.selectedMrn, "", "nobody chosen among several")
        compare(list.currentIndex, -1, "no row stays highlighted")
        for (let i = 0; i < list.count; ++i)
            verify(!rowItem(list, i).current, "row " + i + " is highlighted")

        const first = session.callers.mrnAt(0)
        waitForRendering(view)
        mouseClick(item(view.callBanner, "caller_" + first))
        compare(session.selectedMrn, first)
        verify(session.phoneAudience)
        verify(list.currentIndex < 0 || session.worklist.mrnAt(list.currentIndex) === first)
        keyClick(Qt.Key_Escape)
    }

    // Texts of a worklist row or header that are cut or drawn over their neighbours.
    function layoutProblems(cells, what) {
        const problems = []
        const kids = []
        for (let i = 0; i < cells.children.length; ++i)
            if (cells.children[i].visible && !(cells.children[i] instanceof Repeater))
                kids.push(cells.children[i])
        for (let i = 0; i < kids.length; ++i) {
            const c = kids[i]
            const label = what + " " + (c.objectName || c.text) + " '" + (c.text || "") + "'"
            if (c.text !== undefined && c.elide === Text.ElideNone && c.implicitWidth > c.width + 0.5)
                problems.push(label + ": " + c.implicitWidth + " wide in " + c.width)
            if (c.text !== undefined && c.elide !== Text.ElideNone && c.truncated)
                problems.push(label + " is elided")
            const elides = c.objectName === "selectedNameColumn"
                           || (c.elide !== undefined && c.elide !== Text.ElideNone)
            if (c.text === undefined && !elides && c.implicitWidth > c.width + 0.5)
                problems.push(label + ": " + c.implicitWidth + " wide in " + c.width)
            for (let k = 0; k < c.children.length; ++k) {
                const inner = c.children[k]
                if (inner.visible && inner.x + inner.width > c.width + 0.5)
                    problems.push(label + ": its content is " + inner.width + " wide in " + c.width)
            }
            const end = i + 1 < kids.length ? kids[i + 1].x : cells.width
            if (c.x + c.width > end + 0.5)
                problems.push(label + " ends at " + (c.x + c.width) + ", past " + end)
        }
        return problems
    }

    function test_worklist_texts_fit_and_do_not_overlap_in_each_language_and_size_data() {
        const out = []
        for (const size of [[1366, 768], [1600, 900], [1920, 1080]])
            for (const language of ["en", "es", "ro"])
                out.push({ tag: language + " " + size[0] + "x" + size[1], language: language,
                           width: size[0], height: size[1] })
        return out
    }

    function test_worklist_texts_fit_and_do_not_overlap_in_each_language_and_size(data) {
        view.anchors.fill = undefined
        view.width = data.width
        view.height = data.height
        session.language = data.language
        waitForRendering(view)
        const list = worklist()
        verify(list.count > 0)
        let problems = layoutProblems(item(view, "worklistHeader"), "header")
        const checked = new Set()
        for (let i = 0; i < list.count; ++i) {
            const row = rowItem(list, i)
            checked.add(row.state)
            checked.add(row.status)
            problems = problems.concat(layoutProblems(item(row, "worklistCells"), "row " + i))
        }
        problems = problems.concat(layoutProblems(item(view, "deskBarRow"), "bar"))
        const own = deskFixture.patientWithOwnPhone()
        deskFixture.incomingCall(own.digits)  // the patient's header with "On the phone"
        waitForRendering(view)
        problems = problems.concat(layoutProblems(item(view, "patientHeader"), "patient"))
        session.dismissCall()
        verify(checked.has("written_off_collectable") && checked.has("checked-in"),
               "the demo day shows the long labels: "
               + Array.from(checked).join(" "))
        compare(problems, [], problems.join("\n"))
    }

    function test_arrived_and_checked_in_both_read_checked_in() {
        const list = worklist()
        const booked = rows(list).find(r => rowItem(list, r.index).status === "booked")
        verify(booked, "a booked appointment")
        verify(deskFixture.markArrived(session.worklist.appointmentIdAt(booked.index)))
        compare(rowItem(list, booked.index).status, "arrived")
        let seen = 0
        for (let i = 0; i < list.count; ++i) {
            const row = rowItem(list, i)
            if (row.status !== "arrived" && row.status !== "checked-in")
                continue
            compare(item(row, "statusCell").text, "Checked in", row.status)
            ++seen
        }
        verify(seen > 0, "the demo day has checked-in patients")
    }

    function test_on_the_phone_is_not_drawn_over_the_callers_name() {
        // The caller was already shown at the desk: only "On the phone" appears.
        const own = deskFixture.patientWithOwnPhone()
        session.select(own.mrn, false)
        waitForRendering(view)
        compare(deskFixture.incomingCall(own.digits), 1)
        waitForRendering(view)
        const name = item(view, "selectedName")
        const phone = item(view, "onThePhone")
        verify(phone.visible && phone.text !== "", "On the phone is shown")
        const nameBox = name.mapToItem(view, 0, 0, name.width, name.height)
        const phoneBox = phone.mapToItem(view, 0, 0, phone.width, phone.height)
        verify(phoneBox.x >= nameBox.x + nameBox.width, "'" + phone.text + "' at x " + phoneBox.x
               + " over the name (" + nameBox.x + " to " + (nameBox.x + nameBox.width) + ")")
        keyClick(Qt.Key_Escape)
    }

    // Where each column header starts, against where the first row's matching cell starts,
    // both mapped to the list; the balance header sits over the chip and the amount.
    function columnProblems(desk, when) {
        const list = item(desk, "worklist")
        list.positionViewAtBeginning()
        list.forceLayout()
        const first = list.itemAtIndex(0)
        verify(first, "no first row " + when)
        const problems = []
        for (const [header, cell] of [["timeColumnHeader", "timeCell"],
                                      ["patientColumnHeader", "nameCell"],
                                      ["providerColumnHeader", "providerCell"],
                                      ["statusColumnHeader", "statusCell"],
                                      ["balanceColumnHeader", "chipCell"]]) {
            const h = item(desk, header)
            const c = item(first, cell)
            const hx = h.mapToItem(list, 0, 0).x
            const cx = c.mapToItem(list, 0, 0).x
            if (Math.abs(hx - cx) > 0.01)
                problems.push(session.language + " " + when + ": '" + h.text + "' at x " + hx
                              + ", its " + cell + " '" + (c.text || "") + "' at x " + cx)
        }
        return problems
    }

    function test_column_headers_start_where_their_cells_start_data() {
        const out = []
        for (const size of [[1366, 768], [1600, 900], [1920, 1080]])
            for (const language of ["en", "es", "ro"])
                out.push({ tag: language + " " + size[0] + "x" + size[1], language: language,
                           width: size[0], height: size[1] })
        return out
    }

    function test_column_headers_start_where_their_cells_start(data) {
        session.language = data.language
        view.visible = false
        const desk = createTemporaryObject(freshDesk, testCase,
                                           { width: data.width, height: data.height })
        verify(desk, "a desk panel")
        waitForRendering(desk)
        let problems = columnProblems(desk, "at first start")
        const other = data.language === "en" ? "es" : "en"
        session.language = other
        settle(desk)
        problems = problems.concat(columnProblems(desk, "after switching from " + data.language))
        session.language = data.language
        settle(desk)
        problems = problems.concat(columnProblems(desk, "after switching back from " + other))
        desk.width = data.width - 137
        settle(desk)
        problems = problems.concat(columnProblems(desk, "137 px narrower"))
        view.visible = true
        compare(problems, [], problems.join("\n"))
    }
}
