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

    function init() {
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
                         written_off_collectable: "Written off",
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
        compare(box.currentText, "es")
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
}
