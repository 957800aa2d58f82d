#include "report_pdf.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <memory>

#include "reports_model.h"

namespace frontdesk::desk {
namespace {

using Rows = QList<QStringList>;

// A chart: its categories (months, ages, states, staff) and one bar set per series, stacked or
// side by side, horizontal for many categories with long names.
struct ChartSpec {
    QString title;
    QStringList categories;
    QList<std::pair<QString, QList<double>>> sets;
    enum class Kind { Bars, Stacked, HorizontalStacked } kind = Kind::Bars;
    QString valueFormat = QStringLiteral("%.0f");  // "$%.0f" for dollars
};

// The range the bars reach (stacked: their sums), as ReportChart.qml sets it; at least 0 to 1,
// so that a chart of zeros (no runs recorded) still has an axis.
std::pair<double, double> valueRange(const ChartSpec& spec) {
    double low = 0, high = 0;
    for (qsizetype c = 0; c < spec.categories.size(); ++c) {
        double up = 0, down = 0;
        for (const auto& [name, list] : spec.sets) {
            const double v = c < list.size() ? list[c] : 0;
            if (spec.kind == ChartSpec::Kind::Bars) {
                up = std::max(up, v);
                down = std::min(down, v);
            } else {
                (v > 0 ? up : down) += v;
            }
        }
        high = std::max(high, up);
        low = std::min(low, down);
    }
    return {low, high > low ? high : low + 1};
}

std::unique_ptr<QChart> makeChart(const ChartSpec& spec) {
    auto chart = std::make_unique<QChart>();
    chart->setTitle(spec.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QAbstractBarSeries* series = nullptr;
    switch (spec.kind) {
        case ChartSpec::Kind::Bars:
            series = new QBarSeries;
            break;
        case ChartSpec::Kind::Stacked:
            series = new QStackedBarSeries;
            break;
        case ChartSpec::Kind::HorizontalStacked:
            series = new QHorizontalStackedBarSeries;
            break;
    }
    for (const auto& [name, values] : spec.sets) {
        auto* set = new QBarSet(name);
        for (const double v : values) set->append(v);
        series->append(set);
    }
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(spec.categories);
    auto* values = new QValueAxis;
    values->setLabelFormat(spec.valueFormat);
    const bool horizontal = spec.kind == ChartSpec::Kind::HorizontalStacked;
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    const auto [low, high] = valueRange(spec);
    values->setRange(low, high);
    values->applyNiceNumbers();
    return chart;
}

// Draws the chart into `area` of the painter's page, as vectors.
void drawChart(QPainter& painter, const ChartSpec& spec, const QRectF& area) {
    QGraphicsScene scene;
    auto chart = makeChart(spec);
    chart->resize(area.size());
    QChart* shown = chart.release();  // the scene owns it
    scene.addItem(shown);
    scene.setSceneRect(QRectF(QPointF(0, 0), area.size()));
    scene.render(&painter, area, scene.sceneRect());
}

// A table: the header row bold (and the last, a total, when `totalRow`), the first column
// left, the others right-aligned.
void drawTable(QPainter& painter, const QStringList& header, const Rows& rows, bool totalRow,
               QRectF area) {
    const qreal rowHeight = painter.fontMetrics().height() * 1.4;
    const qreal firstWidth = area.width() * 0.26;
    const qreal otherWidth =
        header.size() > 1 ? (area.width() - firstWidth) / static_cast<qreal>(header.size() - 1) : 0;
    const auto drawRow = [&](const QStringList& cells, qreal y) {
        for (int c = 0; c < cells.size(); ++c) {
            const QRectF cell(area.left() + (c == 0 ? 0 : firstWidth + (c - 1) * otherWidth), y,
                              c == 0 ? firstWidth : otherWidth, rowHeight);
            const QRectF inside = cell.adjusted(4, 0, -4, 0);
            const int align = static_cast<int>(c == 0 ? Qt::AlignLeft : Qt::AlignRight) |
                              static_cast<int>(Qt::AlignVCenter);
            painter.drawText(inside, align,
                             painter.fontMetrics().elidedText(cells[c], Qt::ElideRight,
                                                              static_cast<int>(inside.width())));
        }
    };
    QFont bold = painter.font();
    bold.setBold(true);
    const QFont normal = painter.font();
    painter.setFont(bold);
    drawRow(header, area.top());
    painter.setFont(normal);
    qreal y = area.top() + rowHeight;
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (y + rowHeight > area.bottom()) break;
        const bool total = totalRow && r == rows.size() - 1;
        if (total) painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setFont(total ? bold : normal);
        drawRow(rows[r], y);
        y += rowHeight;
    }
    painter.setFont(normal);
}

QList<double> numbers(const QVariantList& list, const char* key) {
    QList<double> values;
    for (const QVariant& item : list)
        values.append(item.toMap().value(QLatin1String(key)).toDouble());
    return values;
}
QStringList texts(const QVariantList& list, const char* key) {
    QStringList values;
    for (const QVariant& item : list)
        values.append(item.toMap().value(QLatin1String(key)).toString());
    return values;
}

// One page: the chart on top, its table under it.
struct Page {
    ChartSpec chart;
    QStringList header;
    Rows rows;
    QString note;
    bool totalRow = false;  // the last row is the total
};

Rows columns(const QList<QStringList>& byColumn) {
    Rows rows;
    const auto count = byColumn.isEmpty() ? 0 : byColumn.front().size();
    for (qsizetype r = 0; r < count; ++r) {
        QStringList row;
        for (const QStringList& column : byColumn) row.append(column.value(r));
        rows.append(row);
    }
    return rows;
}

Page recoveredPage(const ReportsModel& m) {
    const QVariantList months = m.months();
    const QVariantMap t = m.totals();
    Page p{{m.text("recoveredTitle"),
            texts(months, "shortLabel"),
            {{m.text("kiosk"), numbers(months, "kiosk")},
             {m.text("desk"), numbers(months, "desk")},
             {m.text("phone"), numbers(months, "phone")}},
            ChartSpec::Kind::Stacked,
            QStringLiteral("$%.0f")},
           {m.text("month"), m.text("kiosk"), m.text("desk"), m.text("phone"), m.text("paid"),
            m.text("reminded"), m.text("payers")},
           columns({texts(months, "label"), texts(months, "kioskText"), texts(months, "deskText"),
                    texts(months, "phoneText"), texts(months, "paidText"),
                    texts(months, "reminded"), texts(months, "payers")}),
           m.text("recoveredNote")};
    p.rows.append({m.text("total"), t["kioskText"].toString(), t["deskText"].toString(),
                   t["phoneText"].toString(), t["paidText"].toString(), t["reminded"].toString(),
                   t["payers"].toString()});
    p.totalRow = true;
    return p;
}

Page writeoffPage(const ReportsModel& m) {
    const QVariantList months = m.months();
    const QVariantMap t = m.totals();
    Page p{{m.text("writeoffTitle"),
            texts(months, "shortLabel"),
            {{m.text("writtenOff"), numbers(months, "writtenOff")},
             {m.text("recovered"), numbers(months, "recovered")},
             {m.text("net"), numbers(months, "net")}},
            ChartSpec::Kind::Bars,
            QStringLiteral("$%.0f")},
           {m.text("month"), m.text("writtenOff"), m.text("recovered"), m.text("net")},
           columns({texts(months, "label"), texts(months, "writtenOffText"),
                    texts(months, "recoveredText"), texts(months, "netText")}),
           {}};
    p.rows.append({m.text("total"), t["writtenOffText"].toString(), t["recoveredText"].toString(),
                   t["netText"].toString()});
    p.totalRow = true;
    return p;
}

Page statementsPage(const ReportsModel& m) {
    const QVariantList months = m.months();
    const QVariantMap t = m.totals();
    Page p{{m.text("statementsTitle"),
            texts(months, "shortLabel"),
            {{m.text("mailed"), numbers(months, "mailed")},
             {m.text("notMailedSmall"), numbers(months, "notMailedSmall")},
             {m.text("notMailedWrittenOff"), numbers(months, "notMailedWrittenOff")}},
            ChartSpec::Kind::Stacked},
           {m.text("month"), m.text("mailed"), m.text("notMailedSmall"),
            m.text("notMailedWrittenOff"), m.text("saved"), m.text("savedSoFar")},
           columns({texts(months, "label"), texts(months, "mailed"),
                    texts(months, "notMailedSmall"), texts(months, "notMailedWrittenOff"),
                    texts(months, "savedText"), texts(months, "savedSoFarText")}),
           m.text("statementsNote")};
    p.rows.append({m.text("total"), t["mailed"].toString(), t["notMailedSmall"].toString(),
                   t["notMailedWrittenOff"].toString(), t["savedText"].toString(), QString()});
    p.totalRow = true;
    return p;
}

Page balancesPage(const ReportsModel& m) {
    const QVariantList list = m.balances();
    return {
        {m.text("balancesTitle"),
         texts(list, "label"),
         {{m.text("small"), numbers(list, "smallAccounts")},
          {m.text("larger"), numbers(list, "largerAccounts")}},
         ChartSpec::Kind::Stacked},
        {m.text("age"), m.text("small"), m.text("accounts"), m.text("larger"), m.text("accounts")},
        columns({texts(list, "label"), texts(list, "smallText"), texts(list, "smallAccounts"),
                 texts(list, "largerText"), texts(list, "largerAccounts")}),
        m.text("balancesNote")};
}

Page creditsPage(const ReportsModel& m) {
    const QVariantList list = m.credits();
    return {{m.text("creditsTitle"),
             texts(list, "label"),
             {{m.text("amount"), numbers(list, "amount")}},
             ChartSpec::Kind::Bars,
             QStringLiteral("$%.0f")},
            {m.text("state"), m.text("accounts"), m.text("amount")},
            columns({texts(list, "label"), texts(list, "accounts"), texts(list, "amountText")}),
            m.text("creditsNote")};
}

Page staffPage(const ReportsModel& m) {
    const QVariantList list = m.staff();
    const QStringList outcomes = m.outcomes();
    Page p{{m.text("staffTitle"), texts(list, "staff"), {}, ChartSpec::Kind::HorizontalStacked},
           QStringList{m.text("staff")} + outcomes + QStringList{m.text("total")},
           {},
           {}};
    for (int o = 0; o < outcomes.size(); ++o) {
        QList<double> values;
        for (const QVariant& row : list)
            values.append(row.toMap()["counts"].toList().value(o).toDouble());
        p.chart.sets.append({outcomes[o], values});
    }
    for (const QVariant& item : list) {
        const QVariantMap row = item.toMap();
        QStringList cells{row["staff"].toString()};
        for (const QVariant& n : row["counts"].toList()) cells.append(n.toString());
        cells.append(row["total"].toString());
        p.rows.append(cells);
    }
    return p;
}

void drawPage(QPainter& painter, const Page& page, const QRectF& area) {
    const QRectF chartArea(area.left(), area.top(), area.width(), area.height() * 0.5);
    drawChart(painter, page.chart, chartArea);
    qreal y = chartArea.bottom() + 12;
    if (!page.note.isEmpty()) {
        const QRectF noteArea = painter.boundingRect(
            QRectF(area.left(), y, area.width(), area.bottom() - y), Qt::TextWordWrap, page.note);
        painter.drawText(noteArea, Qt::TextWordWrap, page.note);
        y = noteArea.bottom() + 6;
    }
    drawTable(painter, page.header, page.rows, page.totalRow,
              QRectF(area.left(), y, area.width(), area.bottom() - y));
}

// The six pages: the title, then each chart with its line and table.
void drawPages(QPainter& painter, QPdfWriter& writer, const ReportsModel& model,
               const QString& title) {
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QRectF area(0, 0, page.width(), page.height());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    QFont heading = font;
    heading.setPixelSize(18);
    heading.setBold(true);
    const QList<Page> pages{recoveredPage(model), writeoffPage(model), statementsPage(model),
                            balancesPage(model),  creditsPage(model),  staffPage(model)};
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0) writer.newPage();
        painter.setFont(heading);
        const qreal top = painter.fontMetrics().height() * 1.6;
        painter.drawText(QRectF(0, 0, area.width(), top), Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.setFont(font);
        drawPage(painter, pages[i], area.adjusted(0, top + 6, 0, 0));
    }
}

}  // namespace

QString writeReportPdf(const ReportsModel& model, const QString& path) {
    if (!model.loaded()) return ReportsModel::tr("Open a report first.");
    if (path.trimmed().isEmpty()) return ReportsModel::tr("Name the PDF file to write.");
    // written whole under a temporary name, then put in place of any earlier file at once
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ReportsModel::tr("%1 could not be written: %2").arg(path, file.errorString());
    const QString title = model.clinicName() + QStringLiteral(" — ") + model.text("title") +
                          QStringLiteral(" — ") + model.periodLabel();
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Front Desk"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        writer.setResolution(96);
        QPainter painter;
        if (!painter.begin(&writer))
            return ReportsModel::tr("%1 could not be written: %2").arg(path, file.errorString());
        drawPages(painter, writer, model, title);
        if (!painter.end())
            return ReportsModel::tr("%1 could not be written: %2").arg(path, file.errorString());
    }
    if (!file.commit())
        return ReportsModel::tr("%1 could not be written: %2").arg(path, file.errorString());
    return {};
}

}  // namespace frontdesk::desk
