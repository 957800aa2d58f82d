import QtQuick
import QtQuick.Controls.Basic
import QtTest
import FrontDesk.Desk
import FrontDesk.Desk.Models

// The manager's Reports view (ReportsView) at 1920x1080 on the demo clinic (2026-11-26): its six
// charts drawn with their tables in English, Spanish and Romanian, every figure on screen equal
// to the practice report's JSON, the what-if moved with its sliders, a proposed policy saved,
// and the PDF export.
TestCase {
    id: testCase
    name: "ReportsView"
    width: 1920
    height: 1080
    when: windowShown
    visible: true

    readonly property ReportsModel reports: reportsFixture.reports
    readonly property var cards: ["recoveredCard", "writeoffCard", "statementsCard",
                                  "balancesCard", "creditsCard", "staffCard"]

    Component {
        id: reportsView
        ReportsView {
            anchors.fill: parent
            reports: reportsFixture.reports
            session: reportsFixture.session
        }
    }

    // the view reads its report on another thread as it opens: it says so until the report is in
    function openView() {
        const view = createTemporaryObject(reportsView, testCase)
        verify(view)
        verify(reports.loading)
        const reading = { en: "Reading the report…", es: "Leyendo el informe…",
                          ro: "Se citește raportul…" }
        compare(item(view, "periodLabel").text, reading[reportsFixture.session.language])
        verify(item(view, "reportBusy").running)
        verify(!item(view, "exportPdf").enabled)
        tryCompare(reports, "loading", false, 60000)
        compare(reports.errorText, "")
        compare(item(view, "fromField").text, reports.from)
        verify(item(view, "exportPdf").enabled)
        waitForRendering(view)
        return view
    }

    function item(parent, name) {
        const found = findChild(parent, name)
        verify(found, "no item named " + name)
        return found
    }

    // every test starts on the default period (a test may have shown another)
    function init() {
        verify(reports.loadLastTwelveMonths())
    }

    function cleanup() {
        reportsFixture.session.language = "en"
    }

    function test_every_chart_is_drawn_in_each_language_data() {
        return [{ tag: "en", language: "en", title: "Credits owed to patients" },
                { tag: "es", language: "es", title: "Créditos que se deben a pacientes" },
                { tag: "ro", language: "ro", title: "Credite datorate pacienților" }]
    }
    function test_every_chart_is_drawn_in_each_language(data) {
        reportsFixture.session.language = data.language
        const view = openView()
        tryCompare(reports, "loaded", true)
        compare(reports.from, "2025-12-01")
        compare(reports.to, "2026-11-26")
        tryVerify(() => reports.texts.creditsTitle === data.title, 3000, reports.texts.creditsTitle)
        for (const name of cards) {
            const card = item(view, name)
            verify(card.visible, name)
            verify(card.width > 400 && card.height > 300, name + " is " + card.width + "x" + card.height)
            // the chart holds its series, with a bar set for each
            tryVerify(() => card.chart.count === 1, 2000, name + " has no series")
            const series = card.chart.series(0)
            verify(series.count > 0, name + " has no bar set")
            verify(card.table.rows.length > 0, name + " has no table rows")
            verify(card.chart.title !== "", name + " has no title")
        }
        // twelve months, and the total under them
        compare(item(view, "recoveredCard").chart.categories.length, 12)
        compare(item(view, "recoveredCard").table.rows.length, 13)
        compare(item(view, "creditsCard").chart.title, data.title)
        // the period's label is in the language
        if (data.language === "es") verify(reports.periodLabel.indexOf("diciembre") >= 0, reports.periodLabel)
        if (data.language === "ro") verify(reports.periodLabel.indexOf("decembrie") >= 0, reports.periodLabel)
    }

    function test_the_screen_shows_the_reports_figures() {
        const view = openView()
        tryCompare(reports, "loaded", true)
        const json = reportsFixture.reportJson("2025-12-01", "2026-11-26")
        const recovered = item(view, "recoveredCard").table.rows
        for (let i = 0; i < 12; ++i) {
            const month = json.months[i]
            compare(recovered[i][1], reportsFixture.money(month.paid_within_30_days_by_channel_cents.kiosk))
            compare(recovered[i][2], reportsFixture.money(month.paid_within_30_days_by_channel_cents.desk))
            compare(recovered[i][3], reportsFixture.money(month.paid_within_30_days_by_channel_cents.phone))
            compare(recovered[i][4], reportsFixture.money(month.paid_within_30_days_cents))
            compare(Number(recovered[i][5]), month.reminded_patients)
        }
        compare(recovered[12][4], reportsFixture.money(json.paid_within_30_days_cents))
        const writeoffs = item(view, "writeoffCard").table.rows
        compare(writeoffs[12][1], reportsFixture.money(json.written_off_cents))
        compare(writeoffs[12][2], reportsFixture.money(json.recovered_after_writeoff_cents))
        // the statement runs recorded, month by month, the saving added up, and the total
        const statements = item(view, "statementsCard").table.rows
        compare(statements.length, 13)
        let saved = 0
        for (let m = 0; m < 12; ++m) {
            const runs = json.months[m].statement_runs
            compare(Number(statements[m][1]), runs.statement_count)
            compare(Number(statements[m][2]), runs.suppressed_small)
            compare(Number(statements[m][3]), runs.suppressed_written_off)
            compare(statements[m][4], reportsFixture.money(runs.cost_saved_cents))
            saved += runs.cost_saved_cents
            compare(statements[m][5], reportsFixture.money(saved))
        }
        compare(Number(statements[12][1]), json.statement_runs.statement_count)
        compare(statements[12][4], reportsFixture.money(json.statement_runs.cost_saved_cents))
        verify(json.statement_runs.runs === 12, "the demo clinic records a run a month")
        // the note: the runs' saving, and what a run today would save
        const note = item(view, "statementsCard").note
        verify(note.indexOf(reportsFixture.money(json.statement_runs.cost_saved_cents)) >= 0, note)
        verify(note.indexOf(reportsFixture.money(json.statements.cost_saved_cents)) >= 0, note)
        const balances = item(view, "balancesCard").table.rows
        for (let a = 0; a < 5; ++a)
            compare(Number(balances[a][2]), json.open_balances.by_age[a].small_accounts)
        const credits = item(view, "creditsCard").table.rows
        compare(credits[1][2], reportsFixture.money(json.credits.credit_refund_due.credit_cents))
        verify(item(view, "creditsCard").note.indexOf(String(json.refunds_due_within_30_days)) >= 0)
    }

    function test_the_whatif_follows_the_sliders() {
        const view = openView()
        tryCompare(reports, "loaded", true)
        tryVerify(() => reports.whatIf.length === 7)
        compare(reports.whatIf[0].current, String(reportsFixture.writeoffCount([])))
        const slider = item(view, "minAgeSetting").slider
        slider.value = 60
        slider.moved()
        const expected = String(reportsFixture.writeoffCount(["writeoff.min_age_days=60"]))
        tryVerify(() => reports.whatIf[0].candidate === expected, 3000, reports.whatIf[0].candidate + " != " + expected)
        verify(reports.whatIf[0].changed)
        // above the small-balance maximum: refused, named
        const writeoffMax = item(view, "writeoffMaxSetting").slider
        writeoffMax.value = 20
        writeoffMax.moved()
        tryVerify(() => reports.whatIfError.indexOf("writeoff.max") >= 0, 3000)
        writeoffMax.value = 8
        writeoffMax.moved()
        tryCompare(reports, "whatIfError", "", 3000)
        mouseClick(item(view, "savePolicy"))
        const saved = item(view, "savedPolicy")
        tryVerify(() => saved.text.indexOf("policy-proposed-2026-11-26") >= 0)
        verify(reportsFixture.fileExists(reportsFixture.folder + "/policy-proposed-2026-11-26.toml"))
    }

    function test_export_writes_a_pdf() {
        const view = openView()
        tryCompare(reports, "loaded", true)
        const field = item(view, "pdfField")
        field.text = reportsFixture.folder + "/report.pdf"
        mouseClick(item(view, "exportPdf"))
        tryVerify(() => item(view, "exportStatus").text.indexOf("report.pdf") >= 0)
        verify(!item(view, "exportStatus").failed, item(view, "exportStatus").text)
        compare(reportsFixture.fileStart(reportsFixture.folder + "/report.pdf"), "%PDF-")
    }

    function test_a_wrong_period_says_so() {
        const view = openView()
        tryCompare(reports, "loaded", true)
        item(view, "fromField").text = "2026-02-30"
        mouseClick(item(view, "showPeriod"))
        verify(reports.errorText !== "")
        compare(reports.from, "2025-12-01")
        item(view, "fromField").text = "2026-06-01"
        mouseClick(item(view, "showPeriod"))
        tryCompare(reports, "loading", false, 60000)
        compare(reports.errorText, "")
        compare(item(view, "recoveredCard").chart.categories.length, 6)
    }
}
