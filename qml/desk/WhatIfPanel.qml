import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import FrontDesk.Desk.Models

// The policy what-if: the four thresholds a manager weighs, moved with sliders, and what the
// candidate would do to today's accounts beside the policy in force (PolicyWhatIf: the same
// write-off and statement runs the command line makes). "Save as a new policy file" writes the
// candidate beside policy.toml for review; the running policy is never changed here.
Rectangle {
    id: panel

    required property ReportsModel reports

    color: DeskTexts.panel
    border.color: DeskTexts.line

    function money(v) { return v.toFixed(2) }
    function tryNow() {
        panel.reports.tryPolicy(money(smallMax.slider.value), money(writeoffMax.slider.value),
                                Math.round(minAge.slider.value), Math.round(minReminders.slider.value))
    }
    // a move recomputes once the slider rests for a moment (each computation is a pass over
    // every open account)
    Timer { id: settle; interval: 60; onTriggered: panel.tryNow() }

    // The sliders start at the policy in force, once; the what-if runs on the accounts each
    // report read, so it starts (again) when a report is in.
    property bool started: false
    function start() {
        if (!panel.started) {
            const p = panel.reports.policy
            // each slider reaches past the policy in force, whatever it is (a clinic's $75
            // threshold)
            smallMax.slider.to = Math.max(50, 2 * Number(p.smallMax))
            writeoffMax.slider.to = Math.max(50, 2 * Number(p.writeoffMax))
            minAge.slider.to = Math.max(365, 2 * p.minAgeDays)
            minReminders.slider.to = Math.max(6, 2 * p.minReminders)
            smallMax.slider.value = Number(p.smallMax)
            writeoffMax.slider.value = Number(p.writeoffMax)
            minAge.slider.value = p.minAgeDays
            minReminders.slider.value = p.minReminders
            panel.started = true
        }
        panel.tryNow()
    }
    Component.onCompleted: if (!panel.reports.loading && panel.reports.loaded) panel.start()
    Connections {
        target: panel.reports
        function onLoadingChanged() {
            if (!panel.reports.loading && panel.reports.errorText === "") panel.start()
        }
    }

    component Setting: ColumnLayout {
        id: setting
        property string label
        property string shown
        property alias slider: slider
        Layout.fillWidth: true
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Text { text: setting.label; font.pixelSize: 14; color: DeskTexts.ink; Layout.fillWidth: true; wrapMode: Text.WordWrap }
            Text { text: setting.shown; font.pixelSize: 14; font.bold: true; color: DeskTexts.ink }
        }
        Slider {
            id: slider
            Layout.fillWidth: true
            Accessible.name: setting.label
            onMoved: settle.restart()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 14
        spacing: 8

        Text {
            text: qsTr("What if the policy changed?")
            font.pixelSize: 17
            font.bold: true
            color: DeskTexts.ink
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Move a threshold to see what it would do to today's accounts. Nothing changes until a new policy file is put in place.")
            wrapMode: Text.WordWrap
            color: DeskTexts.muted
            font.pixelSize: 13
        }
        Setting {
            id: smallMax
            objectName: "smallMaxSetting"
            label: qsTr("Small balance, up to")
            shown: "$" + panel.money(smallMax.slider.value)
            slider.from: 0; slider.to: 50; slider.stepSize: 0.5
        }
        Setting {
            id: writeoffMax
            objectName: "writeoffMaxSetting"
            label: qsTr("Write off balances up to")
            shown: "$" + panel.money(writeoffMax.slider.value)
            slider.from: 0; slider.to: 50; slider.stepSize: 0.5
        }
        Setting {
            id: minAge
            objectName: "minAgeSetting"
            label: qsTr("…once at least this old (days)")
            shown: Math.round(minAge.slider.value)
            slider.from: 0; slider.to: 365; slider.stepSize: 5
        }
        Setting {
            id: minReminders
            objectName: "minRemindersSetting"
            label: qsTr("…and reminded at least (times)")
            shown: Math.round(minReminders.slider.value)
            slider.from: 0; slider.to: 6; slider.stepSize: 1
        }
        Text {
            Layout.fillWidth: true
            visible: panel.reports.whatIfError !== ""
            text: panel.reports.whatIfError
            color: DeskTexts.due
            wrapMode: Text.WordWrap
            font.pixelSize: 13
        }

        GridLayout {
            objectName: "whatIfTable"
            Layout.fillWidth: true
            columns: 3
            columnSpacing: 8
            rowSpacing: 4
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("What the policy would do")
            Text { text: ""; Layout.fillWidth: true }
            Text { text: qsTr("Now"); font.bold: true; font.pixelSize: 13; color: DeskTexts.ink; horizontalAlignment: Text.AlignRight }
            Text { text: qsTr("With these"); font.bold: true; font.pixelSize: 13; color: DeskTexts.ink; horizontalAlignment: Text.AlignRight }
            Repeater {
                model: panel.reports.whatIf
                delegate: Text {
                    required property var modelData
                    required property int index
                    Layout.row: 1 + Math.floor(index)
                    Layout.column: 0
                    Layout.fillWidth: true
                    text: modelData.label
                    wrapMode: Text.WordWrap
                    font.pixelSize: 13
                    color: DeskTexts.ink
                }
            }
            Repeater {
                model: panel.reports.whatIf
                delegate: Text {
                    required property var modelData
                    required property int index
                    Layout.row: 1 + index
                    Layout.column: 1
                    Layout.alignment: Qt.AlignRight
                    text: modelData.current
                    font.pixelSize: 13
                    color: DeskTexts.muted
                }
            }
            Repeater {
                model: panel.reports.whatIf
                delegate: Text {
                    required property var modelData
                    required property int index
                    Layout.row: 1 + index
                    Layout.column: 2
                    Layout.alignment: Qt.AlignRight
                    text: modelData.candidate
                    font.pixelSize: 13
                    font.bold: modelData.changed
                    color: modelData.changed ? DeskTexts.accent : DeskTexts.ink
                }
            }
        }
        Item { Layout.fillHeight: true }
        Button {
            objectName: "savePolicy"
            Layout.fillWidth: true
            // not while the values on the sliders are refused
            enabled: panel.reports.whatIfError === "" && panel.reports.whatIf.length > 0
            text: qsTr("Save as a new policy file")
            onClicked: {
                const path = panel.reports.savePolicy()
                saved.text = path === "" ? "" : qsTr("Written to %1. Review it, then put it in place of policy.toml to use it.").arg(path)
            }
        }
        Text {
            id: saved
            objectName: "savedPolicy"
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.WrapAnywhere
            color: DeskTexts.credit
            font.pixelSize: 13
        }
    }
}
