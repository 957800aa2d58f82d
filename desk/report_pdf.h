#pragma once

#include <QString>

namespace frontdesk::desk {

class ReportsModel;

// Writes the manager's report (the model's loaded period) as a PDF at `path`: a cover with the
// period's figures, then each chart (Qt Charts, drawn as vectors through a QGraphicsScene) with
// its table, A4 landscape, in the desk's language. "" when written, else what was wrong, and
// an earlier file at `path` is left as it was (QSaveFile). Needs a QApplication (Qt Charts
// draws with the Graphics View framework); no window is opened.
QString writeReportPdf(const ReportsModel& model, const QString& path);

}  // namespace frontdesk::desk
