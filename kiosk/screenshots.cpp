// frontdesk-kiosk-screenshots: drives the kiosk through its flow on a demo clinic and saves a
// PNG of every screen at each size (scripts/kiosk-screenshots.sh; docs/kiosk.md).
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>

#include "frontdesk/lookup.h"
#include "frontdesk/demo.h"
#include "kiosk_startup.h"
#include "translator.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Kiosk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_KioskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_ControlsPlugin)

using namespace frontdesk;
using namespace frontdesk::kiosk;

namespace {

struct Visitor {
    QString familyName;
    QString birthDigits;  // MMDDYYYY
};

// A booked patient of the day whose prompt state satisfies `wanted`.
std::optional<Visitor> findVisitor(Store& store, Date day,
                                   const std::function<bool(PromptState)>& wanted) {
    BalanceLookup lookup(store, Policy{});
    auto rows = lookup.worklist(day, Language::En, day, "screenshots");
    if (!rows) return std::nullopt;
    for (const auto& row : *rows) {
        if (row.appointment.appointment.status != AppointmentStatus::Booked ||
            !wanted(row.prompt.state))
            continue;
        auto patient = store.findPatient(row.appointment.appointment.mrn);
        if (!patient || !*patient) continue;
        const Date b = (*patient)->birthDate;
        return Visitor{QString::fromStdString((*patient)->familyName),
                       QStringLiteral("%1%2%3").arg(b.month(), 2, 10, QChar('0'))
                           .arg(b.day(), 2, 10, QChar('0')).arg(b.year())};
    }
    return std::nullopt;
}

class Shooter {
public:
    Shooter(QQuickView& view, KioskSession& session, QDir out, QString size)
        : m_view(view), m_session(session), m_out(std::move(out)), m_size(std::move(size)) {}

    void shoot(const QString& name) {
        QCoreApplication::processEvents();
        const QString file = m_out.filePath(m_size + "-" + name + ".png");
        if (!m_view.grabWindow().save(file)) qWarning("cannot write %s", qPrintable(file));
        else qInfo("%s", qPrintable(file));
    }

    void checkInWithBalance(const std::optional<Visitor>& v, const QString& name,
                            const QString& answer) {
        if (!v) return qWarning("no patient for %s today; skipped", qPrintable(name));
        m_session.startOver();
        m_session.begin();
        m_session.identifyByName(v->familyName, v->birthDigits);
        if (name == "balance-small") shoot("appointment");
        m_session.checkIn();
        shoot(name);
        m_session.answer(answer);
    }

    QQuickItem* find(const char* objectName) {
        return m_view.rootObject()->findChild<QQuickItem*>(objectName);
    }

private:
    QQuickView& m_view;
    KioskSession& m_session;
    QDir m_out;
    QString m_size;
};

void runFlow(Shooter& s, KioskSession& session, Store& store, Date day) {
    s.shoot("welcome");
    session.setLanguage("es");
    s.shoot("welcome-es");
    session.setLanguage("en");
    session.begin();
    if (auto* identify = s.find("identifyScreen")) {
        s.find("nameField")->setProperty("text", "Garcia");
        s.shoot("identify-name");
        identify->setProperty("askingBirthDate", true);
        s.find("birthDate")->setProperty("digits", "0402");
        s.shoot("identify-birthdate");
    }
    const auto small = findVisitor(store, day, [](PromptState st) {
        return st == PromptState::SmallBalance;
    });
    s.checkInWithBalance(small, "balance-small", "will_pay_at_desk");
    s.shoot("done");
    s.checkInWithBalance(findVisitor(store, day, [](PromptState st) {
                             return st == PromptState::BalanceDue;
                         }),
                         "balance-due", "shown");
    s.checkInWithBalance(findVisitor(store, day, [](PromptState st) {
                             return st == PromptState::CreditRefundDue ||
                                    st == PromptState::CreditApplyNextVisit;
                         }),
                         "balance-credit", "apply_credit");
    session.startOver();
    session.begin();
    session.identifyByName("Nobody", "01011990");
    s.shoot("not-found");
    for (int i = 0; i < 2; ++i) {
        session.tryAgain();
        session.identifyByName("Nobody", "01011990");
    }
    s.shoot("locked-out");
    for (int i = 0; i < 40; ++i) session.tick();
    session.begin();
    while (!session.countingDown()) session.tick();
    for (int i = 0; i < 3; ++i) session.tick();
    s.shoot("countdown");
    session.startOver();
}

}  // namespace

int main(int argc, char** argv) {
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db("db", "The demo clinic's database.", "path");
    const QCommandLineOption asOf("as-of", "The day of the demo clinic.", "date");
    const QCommandLineOption out("out", "Folder for the PNG files.", "dir", "screenshots");
    const QCommandLineOption size("size", "Window size WxH (repeatable).", "size");
    parser.addOptions({db, asOf, out, size});
    parser.process(app);
    const auto day = parseDate(parser.value(asOf).toStdString());
    if (!parser.isSet(db) || !day) qFatal("--db and --as-of YYYY-MM-DD are required");
    QDir().mkpath(parser.value(out));
    QStringList sizes = parser.values(size);
    if (sizes.isEmpty()) sizes = {"1920x1080", "1280x800", "1080x1920"};
    for (const QString& wxh : sizes) {
        // a fresh clinic for each size: every check-in uses up a booked appointment
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(parser.value(db) + suffix);
        if (auto ok = frontdesk::prepareDemoClinic(parser.value(db).toStdString(), *day); !ok)
            qFatal("%s", ok.error().message.c_str());
        auto store = Store::open(parser.value(db).toStdString());
        if (!store) qFatal("%s", store.error().message.c_str());
        KioskOptions options{parser.value(db).toStdString(), Config{}, *day, "screenshots"};
        KioskSession session(options);
        QQuickView view;
        view.engine()->addImportPath(QStringLiteral("qrc:/"));
        KioskTranslator translator(session, *view.engine());
        view.setInitialProperties({{"session", QVariant::fromValue(&session)}});
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.resize(wxh.section('x', 0, 0).toInt(), wxh.section('x', 1, 1).toInt());
        view.setSource(QUrl(QStringLiteral("qrc:/FrontDesk/Kiosk/KioskView.qml")));
        if (view.status() != QQuickView::Ready) qFatal("the kiosk's QML did not load");
        view.show();
        Shooter shooter(view, session, QDir(parser.value(out)), wxh);
        runFlow(shooter, session, *store, *day);
    }
    return 0;
}
