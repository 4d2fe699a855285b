// SPDX-License-Identifier: GPL-3.0-or-later
// `sajudesk-cli key` end to end, run under with-keyring.sh: piped set/status/remove against the
// real keychain, the refused key-as-argument form, the hidden prompt on a terminal (pty: the key
// is not echoed; Ctrl+C still ends the program), and exit 4 when the keychain is unreachable.
#include "KeyTestSupport.h"
#include "core/Logging.h"
#include "keys/QtKeychainStore.h"

#include <QProcess>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace sajudesk::test;

namespace {

const QString cliPath = QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-cli");

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args, const QByteArray &input = {},
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliPath, args);
    CliRun r;
    if (!p.waitForStarted(30000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// Reads from the pty master until `marker` shows up, EOF, or ~20 s pass.
QByteArray readUntil(int fd, const QByteArray &marker)
{
    QByteArray all;
    for (int i = 0; i < 200 && (marker.isEmpty() || !all.contains(marker)); ++i) {
        pollfd pfd{fd, POLLIN, 0};
        if (poll(&pfd, 1, 100) <= 0)
            continue;
        char buf[512];
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0)
            break; // EIO once the child closed the slave side
        all.append(buf, n);
    }
    return all;
}

/// Polls the terminal's ECHO flag (tcgetattr on the master reads the slave's settings).
bool waitForEcho(int master, bool on)
{
    for (int i = 0; i < 200; ++i) {
        struct termios t;
        if (tcgetattr(master, &t) == 0 && ((t.c_lflag & ECHO) != 0) == on)
            return true;
        QTest::qWait(50);
    }
    return false;
}

} // namespace

class TestCliKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pipedRoundTrip();
    void keyAsArgumentRefused();
    void warningNeedsForce();
    void hiddenPromptOnTerminal();
    void ctrlCOnPromptEndsProgram();
    void ctrlZKeepsInputHidden();
    void unreachableKeychainExits4();
    void cleanupTestCase();
};

void TestCliKey::initTestCase()
{
    if (!QFileInfo::exists(cliPath))
        QSKIP("sajudesk-cli not built");
    if (qEnvironmentVariable("SAJUDESK_KEYRING_WRAPPER") != QLatin1String("keyring"))
        QSKIP("run through tests/keys/with-keyring.sh (ctest does); refusing to touch the real user keyring");
    const CliRun status = runCli({QStringLiteral("key"), QStringLiteral("status")});
    QCOMPARE(status.exitCode, 0);
    if (status.out.contains(QLatin1String("Keychain: unavailable")))
        QSKIP(qPrintable(QStringLiteral("no Secret Service answered: ") + status.out));
}

void TestCliKey::pipedRoundTrip()
{
    const QString key = randomKey(QStringLiteral("bs_test_"), 48);
    CliRun r = runCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("saju")},
                      QByteArray("  ") + key.toUtf8() + "\r\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(
                 QStringLiteral("Saved the Saju API key %1 in the system keychain.").arg(sajudesk::redactKey(key))),
             qPrintable(r.out));

    r = runCli({QStringLiteral("key"), QStringLiteral("status")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("Keychain: available")));
    QVERIFY2(r.out.contains(QStringLiteral("Saju API: %1 (system keychain)").arg(sajudesk::redactKey(key))),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("RunYour AI: no key")));
    QVERIFY(!r.out.contains(key.mid(8, 12)));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString envKey = randomKey(QStringLiteral("runyour-v1-"), 60);
    env.insert(QStringLiteral("SAJUDESK_RUNYOUR_KEY"), envKey);
    r = runCli({QStringLiteral("key"), QStringLiteral("status"), QStringLiteral("--json")}, {}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("\"source\": \"environment\"")));
    QVERIFY(r.out.contains(QLatin1String("\"source\": \"keychain\"")));
    QVERIFY(!r.out.contains(envKey.mid(11, 12)));

    r = runCli({QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("saju")});
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("key"), QStringLiteral("status")});
    QVERIFY(r.out.contains(QLatin1String("Saju API: no key")));
}

void TestCliKey::keyAsArgumentRefused()
{
    const QString key = randomKey(QStringLiteral("runyour-v1-"), 60);
    const CliRun r = runCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("runyour"), key});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("does not take the key as an argument")));
    QVERIFY(!(r.out + r.err).contains(key.mid(11, 12)));
    QVERIFY(
        runCli({QStringLiteral("key"), QStringLiteral("status")}).out.contains(QLatin1String("RunYour AI: no key")));
}

void TestCliKey::warningNeedsForce()
{
    const QByteArray odd = "sk-proj-abcdefghijklmnop0123456789\n";
    CliRun r = runCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("runyour")}, odd);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("--force")));
    r = runCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("runyour"), QStringLiteral("--force")},
               odd);
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("key"), QStringLiteral("status")});
    QVERIFY(r.out.contains(QLatin1String("Warning: RunYour AI keys start with")));
    QCOMPARE(runCli({QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("runyour")}).exitCode, 0);
    // Invalid input is refused outright, and not repeated.
    r = runCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("saju")}, "bs_live_has inner space\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.contains(QLatin1String("inner")));
}

void TestCliKey::hiddenPromptOnTerminal()
{
    const QString key = randomKey(QStringLiteral("runyour-v1-"), 72);
    int master = -1;
    const QByteArray path = cliPath.toLocal8Bit();
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    QVERIFY(pid >= 0);
    if (pid == 0) {
        execl(path.constData(), "sajudesk-cli", "key", "set", "runyour", static_cast<char *>(nullptr));
        _exit(127);
    }
    QByteArray seen = readUntil(master, "input is hidden");
    QVERIFY2(seen.contains("input is hidden"), seen.constData());
    QVERIFY(waitForEcho(master, false));
    const QByteArray line = key.toUtf8() + "\n";
    QCOMPARE(::write(master, line.constData(), size_t(line.size())), ssize_t(line.size()));
    seen += readUntil(master, QByteArray());
    int status = 0;
    QCOMPARE(waitpid(pid, &status, 0), pid);
    ::close(master);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    // Nothing of the key came back from the terminal: echo was off.
    QVERIFY2(!seen.contains(key.mid(11, 12).toUtf8()), "the typed key was echoed to the terminal");
    QVERIFY(seen.contains("Saved the RunYour AI key"));
    QCOMPARE(readNow(*std::make_unique<sajudesk::QtKeychainStore>(), sajudesk::ApiKeyStore::Service::RunYour).key, key);
    QCOMPARE(runCli({QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("runyour")}).exitCode, 0);
}

void TestCliKey::ctrlCOnPromptEndsProgram()
{
    int master = -1;
    const QByteArray path = cliPath.toLocal8Bit();
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    QVERIFY(pid >= 0);
    if (pid == 0) {
        execl(path.constData(), "sajudesk-cli", "key", "set", "saju", static_cast<char *>(nullptr));
        _exit(127);
    }
    QVERIFY(readUntil(master, "input is hidden").contains("input is hidden"));
    QVERIFY(waitForEcho(master, false));
    const char ctrlC = 0x03; // the line discipline turns it into SIGINT
    QCOMPARE(::write(master, &ctrlC, 1), ssize_t(1));
    int status = 0;
    QCOMPARE(waitpid(pid, &status, 0), pid);
    ::close(master);
    QVERIFY(WIFSIGNALED(status));
    QCOMPARE(WTERMSIG(status), SIGINT);
}

void TestCliKey::ctrlZKeepsInputHidden()
{
    // Suspending at the prompt gives the terminal back with echo on; resuming must hide the input
    // again before the user types the key. A stop only happens outside an orphaned process group,
    // so a small "shell" on the pty runs the CLI as its foreground job, reports the echo state
    // while the job is stopped, then resumes it (like `fg`).
    const QString key = randomKey(QStringLiteral("bs_test_"), 48);
    int master = -1;
    const QByteArray path = cliPath.toLocal8Bit();
    const pid_t shell = forkpty(&master, nullptr, nullptr, nullptr);
    QVERIFY(shell >= 0);
    if (shell == 0) {
        // The test process's SIGCHLD handler (QProcess) came along with fork; it must not steal
        // or interrupt our waits.
        signal(SIGCHLD, SIG_DFL);
        signal(SIGTTOU, SIG_IGN);
        const pid_t job = fork();
        if (job == 0) {
            setpgid(0, 0);
            tcsetpgrp(STDIN_FILENO, getpid());
            signal(SIGTTOU, SIG_DFL);
            execl(path.constData(), "sajudesk-cli", "key", "set", "saju", static_cast<char *>(nullptr));
            _exit(127);
        }
        setpgid(job, job);
        tcsetpgrp(STDIN_FILENO, job);
        int st = 0;
        for (;;) {
            if (waitpid(job, &st, WUNTRACED) < 0) {
                if (errno == EINTR)
                    continue;
                _exit(126);
            }
            if (!WIFSTOPPED(st))
                _exit(WIFEXITED(st) ? WEXITSTATUS(st) : 125);
            struct termios t;
            tcgetattr(STDIN_FILENO, &t);
            const char *msg = (t.c_lflag & ECHO) ? "\n[stopped echo=on]\n" : "\n[stopped echo=off]\n";
            if (::write(STDOUT_FILENO, msg, strlen(msg)) < 0)
                _exit(124);
            tcsetpgrp(STDIN_FILENO, job);
            kill(-job, SIGCONT);
        }
    }
    QVERIFY(readUntil(master, "input is hidden").contains("input is hidden"));
    QVERIFY(waitForEcho(master, false));
    const char ctrlZ = 0x1a; // the line discipline turns it into SIGTSTP for the foreground job
    QCOMPARE(::write(master, &ctrlZ, 1), ssize_t(1));
    QByteArray seen = readUntil(master, "[stopped echo=");
    QVERIFY2(seen.contains("[stopped echo=on]"), seen.toHex().constData());
    QVERIFY(waitForEcho(master, false)); // resumed: hidden again
    const QByteArray line = key.toUtf8() + "\n";
    QCOMPARE(::write(master, line.constData(), size_t(line.size())), ssize_t(line.size()));
    seen += readUntil(master, QByteArray());
    int status = 0;
    QCOMPARE(waitpid(shell, &status, 0), shell);
    ::close(master);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QVERIFY2(!seen.contains(key.mid(8, 12).toUtf8()), "the key was echoed after resuming");
    QVERIFY(seen.contains("Saved the Saju API key"));
    QCOMPARE(runCli({QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("saju")}).exitCode, 0);
}

void TestCliKey::unreachableKeychainExits4()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/sajudesk-test-bus"));
    const QString key = randomKey(QStringLiteral("bs_live_"), 40);
    CliRun r = runCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("saju")}, key.toUtf8(), env);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QLatin1String("Keychain unavailable:")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("NOT saved")));
    QVERIFY(!r.err.contains(key.mid(8, 12)));
    r = runCli({QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("saju")}, {}, env);
    QCOMPARE(r.exitCode, 4);
    r = runCli({QStringLiteral("key"), QStringLiteral("status")}, {}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("Keychain: unavailable")));
}

void TestCliKey::cleanupTestCase()
{
    runCli({QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("runyour")});
    runCli({QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("saju")});
}

QTEST_GUILESS_MAIN(TestCliKey)
#include "tst_cli_key.moc"
