// reports_quick_test: the manager's Reports view (FrontDesk.Desk's ReportsView) on a real demo
// clinic at 1920x1080, driven by Qt Quick Test (reports_quick/tst_reports.qml) in English,
// Spanish and Romanian. The QML reaches the clinic through the context property
// `reportsFixture`: the ReportsModel, the DeskSession, the desk's language, and the practice
// report's JSON for a period (what `frontdesk report --json` prints), to compare the screen with.
#include <QtQml/qqmlextensionplugin.h>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QQmlEngine>

#include <memory>

#include "desk_session.h"
#include "desk_translator.h"
#include "frontdesk/config/config.h"
#include "frontdesk/runs/report_json.h"
#include "frontdesk/runs/writeoff_run.h"
#include "prompt_backend.h"
#include "quick_test_setup.h"
#include "reports_model.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Desk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_DeskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_PromptPlugin)

namespace frontdesk::desk::test {

class ReportsFixture : public QObject {
    Q_OBJECT
    Q_PROPERTY(frontdesk::desk::ReportsModel* reports READ reports CONSTANT)
    Q_PROPERTY(frontdesk::desk::DeskSession* session READ session CONSTANT)
    Q_PROPERTY(QString folder READ folder CONSTANT)

public:
    ReportsFixture(const QString& dbPath, Date day, QQmlEngine* engine)
        : QObject(engine), m_path(dbPath.toStdString()), m_day(day) {
        auto opened = ui::PromptBackend::open(m_path, Config{}, m_day, QStringLiteral("manager"));
        if (!opened) qFatal("reports_quick_test: %s", opened.error().message.c_str());
        m_backend = std::move(*opened);
        QQmlEngine::setObjectOwnership(m_backend.get(), QQmlEngine::CppOwnership);
        m_session = std::make_unique<DeskSession>(*m_backend, DeskSession::Options{});
        QQmlEngine::setObjectOwnership(m_session.get(), QQmlEngine::CppOwnership);
        m_translator = std::make_unique<DeskTranslator>(*m_backend, *engine);
        m_folder = QFileInfo(dbPath).absolutePath();
        m_reports = std::make_unique<ReportsModel>(*m_backend, ReportsModel::Options{m_folder});
        QQmlEngine::setObjectOwnership(m_reports.get(), QQmlEngine::CppOwnership);
    }
    ~ReportsFixture() override {
        m_reports.reset();
        m_translator.reset();
        m_session.reset();
        m_backend.reset();
    }

    ReportsModel* reports() const { return m_reports.get(); }
    DeskSession* session() const { return m_session.get(); }
    QString folder() const { return m_folder; }

    // What `frontdesk report --json --from FROM --to TO` prints, read on a connection of its own.
    Q_INVOKABLE QVariantMap reportJson(const QString& from, const QString& to) const {
        auto store = Store::open(m_path);
        if (!store) qFatal("reports_quick_test: %s", store.error().message.c_str());
        auto report = makeReport(*store, Policy{}, *parseDate(from.toStdString()),
                                 *parseDate(to.toStdString()));
        if (!report) qFatal("reports_quick_test: %s", report.error().message.c_str());
        const std::string text = frontdesk::reportJson(*report).dump();
        return QJsonDocument::fromJson(QByteArray::fromStdString(text)).toVariant().toMap();
    }
    // An amount in cents as the screens write it.
    Q_INVOKABLE QString money(qint64 cents) const {
        return QString::fromStdString(formatMoney(Cents(cents)));
    }
    // The write-off dry run's account count under the policy with these settings.
    Q_INVOKABLE int writeoffCount(const QStringList& settings) const {
        std::vector<std::string> list;
        for (const QString& s : settings) list.push_back(s.toStdString());
        auto policy = policyWith(Policy{}, list);
        auto store = Store::open(m_path);
        if (!policy || !store) return -1;
        auto run = planWriteoffs(*store, *policy, m_day);
        return run ? static_cast<int>(run->accounts.size()) : -1;
    }
    Q_INVOKABLE bool fileExists(const QString& path) const { return QFileInfo::exists(path); }
    Q_INVOKABLE QString fileStart(const QString& path) const {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) return {};
        return QString::fromLatin1(file.read(5));
    }

private:
    std::string m_path;
    Date m_day;
    QString m_folder;
    std::unique_ptr<ui::PromptBackend> m_backend;
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<DeskTranslator> m_translator;
    std::unique_ptr<ReportsModel> m_reports;
};

}  // namespace frontdesk::desk::test

int main(int argc, char** argv) {
    using frontdesk::desk::test::ReportsFixture;
    // Qt Charts draws with the Graphics View framework: a QApplication, made before Qt Quick
    // Test would make a QGuiApplication.
    QApplication application(argc, argv);
    return frontdesk::test::runQuickTests(
        argc, argv, QUICK_TEST_SOURCE_DIR,
        {"reports_quick_test", "reportsFixture",
         [](const QString& db, frontdesk::Date day, QQmlEngine& engine) -> QObject* {
             return new ReportsFixture(db, day, &engine);
         }});
}

#include "reports_quick_test.moc"
