// SPDX-License-Identifier: GPL-3.0-or-later
// Both binaries keep stderr free of per-request log lines unless asked: --verbose or QT_LOGGING_RULES.
// Runs the real sajudesk-cli and sajudesk (offscreen) in --demo mode, which makes real requests to the
// built-in loopback server.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// HttpClient's request lines: "sajudesk.net: <- GET http://127.0.0.1:…/v1/models status 200 in 3 ms".
const QRegularExpression requestLine(QStringLiteral("sajudesk\\.net: (->|<-) (GET|POST)"));

} // namespace

class TstRequestLogging : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void requestLines_data();
    void requestLines();

private:
    QString run(const QString &program, const QStringList &args, const QString &loggingRules, int *exitCode);

    QTemporaryDir m_home;
};

void TstRequestLogging::initTestCase()
{
    QVERIFY(m_home.isValid());
}

QString TstRequestLogging::run(const QString &program, const QStringList &args, const QString &loggingRules,
                               int *exitCode)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.remove(QStringLiteral("QT_LOGGING_CONF"));
    if (!loggingRules.isEmpty())
        env.insert(QStringLiteral("QT_LOGGING_RULES"), loggingRules);
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SAJUDESK_BIN_DIR "/") + program, args);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardError());
}

void TstRequestLogging::requestLines_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<bool>("expectLines");
    const QStringList cli{QStringLiteral("--demo"), QStringLiteral("models")};
    const QStringList verboseCli{QStringLiteral("--verbose"), QStringLiteral("--demo"), QStringLiteral("models")};
    // The GUI fetches the model list at start; --screenshot quits it after the delay.
    const QString shot = m_home.filePath(QStringLiteral("shot.png"));
    const QStringList gui{QStringLiteral("--demo"), QStringLiteral("--screenshot"), shot,
                          QStringLiteral("--screenshot-delay"), QStringLiteral("2500")};
    const QStringList none;
    QTest::newRow("cli default: quiet") << QStringLiteral("sajudesk-cli") << cli << QString() << false;
    QTest::newRow("cli --verbose") << QStringLiteral("sajudesk-cli") << verboseCli << QString() << true;
    QTest::newRow("cli QT_LOGGING_RULES")
        << QStringLiteral("sajudesk-cli") << cli << QStringLiteral("sajudesk.net.debug=true") << true;
    QTest::newRow("gui default: quiet") << QStringLiteral("sajudesk") << gui << QString() << false;
    QTest::newRow("gui --verbose") << QStringLiteral("sajudesk") << (gui + QStringList{QStringLiteral("--verbose")})
                                   << QString() << true;
    QTest::newRow("gui QT_LOGGING_RULES")
        << QStringLiteral("sajudesk") << gui << QStringLiteral("sajudesk.net.info=true") << true;
}

void TstRequestLogging::requestLines()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    QFETCH(QString, rules);
    QFETCH(bool, expectLines);
    int exitCode = -1;
    const QString err = run(program, args, rules, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(requestLine.match(err).hasMatch(), expectLines);
    if (!expectLines)
        QVERIFY2(!err.contains(QLatin1String("sajudesk.net")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TstRequestLogging)
#include "tst_request_logging.moc"
