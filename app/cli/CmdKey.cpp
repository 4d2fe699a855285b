// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CmdKey.h"

#include "cli/CliCommand.h"
#include "core/Logging.h"
#include "keys/KeyManager.h"
#include "keys/QtKeychainStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <csignal>
#include <cstring>
#include <string.h>
#include <termios.h>
#include <unistd.h>

namespace sajudesk::cli {

namespace {

using Service = ApiKeyStore::Service;

// --- reading the key without echo -------------------------------------------------------------

// Terminal state to restore from a signal handler; only async-signal-safe calls touch it there.
struct termios g_savedTermios;
struct termios g_noEchoTermios;
volatile sig_atomic_t g_echoOff = 0;
const int g_restoreSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};
struct sigaction g_oldActions[sizeof(g_restoreSignals) / sizeof(g_restoreSignals[0])];

void restoreTerminal()
{
    if (g_echoOff) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTermios);
        g_echoOff = 0;
    }
}

extern "C" void restoreTerminalAndRaise(int sig)
{
    restoreTerminal();
    const bool stop = sig == SIGTSTP;
    // Default action next, so Ctrl+C still ends the program and Ctrl+Z still stops it. The
    // signal is blocked inside its handler: unblock it so a stop happens right here.
    struct sigaction dfl;
    std::memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    struct sigaction ours;
    sigaction(sig, &dfl, &ours);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    raise(sig);
    if (!stop)
        return; // the pending terminating signal ends the process once we return
    sigprocmask(SIG_UNBLOCK, &set, nullptr);
    // Resumed (SIGCONT): hide the input again before the user goes on typing the key.
    sigprocmask(SIG_BLOCK, &set, nullptr);
    sigaction(sig, &ours, nullptr);
    if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_noEchoTermios) == 0)
        g_echoOff = 1;
}

class EchoOffGuard
{
public:
    EchoOffGuard()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTermios) != 0)
            return;
        struct sigaction sa;
        std::memset(&sa, 0, sizeof sa);
        sa.sa_handler = restoreTerminalAndRaise;
        sigemptyset(&sa.sa_mask);
        for (size_t i = 0; i < sizeof(g_restoreSignals) / sizeof(g_restoreSignals[0]); ++i)
            sigaction(g_restoreSignals[i], &sa, &g_oldActions[i]);
        g_noEchoTermios = g_savedTermios;
        g_noEchoTermios.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK | ECHONL);
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_noEchoTermios) == 0)
            g_echoOff = 1;
        m_active = true;
    }
    ~EchoOffGuard()
    {
        if (!m_active)
            return;
        restoreTerminal();
        for (size_t i = 0; i < sizeof(g_restoreSignals) / sizeof(g_restoreSignals[0]); ++i)
            sigaction(g_restoreSignals[i], &g_oldActions[i], nullptr);
    }
    Q_DISABLE_COPY(EchoOffGuard)

private:
    bool m_active = false;
};

/// Reads at most `limit` bytes from stdin (up to the first newline when `lineOnly`).
/// Returns false when the input is longer than the limit.
bool readStdin(QByteArray *out, qsizetype limit, bool lineOnly)
{
    char buffer[512];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        const char *end = static_cast<const char *>(std::memchr(buffer, '\n', size_t(n)));
        out->append(buffer, lineOnly && end ? end - buffer : n);
        explicit_bzero(buffer, sizeof buffer);
        if (out->size() > limit)
            return false;
        if (lineOnly && end)
            break;
    }
    return true;
}

QString readKey(Service service, QTextStream &err, bool *tooLong)
{
    QByteArray bytes;
    const bool tty = isatty(STDIN_FILENO);
    const qsizetype limit = qsizetype(maxKeyLength) * 4 + 64;
    if (tty) {
        err << QCoreApplication::translate("CmdKey", "Paste the %1 key and press Enter (input is hidden): ")
                   .arg(ApiKeyStore::displayName(service));
        err.flush();
        EchoOffGuard guard;
        *tooLong = !readStdin(&bytes, limit, true);
        err << '\n';
        err.flush();
    } else {
        *tooLong = !readStdin(&bytes, limit, false);
    }
    const QString key = QString::fromUtf8(bytes);
    bytes.fill('\0');
    return key;
}

// --- running KeyManager synchronously ----------------------------------------------------------

void waitIdle(KeyManager &keys)
{
    if (!keys.isBusy())
        return;
    QEventLoop loop;
    QObject::connect(&keys, &KeyManager::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    loop.exec();
}

bool parseService(const QString &id, Service *service, QTextStream &err)
{
    if (ApiKeyStore::serviceFromId(id, service))
        return true;
    err << QCoreApplication::translate("CmdKey", "sajudesk-cli key: unknown service; use 'runyour' or 'saju'.") << '\n';
    return false;
}

void noteEnvironment(Service service, QTextStream &out)
{
    const QString name = KeyManager::environmentVariable(service);
    if (!qEnvironmentVariable(qPrintable(name)).trimmed().isEmpty())
        out << QCoreApplication::translate("CmdKey", "Note: %1 is set and takes precedence over the keychain.")
                   .arg(name)
            << '\n';
}

int runSet(const QStringList &positional, bool force, QTextStream &out, QTextStream &err)
{
    if (positional.size() > 2) {
        // Never repeat the argument: it is most likely the key itself.
        err << QCoreApplication::translate(
            "CmdKey", "sajudesk-cli key set does not take the key as an argument: it would stay in your shell "
                      "history and be visible to other processes. Run 'sajudesk-cli key set runyour' and paste "
                      "the key at the hidden prompt, or pipe it in (for example from a password manager). "
                      "Consider removing the key from your shell history.")
            << '\n';
        return ExitUsage;
    }
    if (positional.size() < 2) {
        err << QCoreApplication::translate("CmdKey",
                                           "Usage: sajudesk-cli key set runyour|saju   (the key is read from stdin)")
            << '\n';
        return ExitUsage;
    }
    Service service;
    if (!parseService(positional.at(1), &service, err))
        return ExitUsage;

    bool tooLong = false;
    QString raw = readKey(service, err, &tooLong);
    if (tooLong) {
        raw.fill(QChar(u'\0'));
        err << QCoreApplication::translate("CmdKey", "The input is far longer than any API key; nothing was saved.")
            << '\n';
        return ExitUsage;
    }
    KeyCheck check = checkKey(service, raw);
    raw.fill(QChar(u'\0'));
    if (!check.usable()) {
        err << QCoreApplication::translate("CmdKey", "Not saved:") << ' ' << check.message << '\n';
        return ExitUsage;
    }
    if (check.level == KeyCheck::Level::Warning && !force) {
        err << QCoreApplication::translate("CmdKey", "Warning:") << ' ' << check.message << '\n'
            << QCoreApplication::translate("CmdKey",
                                           "Not saved. If this key is right, run the command again with --force.")
            << '\n';
        check.key.fill(QChar(u'\0'));
        return ExitUsage;
    }
    if (!check.message.isEmpty())
        err << QCoreApplication::translate("CmdKey", "Note:") << ' ' << check.message << '\n';

    QtKeychainStore store;
    KeyManager keys(&store);
    bool persistent = false;
    QObject::connect(&keys, &KeyManager::saveFinished, &keys,
                     [&persistent](Service, bool, bool isPersistent, const QString &) { persistent = isPersistent; });
    keys.save(service, check.key);
    waitIdle(keys);
    const QString masked = redactKey(check.key);
    check.key.fill(QChar(u'\0'));
    if (!persistent) {
        err << QCoreApplication::translate("CmdKey",
                                           "Keychain unavailable: %1. The key was NOT saved. For this shell only, "
                                           "you can provide it through %2 instead.")
                   .arg(keys.keychainMessage(), KeyManager::environmentVariable(service))
            << '\n';
        return ExitNetwork;
    }
    out << QCoreApplication::translate("CmdKey", "Saved the %1 key %2 in the system keychain.")
               .arg(ApiKeyStore::displayName(service), masked)
        << '\n';
    noteEnvironment(service, out);
    return ExitOk;
}

int runRemove(const QStringList &positional, QTextStream &out, QTextStream &err)
{
    if (positional.size() != 2) {
        err << QCoreApplication::translate("CmdKey", "Usage: sajudesk-cli key remove runyour|saju") << '\n';
        return ExitUsage;
    }
    Service service;
    if (!parseService(positional.at(1), &service, err))
        return ExitUsage;
    QtKeychainStore store;
    KeyManager keys(&store);
    bool ok = false;
    QString message;
    QObject::connect(&keys, &KeyManager::removeFinished, &keys, [&](Service, bool removed, const QString &text) {
        ok = removed;
        message = text;
    });
    keys.remove(service);
    waitIdle(keys);
    if (!ok) {
        err << QCoreApplication::translate("CmdKey", "Keychain unavailable: %1. The %2 key was NOT removed.")
                   .arg(keys.keychainMessage(), ApiKeyStore::displayName(service))
            << '\n';
        return ExitNetwork;
    }
    out << QCoreApplication::translate("CmdKey", "Removed the %1 key from the system keychain (if it was there).")
               .arg(ApiKeyStore::displayName(service))
        << '\n';
    noteEnvironment(service, out);
    return ExitOk;
}

QString sourceId(KeyManager::Source source)
{
    switch (source) {
    case KeyManager::Source::None:
        return QStringLiteral("none");
    case KeyManager::Source::Keychain:
        return QStringLiteral("keychain");
    case KeyManager::Source::SessionOnly:
        return QStringLiteral("session");
    case KeyManager::Source::Environment:
        return QStringLiteral("environment");
    }
    return QString();
}

int runStatus(const QStringList &positional, bool json, QTextStream &out, QTextStream &err)
{
    if (positional.size() != 1) {
        err << QCoreApplication::translate("CmdKey", "Usage: sajudesk-cli key status [--json]") << '\n';
        return ExitUsage;
    }
    QtKeychainStore store;
    KeyManager keys(&store);
    keys.applyEnvironment();
    keys.load();
    waitIdle(keys);

    const bool available = keys.keychainState() == KeyManager::KeychainState::Available;
    if (json) {
        QJsonObject root;
        QJsonObject keychain;
        keychain.insert(QStringLiteral("available"), available);
        if (!available)
            keychain.insert(QStringLiteral("message"), keys.keychainMessage());
        root.insert(QStringLiteral("keychain"), keychain);
        QJsonArray services;
        for (Service service : {Service::RunYour, Service::Saju}) {
            QJsonObject o;
            o.insert(QStringLiteral("service"), ApiKeyStore::serviceId(service));
            o.insert(QStringLiteral("source"), sourceId(keys.source(service)));
            o.insert(QStringLiteral("key"), keys.hasKey(service) ? QJsonValue(keys.maskedKey(service)) : QJsonValue());
            if (!keys.formatWarning(service).isEmpty())
                o.insert(QStringLiteral("warning"), keys.formatWarning(service));
            services.append(o);
        }
        root.insert(QStringLiteral("services"), services);
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    if (available)
        out << QCoreApplication::translate("CmdKey", "Keychain: available") << '\n';
    else
        out << QCoreApplication::translate("CmdKey", "Keychain: unavailable (%1)").arg(keys.keychainMessage()) << '\n';
    for (Service service : {Service::RunYour, Service::Saju}) {
        out << keys.statusText(service) << '\n';
        if (!keys.formatWarning(service).isEmpty())
            out << "  " << QCoreApplication::translate("CmdKey", "Warning:") << ' ' << keys.formatWarning(service)
                << '\n';
    }
    return ExitOk;
}

} // namespace

int runKey(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CmdKey", "Store, inspect or remove the RunYour AI and Saju API keys in the OS keychain.\n"
                  "  set runyour|saju   read the key from stdin (hidden when typed; never as an argument)\n"
                  "  status             where each key comes from, masked\n"
                  "  remove runyour|saju"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QCoreApplication::translate("CmdKey", "set, status or remove"),
                                 QStringLiteral("set|status|remove"));
    parser.addPositionalArgument(QStringLiteral("service"), QCoreApplication::translate("CmdKey", "runyour or saju"),
                                 QStringLiteral("[runyour|saju]"));
    const QCommandLineOption forceOption(
        QStringLiteral("force"),
        QCoreApplication::translate("CmdKey", "set: accept a RunYour key without the runyour-v1- prefix"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("CmdKey", "status: print JSON"));
    parser.addOption(forceOption);
    parser.addOption(jsonOption);
    // Global service options (main() moves them behind the command name) are accepted and
    // ignored: key management talks to the keychain only, never to the network.
    for (const char *name : {"runyour-url", "saju-url"}) {
        QCommandLineOption ignored(QString::fromLatin1(name), QString(), QStringLiteral("url"));
        ignored.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(ignored);
    }
    QCommandLineOption demoOption(QStringLiteral("demo"));
    demoOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(demoOption);
    // parse() rather than process(): its error text could repeat an argument, which may be a key.
    if (!parser.parse(args)) {
        err << QCoreApplication::translate("CmdKey", "sajudesk-cli key: unknown option. Run 'sajudesk-cli key --help'.")
            << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("set"))
        return runSet(positional, parser.isSet(forceOption), out, err);
    if (action == QLatin1String("status"))
        return runStatus(positional, parser.isSet(jsonOption), out, err);
    if (action == QLatin1String("remove"))
        return runRemove(positional, out, err);
    err << QCoreApplication::translate("CmdKey",
                                       "Usage: sajudesk-cli key set|status|remove … (see 'sajudesk-cli key --help')")
        << '\n';
    return ExitUsage;
}

} // namespace sajudesk::cli
