// frontdesk-kiosk-screenshots: drives the kiosk through its flow on a demo clinic and saves a
// PNG of every screen at each size and in each language (scripts/kiosk-screenshots.sh;
// docs/kiosk.md).
#include <QtQml/qqmlextensionplugin.h>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>

#include <algorithm>

#include "demo_visitors.h"
#include "frontdesk/demo/demo.h"
#include "kiosk_startup.h"
#include "translator.h"

Q_IMPORT_QML_PLUGIN(FrontDesk_Kiosk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_KioskPlugin)
Q_IMPORT_QML_PLUGIN(FrontDesk_ControlsPlugin)

using namespace frontdesk;
using namespace frontdesk::kiosk;

namespace {

using Screen = KioskSession::Screen;

struct Visitor {
    QString familyName;
    Date birthDate;
};

// A patient of the day the kiosk identifies by name and birth date alone, whose prompt state is
// one of `wanted` (the tests' demo visitors).
std::optional<Visitor> findVisitor(Store& store, Date day, std::vector<PromptState> wanted) {
    auto visitors = test::kioskVisitors(store, day);
    if (!visitors) return std::nullopt;
    for (const test::DemoVisitor& v : *visitors) {
        if (std::find(wanted.begin(), wanted.end(), v.state) != wanted.end())
            return Visitor{QString::fromStdString(v.familyName), v.birthDate};
    }
    return std::nullopt;
}

class Shooter {
public:
    Shooter(QQuickView& view, KioskSession& session, const QDir& out, QString size,
            QString language)
        : m_view(view),
          m_session(session),
          m_out(out),
          m_size(std::move(size)),
          m_language(std::move(language)) {}

    // Saves the window as SIZE-NAME.png (English) or SIZE-NAME-LANGUAGE.png.
    void shoot(const QString& name) {
        QCoreApplication::processEvents();
        const QString suffix = m_language == "en" ? QString() : "-" + m_language;
        const QString file = m_out.filePath(m_size + "-" + name + suffix + ".png");
        if (!m_view.grabWindow().save(file))
            qWarning("cannot write %s", qPrintable(file));
        else
            qInfo("%s", qPrintable(file));
    }

    // Back to Welcome (through Done on the balance step), in this shooter's language.
    void welcome() {
        for (int i = 0; i < 3 && m_session.screen() != Screen::Welcome; ++i) m_session.startOver();
        m_session.setLanguage(m_language);
    }

    // The 8 keypad digits of a birth date in the language's order.
    QString digits(Date b) const {
        const auto two = [](unsigned n) { return QStringLiteral("%1").arg(n, 2, 10, QChar('0')); };
        const QString year = QString::number(b.year());
        return m_session.birthDateOrder() == "MDY" ? two(b.month()) + two(b.day()) + year
                                                   : two(b.day()) + two(b.month()) + year;
    }

    void identify(const Visitor& v) {
        welcome();
        m_session.begin();
        m_session.identifyByName(v.familyName, digits(v.birthDate));
    }

    // Checks the visitor in and shoots the balance step, then answers it.
    void balance(const std::optional<Visitor>& v, const QString& name, const QString& answer) {
        if (!v) return qWarning("no patient for %s today; skipped", qPrintable(name));
        identify(*v);
        m_session.checkIn();
        if (m_session.screen() != Screen::Balance)
            return qWarning("%s: no balance step; skipped", qPrintable(name));
        shoot(name);
        m_session.answer(answer);
    }

    QQuickItem* find(const char* objectName) {
        return m_view.rootObject()->findChild<QQuickItem*>(objectName);
    }

    KioskSession& session() { return m_session; }

private:
    QQuickView& m_view;
    KioskSession& m_session;
    QDir m_out;
    QString m_size;
    QString m_language;
};

void shootIdentify(Shooter& s) {
    s.welcome();
    s.shoot("welcome");
    s.session().begin();
    auto* step = s.find("nameStep");
    if (!step) return qWarning("no identification screen; skipped");
    QMetaObject::invokeMethod(step, "next");
    s.shoot("identify-missing");
    s.find("nameField")->setProperty("text", "Garcia");
    s.shoot("identify-name");
    s.find("identifyScreen")->setProperty("askingBirthDate", true);
    s.find("birthDate")->setProperty("digits", "0402");
    s.shoot("identify-birthdate");
}

void shootCheckIns(Shooter& s, Store& store, Date day) {
    const auto small = findVisitor(store, day, {PromptState::SmallBalance});
    if (small) {
        s.identify(*small);
        s.shoot("appointment");
    }
    s.balance(small, "balance-small", "will_pay_at_desk");
    s.shoot("done");
    if (small) {
        s.identify(*small);
        if (s.session().screen() == Screen::AlreadyCheckedIn)
            s.shoot("already-checked-in");
        else
            qWarning("already-checked-in: the session does not say so yet; skipped");
    }
    s.balance(findVisitor(store, day, {PromptState::BalanceDue}), "balance-due", "shown");
    s.balance(
        findVisitor(store, day, {PromptState::CreditRefundDue, PromptState::CreditApplyNextVisit}),
        "balance-credit", "apply_credit");
    s.balance(findVisitor(store, day, {PromptState::UnclaimedPropertyReview}),
              "balance-credit-at-desk", "shown");
}

void shootFailures(Shooter& s) {
    KioskSession& session = s.session();
    s.welcome();
    session.begin();
    session.identifyByName("Nobody", "01011990");
    s.shoot("not-found");
    for (int i = 0; i < 2; ++i) {
        session.tryAgain();
        session.identifyByName("Nobody", "01011990");
    }
    s.shoot("locked-out");
    while (session.screen() == Screen::LockedOut) session.tick();
    s.welcome();
    session.begin();
    while (!session.countingDown()) session.tick();
    for (int i = 0; i < 3; ++i) session.tick();
    s.shoot("countdown");
    s.welcome();
}

// Every screen at one size in one language, on a fresh demo clinic (each check-in uses up a
// booked appointment).
void shootAll(const QString& dbPath, Date day, const QString& wxh, const QString& language,
              const QDir& out) {
    for (const char* suffix : {"", "-wal", "-shm"}) QFile::remove(dbPath + suffix);
    if (auto ok = frontdesk::prepareDemoClinic(dbPath.toStdString(), day); !ok)
        qFatal("%s", ok.error().message.c_str());
    auto store = Store::open(dbPath.toStdString());
    if (!store) qFatal("%s", store.error().message.c_str());
    KioskSession session(KioskOptions{dbPath.toStdString(), Config{}, day, "screenshots"});
    QQuickView view;
    view.engine()->addImportPath(QStringLiteral("qrc:/"));
    KioskTranslator translator(session, *view.engine());
    view.setInitialProperties({{"session", QVariant::fromValue(&session)}});
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(wxh.section('x', 0, 0).toInt(), wxh.section('x', 1, 1).toInt());
    view.setSource(QUrl(QStringLiteral("qrc:/FrontDesk/Kiosk/KioskView.qml")));
    if (view.status() != QQuickView::Ready) qFatal("the kiosk's QML did not load");
    view.show();
    Shooter shooter(view, session, out, wxh, language);
    shootIdentify(shooter);
    shootCheckIns(shooter, *store, day);
    shootFailures(shooter);
}

}  // namespace

int main(int argc, char** argv) {
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db("db", "The demo clinic's database.", "path");
    const QCommandLineOption asOf("as-of", "The day of the demo clinic.", "date");
    const QCommandLineOption out("out", "Folder for the PNG files.", "dir", "screenshots");
    const QCommandLineOption size("size", "Window size WxH (repeatable).", "size");
    const QCommandLineOption language("language", "en, es or ro (repeatable).", "code");
    parser.addOptions({db, asOf, out, size, language});
    parser.process(app);
    const auto day = parseDate(parser.value(asOf).toStdString());
    if (!parser.isSet(db) || !day) qFatal("--db and --as-of YYYY-MM-DD are required");
    QDir().mkpath(parser.value(out));
    QStringList sizes = parser.values(size);
    if (sizes.isEmpty()) sizes = {"1920x1080", "1280x800", "1080x1920"};
    QStringList languages = parser.values(language);
    if (languages.isEmpty()) languages = {"en", "es", "ro"};
    for (const QString& wxh : sizes)
        for (const QString& code : languages)
            shootAll(parser.value(db), *day, wxh, code, QDir(parser.value(out)));
    return 0;
}
