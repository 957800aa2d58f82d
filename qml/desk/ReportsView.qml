import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import FrontDesk.Desk.Models

// The manager's view (docs/manager.md): six charts of a period, each with its table, and the
// policy what-if beside them. Every figure comes from the ReportsModel, which reads the same
// report as `frontdesk report --json`.
FocusScope {
    id: view

    required property ReportsModel reports
    required property DeskSession session
    signal closed()

    readonly property var t: reports.texts
    readonly property var months: reports.months

    function column(list, key) { return list.map(item => item[key]) }
    // read on another thread: the window stays alive, and says the report is being read
    function showPeriod() {
        view.reports.startLoading(fromField.text.trim(), toField.text.trim())
    }

    // read anew each time the view opens: the figures of this moment
    // (a read still running, the view closed and opened again meanwhile, is waited for)
    Component.onCompleted: {
        if (!view.reports.loading) view.reports.startLoading("", "")
        forceActiveFocus()
    }

    Connections {
        target: view.reports
        function onLoadingChanged() {
            if (view.reports.loading || view.reports.errorText !== "") return
            fromField.text = view.reports.from
            toField.text = view.reports.to
            pdfField.text = view.reports.defaultPdfPath()
        }
    }

    Shortcut { sequence: "Esc"; onActivated: view.closed() }

    Rectangle { anchors.fill: parent; color: DeskTexts.paper }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // the bar: back, the title, the period, the export
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 60
            color: DeskTexts.panel
            border.color: DeskTexts.line
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 16
                anchors.rightMargin: 16
                spacing: 10
                Button {
                    objectName: "backToDesk"
                    text: qsTr("◀ Desk")
                    Accessible.name: qsTr("Back to the desk")
                    onClicked: view.closed()
                }
                Text {
                    text: view.t.title || ""
                    font.pixelSize: 18
                    font.bold: true
                    color: DeskTexts.ink
                }
                Item { Layout.preferredWidth: 12 }
                Text { text: qsTr("From"); color: DeskTexts.muted; font.pixelSize: DeskTexts.fontSize }
                TextField {
                    id: fromField
                    objectName: "fromField"
                    implicitWidth: 120
                    placeholderText: "YYYY-MM-DD"
                    Accessible.name: qsTr("First day of the period")
                    onAccepted: view.showPeriod()
                }
                Text { text: qsTr("to"); color: DeskTexts.muted; font.pixelSize: DeskTexts.fontSize }
                TextField {
                    id: toField
                    objectName: "toField"
                    implicitWidth: 120
                    placeholderText: "YYYY-MM-DD"
                    Accessible.name: qsTr("Last day of the period")
                    onAccepted: view.showPeriod()
                }
                Button {
                    objectName: "showPeriod"
                    text: qsTr("Show")
                    enabled: !view.reports.loading
                    onClicked: view.showPeriod()
                }
                BusyIndicator {
                    objectName: "reportBusy"
                    running: view.reports.loading
                    visible: running
                    implicitWidth: 36
                    implicitHeight: 36
                }
                Text {
                    objectName: "periodLabel"
                    Layout.fillWidth: true
                    Layout.minimumWidth: 80
                    text: view.reports.loading ? qsTr("Reading the report…") : view.reports.periodLabel
                    color: DeskTexts.muted
                    font.pixelSize: 13
                    elide: Text.ElideRight
                }
                TextField {
                    id: pdfField
                    objectName: "pdfField"
                    Layout.fillWidth: true
                    Layout.minimumWidth: 160
                    Layout.maximumWidth: 380
                    Accessible.name: qsTr("PDF file to write")
                }
                Button {
                    objectName: "exportPdf"
                    text: qsTr("Export PDF")
                    highlighted: true
                    enabled: view.reports.loaded && !view.reports.loading
                    onClicked: {
                        const problem = view.reports.exportPdf(pdfField.text.trim())
                        exportStatus.text = problem === ""
                            ? qsTr("Saved %1").arg(pdfField.text.trim()) : problem
                        exportStatus.failed = problem !== ""
                    }
                }
            }
        }

        Text {
            id: exportStatus
            objectName: "exportStatus"
            property bool failed: false
            Layout.fillWidth: true
            Layout.leftMargin: 16
            visible: text !== "" || view.reports.errorText !== ""
            text: ""
            color: failed ? DeskTexts.due : DeskTexts.credit
            font.pixelSize: 13
            Text {
                anchors.right: parent.right
                anchors.rightMargin: 16
                text: view.reports.errorText
                color: DeskTexts.due
                font.pixelSize: 13
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 12
            spacing: 12

            ScrollView {
                id: scroll
                objectName: "reportsScroll"
                Layout.fillWidth: true
                Layout.fillHeight: true
                // nothing before the first report (empty charts); the last figures dimmed while
                // the next are read
                opacity: !view.reports.loaded ? 0 : view.reports.loading ? 0.4 : 1
                contentWidth: availableWidth
                clip: true

                GridLayout {
                    id: grid
                    width: scroll.availableWidth
                    columns: width > 1000 ? 2 : 1
                    columnSpacing: 12
                    rowSpacing: 12

                    ReportCard {
                        objectName: "recoveredCard"
                        chart.title: view.t.recoveredTitle || ""
                        chart.kind: "stacked"
                        chart.valueFormat: "$%.0f"
                        chart.categories: view.column(view.months, "shortLabel")
                        chart.sets: [
                            { name: view.t.kiosk, values: view.column(view.months, "kiosk") },
                            { name: view.t.desk, values: view.column(view.months, "desk") },
                            { name: view.t.phone, values: view.column(view.months, "phone") }]
                        note: view.t.recoveredNote || ""
                        table.header: [view.t.month, view.t.kiosk, view.t.desk, view.t.phone,
                                       view.t.paid, view.t.reminded, view.t.payers]
                        table.rows: view.months.map(m => [m.label, m.kioskText, m.deskText,
                                                          m.phoneText, m.paidText, m.reminded,
                                                          m.payers])
                                    .concat([[view.t.total, view.reports.totals.kioskText,
                                              view.reports.totals.deskText,
                                              view.reports.totals.phoneText,
                                              view.reports.totals.paidText,
                                              view.reports.totals.reminded,
                                              view.reports.totals.payers]])
                        table.lastRowBold: true
                    }
                    ReportCard {
                        objectName: "writeoffCard"
                        chart.title: view.t.writeoffTitle || ""
                        chart.valueFormat: "$%.0f"
                        chart.categories: view.column(view.months, "shortLabel")
                        chart.sets: [
                            { name: view.t.writtenOff, values: view.column(view.months, "writtenOff") },
                            { name: view.t.recovered, values: view.column(view.months, "recovered") },
                            { name: view.t.net, values: view.column(view.months, "net") }]
                        table.header: [view.t.month, view.t.writtenOff, view.t.recovered, view.t.net]
                        table.rows: view.months.map(m => [m.label, m.writtenOffText,
                                                          m.recoveredText, m.netText])
                                    .concat([[view.t.total, view.reports.totals.writtenOffText,
                                              view.reports.totals.recoveredText,
                                              view.reports.totals.netText]])
                        table.lastRowBold: true
                    }
                    ReportCard {
                        objectName: "statementsCard"
                        chart.title: view.t.statementsTitle || ""
                        chart.kind: "stacked"
                        chart.categories: view.column(view.months, "shortLabel")
                        chart.sets: [
                            { name: view.t.mailed, values: view.column(view.months, "mailed") },
                            { name: view.t.notMailedSmall, values: view.column(view.months, "notMailedSmall") },
                            { name: view.t.notMailedWrittenOff, values: view.column(view.months, "notMailedWrittenOff") }]
                        note: view.t.statementsNote || ""
                        table.header: [view.t.month, view.t.mailed, view.t.notMailedSmall,
                                       view.t.notMailedWrittenOff, view.t.saved, view.t.savedSoFar]
                        table.rows: view.months.map(m => [m.label, m.mailed, m.notMailedSmall,
                                                          m.notMailedWrittenOff, m.savedText,
                                                          m.savedSoFarText])
                                    .concat([[view.t.total, view.reports.totals.mailed,
                                              view.reports.totals.notMailedSmall,
                                              view.reports.totals.notMailedWrittenOff,
                                              view.reports.totals.savedText, ""]])
                        table.lastRowBold: true
                    }
                    ReportCard {
                        objectName: "balancesCard"
                        chart.title: view.t.balancesTitle || ""
                        chart.kind: "stacked"
                        chart.categories: view.column(view.reports.balances, "label")
                        chart.sets: [
                            { name: view.t.small, values: view.column(view.reports.balances, "smallAccounts") },
                            { name: view.t.larger, values: view.column(view.reports.balances, "largerAccounts") }]
                        note: view.t.balancesNote || ""
                        table.header: [view.t.age, view.t.small, view.t.accounts, view.t.larger,
                                       view.t.accounts]
                        table.rows: view.reports.balances.map(b => [b.label, b.smallText,
                                                                    b.smallAccounts, b.largerText,
                                                                    b.largerAccounts])
                    }
                    ReportCard {
                        objectName: "creditsCard"
                        chart.title: view.t.creditsTitle || ""
                        chart.valueFormat: "$%.0f"
                        chart.categories: view.column(view.reports.credits, "label")
                        chart.sets: [{ name: view.t.amount,
                                       values: view.column(view.reports.credits, "amount") }]
                        note: view.t.creditsNote || ""
                        noteAlert: view.reports.refunds.overdue > 0
                        table.header: [view.t.state, view.t.accounts, view.t.amount]
                        table.rows: view.reports.credits.map(c => [c.label, c.accounts, c.amountText])
                    }
                    ReportCard {
                        objectName: "staffCard"
                        chart.title: view.t.staffTitle || ""
                        chart.kind: "horizontal"
                        chart.categories: view.column(view.reports.staff, "staff")
                        chart.sets: view.reports.outcomes.map((name, i) => ({
                            name: name, values: view.reports.staff.map(s => s.counts[i]) }))
                        table.header: [view.t.staff].concat(view.reports.outcomes).concat([view.t.total])
                        table.rows: view.reports.staff.map(s => [s.staff].concat(s.counts)
                                                                        .concat([s.total]))
                    }
                }
            }

            WhatIfPanel {
                Layout.preferredWidth: 430
                Layout.fillHeight: true
                reports: view.reports
                enabled: !view.reports.loading
                opacity: view.reports.loaded ? 1 : 0
            }
        }
    }
}
