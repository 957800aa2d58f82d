import QtQuick
import QtQuick.Layouts
import FrontDesk.Controls

// One button per answer of the balance step (objectName "answer_<outcome>"), side by side
// when they fit in maximumWidth, else one under the other (portrait, larger text, longer
// languages). The first answer is the primary one.
GridLayout {
    id: grid
    property var answers: []
    property var labelOf: (outcome) => outcome
    property real maximumWidth: 1200
    signal answered(string outcome)

    rowSpacing: Theme.gap
    columnSpacing: Theme.gap
    columns: {
        let needed = 0
        for (let i = 0; i < buttons.count; ++i)
            needed += (buttons.itemAt(i) ? buttons.itemAt(i).implicitWidth : 0) + columnSpacing
        return needed - columnSpacing <= maximumWidth ? Math.max(1, buttons.count) : 1
    }

    Repeater {
        id: buttons
        model: grid.answers
        BigButton {
            required property string modelData
            required property int index
            objectName: "answer_" + modelData
            Layout.fillWidth: true
            primary: index === 0
            text: grid.labelOf(modelData)
            onClicked: grid.answered(modelData)
        }
    }
}
