import QtQuick
import QtCharts

// One bar chart of the Reports view: categories along one axis, a bar set per series, side by
// side ("bars"), stacked ("stacked") or stacked sideways ("horizontal", for long names). The
// same charts as the PDF export (report_pdf.cpp), from the same lists of the ReportsModel.
ChartView {
    id: chart

    property var categories: []
    property var sets: []        // [{ name, values: [numbers] }]
    property string kind: "bars"
    property string valueFormat: "%.0f"

    antialiasing: true
    animationOptions: ChartView.NoAnimation
    backgroundRoundness: 0
    legend.alignment: Qt.AlignBottom
    legend.font.pixelSize: 13
    titleFont.pixelSize: 15
    titleFont.bold: true
    margins.left: 4
    margins.right: 4

    // twelve months' names ("Dec '25") side by side on half a 1366-pixel screen: Qt Charts
    // cuts a slanted name to its bar's width too, so they stay level, a little smaller
    BarCategoryAxis {
        id: categoryAxis
        labelsFont.pixelSize: chart.categories.length > 6 ? 11 : 12
    }
    ValueAxis { id: valueAxis; labelFormat: chart.valueFormat }

    function rebuild() {
        removeAllSeries()
        categoryAxis.categories = chart.categories
        const horizontal = chart.kind === "horizontal"
        const type = horizontal ? ChartView.SeriesTypeHorizontalStackedBar
                   : chart.kind === "stacked" ? ChartView.SeriesTypeStackedBar
                   : ChartView.SeriesTypeBar
        const series = horizontal ? createSeries(type, "", valueAxis, categoryAxis)
                                  : createSeries(type, "", categoryAxis, valueAxis)
        let low = 0, high = 0
        for (let c = 0; c < chart.categories.length; ++c) {
            let up = 0, down = 0
            for (const set of chart.sets) {
                const v = set.values[c] || 0
                if (chart.kind === "bars") { up = Math.max(up, v); down = Math.min(down, v) }
                else if (v > 0) up += v
                else down += v
            }
            high = Math.max(high, up)
            low = Math.min(low, down)
        }
        for (const set of chart.sets) series.append(set.name, set.values)
        valueAxis.min = low
        valueAxis.max = high > low ? high : low + 1
        valueAxis.applyNiceNumbers()
    }

    onCategoriesChanged: Qt.callLater(rebuild)
    onSetsChanged: Qt.callLater(rebuild)
    Component.onCompleted: rebuild()
}
