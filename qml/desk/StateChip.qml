import QtQuick

// The prompt state of a row as a small coloured label; nothing for "none".
Rectangle {
    id: chip
    objectName: "stateChip"

    property string promptState: "none"
    property bool muted: false  // in its cooldown

    property bool credit: false  // the model's `credit` role (the core decides)
    visible: promptState !== "none" && promptState !== ""
    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 6
    radius: height / 2
    color: muted ? DeskTexts.paper
                 : credit ? DeskTexts.creditBack
                          : promptState === "balance_due" ? DeskTexts.dueBack : DeskTexts.oweBack
    border.color: muted ? DeskTexts.line : "transparent"

    Text {
        id: label
        anchors.centerIn: parent
        text: DeskTexts.stateLabel(chip.promptState)
        font.pixelSize: 13
        font.bold: !chip.muted
        color: chip.muted ? DeskTexts.muted
                          : chip.credit ? DeskTexts.credit
                                        : chip.promptState === "balance_due" ? DeskTexts.due : DeskTexts.owe
    }
}
