#pragma once

// The setup of a Qt Quick Test program on the demo clinic: the QML of each test file reaches
// a fixture object of the program's own, made for that file's engine on a fresh copy of the
// demo clinic of demoDay().

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <functional>

#include "frontdesk/domain/date.h"

class QQmlEngine;

namespace frontdesk::test {

struct QuickTestOptions {
    // The program's name, in its messages ("kiosk_quick_test").
    QString programName;
    // The context property through which the QML reaches the fixture ("kiosk").
    QString fixtureName;
    // Makes the fixture of one test file's engine (its parent, which deletes it): `db` is a
    // copy of the demo clinic of `day` for that file alone.
    std::function<QObject*(const QString& db, Date day, QQmlEngine& engine)> makeFixture;
};

// The object Qt Quick Test calls as each stage is reached (quick_test_main_with_setup).
// Failures to make a clinic end the run (qFatal): nothing could be tested without it.
class QuickTestSetup : public QObject {
    Q_OBJECT

public:
    explicit QuickTestSetup(QuickTestOptions options);

public slots:
    void applicationAvailable();
    // Called for each tst_*.qml file with its own engine.
    void qmlEngineAvailable(QQmlEngine* engine);

private:
    QuickTestOptions m_options;
    QTemporaryDir m_dir;
    int m_clinics = 0;
};

// A Qt Quick Test program's main(): runs the test files given with -input (else those in
// `sourceDir`) with a QuickTestSetup of `options`, and returns the exit code.
int runQuickTests(int argc, char** argv, const char* sourceDir, QuickTestOptions options);

}  // namespace frontdesk::test
