// SPDX-License-Identifier: GPL-3.0-or-later
// One GUI instance per data folder: a second launch hands its arguments to the first and exits 0;
// a lock left by a process killed with SIGKILL does not block the next start. Runs the real
// `sajudesk` binary (offscreen) with a private HOME, plus the class itself in-process.
#include "core/SingleInstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace sajudesk;
using Role = SingleInstance::Role;

namespace {

QString appBinary()
{
    return QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk");
}

QProcessEnvironment appEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sajudesk.ui.debug=true"));
    return env;
}

QString dataFolder(const QString &home)
{
    return home + QStringLiteral("/.local/share/SajuDesk/SajuDesk");
}

/// Starts `sajudesk` and waits until it says it is the primary instance.
bool startPrimary(QProcess &process, const QString &home, const QStringList &arguments, QByteArray *log)
{
    process.setProcessEnvironment(appEnvironment(home));
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(appBinary(), arguments);
    if (!process.waitForStarted(10000))
        return false;
    return QTest::qWaitFor(
               [&] {
                   *log += process.readAllStandardError();
                   return log->contains("single instance: primary") || process.state() == QProcess::NotRunning;
               },
               20000)
           && process.state() == QProcess::Running;
}

int runSecond(const QString &home, const QStringList &arguments)
{
    QProcess second;
    second.setProcessEnvironment(appEnvironment(home));
    second.start(appBinary(), arguments);
    if (!second.waitForFinished(20000)) {
        second.kill();
        second.waitForFinished();
        return -1;
    }
    return second.exitStatus() == QProcess::NormalExit ? second.exitCode() : -2;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void serverNameDependsOnTheDataFolder();
    void secondHandsItsArgumentsToTheFirst();
    void staleLockOfADeadProcessIsTakenOver();
    void lockNamingAReusedPidIsTakenOver();
    void liveInstanceIsNeverTakenOver();
    void realAppSecondLaunchExitsZeroAndFirstGetsArguments();
    void realAppKilledWithSigkillDoesNotBlockTheNextStart();
};

void TestSingleInstance::serverNameDependsOnTheDataFolder()
{
    QTemporaryDir a, b;
    QVERIFY(SingleInstance::serverNameFor(a.path()) != SingleInstance::serverNameFor(b.path()));
    QCOMPARE(SingleInstance::serverNameFor(a.path()), SingleInstance::serverNameFor(a.path() + QStringLiteral("/")));
    QVERIFY(SingleInstance::serverNameFor(a.path()).startsWith(QStringLiteral("sajudesk-")));
}

void TestSingleInstance::secondHandsItsArgumentsToTheFirst()
{
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    QCOMPARE(first.start({}), Role::Primary);
    QVERIFY(QFile::exists(first.lockFilePath()));
    QStringList received;
    connect(&first, &SingleInstance::activated, this, [&received](const QStringList &args) { received = args; });

    // The second runs in another thread: its hand-over blocks until the first's event loop answers.
    const QStringList arguments{QStringLiteral("--language"), QStringLiteral("ko"), QStringLiteral("사주 데스크")};
    std::atomic<int> role{-1};
    QThread *second = QThread::create([&] {
        SingleInstance other(dir.path());
        role = static_cast<int>(other.start(arguments, 5000));
    });
    second->start();
    QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), 10000);
    delete second;
    QCOMPARE(static_cast<Role>(role.load()), Role::Secondary);
    QTRY_COMPARE(received, arguments);
}

void TestSingleInstance::staleLockOfADeadProcessIsTakenOver()
{
    QTemporaryDir dir;
    // A process that has ended: its pid is in the lock file, as after kill -9.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForFinished());
    const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
    QFile lock(QDir(dir.path()).filePath(QStringLiteral("sajudesk.lock")));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\nsajudesk\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();

    SingleInstance next(dir.path());
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(next.start({}, 5000), Role::Primary);
    QVERIFY(timer.elapsed() < 4000); // taken over, not waited out
    qint64 pid = 0;
    QString host, app;
    QLockFile check(next.lockFilePath());
    QVERIFY(check.getLockInfo(&pid, &host, &app));
    QCOMPARE(pid, QCoreApplication::applicationPid());
}

void TestSingleInstance::lockNamingAReusedPidIsTakenOver()
{
    QTemporaryDir dir;
    // The pid in the file runs (it is this test) under the name in the file, yet holds no lock:
    // what a killed instance leaves when its pid is reused.
    QFile lock(QDir(dir.path()).filePath(QStringLiteral("sajudesk.lock")));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n'
               + QCoreApplication::applicationName().toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8() + '\n');
    lock.close();
    SingleInstance next(dir.path());
    QCOMPARE(next.start({}, 300), Role::Primary);
}

void TestSingleInstance::liveInstanceIsNeverTakenOver()
{
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    QCOMPARE(first.start({}), Role::Primary);
    // The first does not answer (its event loop is busy, here: the second runs in this thread).
    SingleInstance second(dir.path());
    QCOMPARE(second.start({}, 300), Role::Unresponsive);
    QVERIFY(!second.errorString().isEmpty());
    QVERIFY(QFile::exists(first.lockFilePath()));
}

void TestSingleInstance::realAppSecondLaunchExitsZeroAndFirstGetsArguments()
{
    QTemporaryDir home;
    QProcess first;
    QByteArray log;
    QVERIFY2(startPrimary(first, home.path(), {QStringLiteral("--language"), QStringLiteral("en")}, &log),
             log.constData());
    QCOMPARE(runSecond(home.path(), {QStringLiteral("--language"), QStringLiteral("ko")}), 0);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     log += first.readAllStandardError();
                     return log.contains("handed over its arguments") && log.contains("\"ko\"");
                 },
                 10000),
             log.constData());
    QCOMPARE(first.state(), QProcess::Running); // the first goes on
    first.terminate();
    if (!first.waitForFinished(10000))
        first.kill();
}

void TestSingleInstance::realAppKilledWithSigkillDoesNotBlockTheNextStart()
{
    QTemporaryDir home;
    QProcess first;
    QByteArray log;
    QVERIFY2(startPrimary(first, home.path(), {}, &log), log.constData());
    first.kill(); // SIGKILL: no clean-up, lock file and socket stay behind
    QVERIFY(first.waitForFinished(10000));
    QVERIFY(QFile::exists(dataFolder(home.path()) + QStringLiteral("/sajudesk.lock")));

    QProcess next;
    QByteArray nextLog;
    QVERIFY2(startPrimary(next, home.path(), {}, &nextLog), nextLog.constData());
    // …and it serves later launches in turn.
    QCOMPARE(runSecond(home.path(), {}), 0);
    QTRY_VERIFY_WITH_TIMEOUT((nextLog += next.readAllStandardError()).contains("handed over its arguments"), 10000);
    next.terminate();
    if (!next.waitForFinished(10000))
        next.kill();
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
