// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

// Runs the real sajudesk-cli with a private HOME, keys from the environment and fast retries,
// while the calling test's event loop keeps its FakeApiServer answering.
namespace sajudesk::testing {

inline const QString kCliRunYourKey = QStringLiteral("runyour-v1-0f0e0d0c-1111-2222-3333-444455556666-cliTestSecret");
inline const QString kCliSajuKey = QStringLiteral("bs_test_cliTestSecret0123456789");

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// `env` adds or overrides variables ("NAME=value"); "NAME=" removes one.
inline CliResult runCli(const QStringList &args, const QString &home, const QByteArray &stdinData = {},
                        bool withKeys = true, bool closeStdin = true, const QStringList &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("QT_LOGGING_RULES"));
    e.insert(QStringLiteral("HOME"), home);
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    // A fortune cached by one run must not answer another's (a new server may reuse a port).
    static int runs = 0;
    e.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache-%1").arg(++runs));
    // No session bus: the CLI must not hang on a keychain when keys come from the environment.
    e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    e.insert(QStringLiteral("SAJUDESK_RETRY_BASE_MS"), QStringLiteral("5"));
    if (withKeys) {
        e.insert(QStringLiteral("SAJUDESK_RUNYOUR_KEY"), kCliRunYourKey);
        e.insert(QStringLiteral("SAJUDESK_SAJU_KEY"), kCliSajuKey);
    } else {
        e.remove(QStringLiteral("SAJUDESK_RUNYOUR_KEY"));
        e.remove(QStringLiteral("SAJUDESK_SAJU_KEY"));
    }
    for (const QString &kv : env) {
        const QString name = kv.section(QLatin1Char('='), 0, 0);
        const QString value = kv.section(QLatin1Char('='), 1);
        if (value.isEmpty())
            e.remove(name);
        else
            e.insert(name, value);
    }
    p.setProcessEnvironment(e);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-cli"), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    if (closeStdin)
        p.closeWriteChannel();
    // The fake server lives in the test process: keep its event loop running while the CLI works.
    if (!finished.wait(60000)) {
        p.kill();
        p.waitForFinished();
    }
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    // Whatever happened, no key may reach the terminal.
    for (const QString &key : {kCliRunYourKey, kCliSajuKey}) {
        const QString secret = key.right(14);
        if (r.out.contains(secret) || r.err.contains(secret)) {
            qWarning("key leaked in output of %s", qPrintable(args.join(QLatin1Char(' '))));
            r.exitCode = -99;
        }
    }
    return r;
}

} // namespace sajudesk::testing
