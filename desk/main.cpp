// frontdesk-desk: the desk and phone panel (docs/desk.md).
#include <QtQml/qqmlextensionplugin.h>
#include <QApplication>
#include <QFileInfo>
#include <QQmlApplicationEngine>

#include <cstdio>

#include "call_listener.h"
#include "desk_session.h"
#include "desk_startup.h"
#include "desk_translator.h"
#include "frontdesk/app/command_line.h"
#include "frontdesk/app/demo_clinic.h"
#include "frontdesk/app/qt_text.h"
#include "reports_model.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Desk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_DeskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_PromptPlugin)

constexpr char kProgram[] = "frontdesk-desk";

namespace {

// --export-report: the manager's report as a PDF, no window. 0 written, 2 a wrong period or a
// station that may not read it, 3 the clinic server not reached, 1 anything else.
int exportReport(frontdesk::desk::ReportsModel& reports, const frontdesk::desk::DeskStartup& s) {
    if (!reports.available()) {
        std::fprintf(stderr,
                     "%s: --export-report: the report needs the database (--db) or an admin "
                     "station's credential\n",
                     kProgram);
        return 2;
    }
    if (!reports.load(s.reportFrom, s.reportTo)) {
        std::fprintf(stderr, "%s: %s\n", kProgram, qPrintable(reports.errorText()));
        const auto why = reports.loadFailure();
        return why == frontdesk::ErrorCode::BadInput  ? 2
               : why == frontdesk::ErrorCode::Storage ? 3
                                                      : 1;
    }
    const QString problem = reports.exportPdf(s.exportReport);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", kProgram, qPrintable(problem));
        return 1;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace frontdesk;
    using namespace frontdesk::desk;
    // Parsed before the application exists, so that --help creates nothing.
    auto startup = parseDeskArguments(app::argumentList(argc, argv));
    if (auto code = app::exitBeforeStart(kProgram, startup)) return *code;
    // The export opens no window: it needs no display.
    if (!startup->exportReport.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // QApplication, not QGuiApplication: Qt Charts (the Reports view, the PDF) draws with the
    // Graphics View framework.
    QApplication application(argc, argv);
    QApplication::setApplicationName(kProgram);
    if (startup->server.serverUrl.empty()) app::prepareBuiltInDemo(startup->common, kProgram);
    // on the server as an enrolled station, or on the database: 2 refused, 3 unreachable
    auto backend = openDeskBackend(*startup);
    if (!backend) {
        const int code = app::reportBadArguments(kProgram, backend.error());
        return backend.error().code == ErrorCode::Storage ? 3 : code;
    }
    (*backend)->setLanguage(startup->language);
    // a proposed policy is written beside the running one: the --config folder, else the
    // database's; on a station of the clinic server, the user's documents folder
    QString policyFolder = startup->policyFolder;
    if (policyFolder.isEmpty() && startup->server.serverUrl.empty())
        policyFolder = QFileInfo(app::toQString(startup->common.dbPath)).absolutePath();
    if (policyFolder.isEmpty()) policyFolder = ReportsModel::documentsFolder();
    ReportsModel reports(**backend, {policyFolder});
    if (!startup->exportReport.isEmpty()) {
        QQmlEngine translations;
        DeskTranslator translator(**backend, translations);
        return exportReport(reports, *startup);
    }
    DeskSession session(**backend, {});
    CallListener calls([&session](const std::string& from) { return session.incomingCall(from); });
    if (startup->callPort > 0) {
        if (auto port = calls.listen(static_cast<quint16>(startup->callPort)))
            session.setCallPort(*port);
        else
            qWarning("%s: %s; calls are off", kProgram, port.error().message.c_str());
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    DeskTranslator translator(**backend, engine);
    engine.setInitialProperties(
        {{"session", QVariant::fromValue(&session)}, {"reports", QVariant::fromValue(&reports)}});
    engine.load(QUrl(QStringLiteral("qrc:/FrontDesk/Desk/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    return QApplication::exec();
}
