// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CmdChat.h"

#include "cli/CliCommand.h"
#include "cli/CliServices.h"
#include "runyour/ChatRequest.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSettings>

#include <cstdio>
#include <unistd.h>

namespace sajudesk::cli {

namespace {

/// Reads stdin to the end; nullopt-like empty + ok=false when it is not UTF-8 text.
QString readStdin(bool *ok)
{
    QFile in;
    *ok = in.open(stdin, QIODevice::ReadOnly);
    if (!*ok)
        return {};
    const QByteArray bytes = in.readAll();
    QString text = QString::fromUtf8(bytes);
    // A replacement character that was not in the input means the bytes were not UTF-8.
    if (text.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD")) {
        *ok = false;
        return {};
    }
    return text;
}

QString usageLine(const ChatUsage &u)
{
    auto n = [](int v) { return v >= 0 ? QString::number(v) : QStringLiteral("?"); };
    return QCoreApplication::translate("Cli", "usage: %1 prompt + %2 completion = %3 tokens")
        .arg(n(u.promptTokens), n(u.completionTokens), n(u.totalTokens));
}

/// Everything that is not the answer goes to stderr: the model's reasoning, "waiting for the
/// model", retries, usage and why the answer stopped. On a terminal the waiting line updates in
/// place and is wiped before anything else is written; in a log it appears at 1 s and every 10 s.
class StderrNotes
{
public:
    bool stdoutEndsWithNewline = true;

    void waiting(int seconds)
    {
        if (m_tty) {
            writeErr(QStringLiteral("\r\033[K") + waitingText(seconds));
            m_transient = true;
        } else if (seconds == 1 || seconds % 10 == 0) {
            writeErr(waitingText(seconds) + QLatin1Char('\n'));
        }
    }
    void reasoning(const QString &text)
    {
        clearWaiting();
        if (!m_reasoningOpen) {
            writeErr(QCoreApplication::translate("Cli", "[reasoning]") + QLatin1Char('\n'));
            m_reasoningOpen = true;
        }
        writeErr(text);
        m_reasoningEndsWithNewline = text.endsWith(QLatin1Char('\n'));
    }
    void line(const QString &text)
    {
        endTransient();
        writeErr(text + QLatin1Char('\n'));
    }
    /// Clears the waiting line and closes the reasoning block before other output.
    void endTransient()
    {
        clearWaiting();
        if (m_reasoningOpen) {
            writeErr((m_reasoningEndsWithNewline ? QString() : QStringLiteral("\n"))
                     + QCoreApplication::translate("Cli", "[end of reasoning]") + QLatin1Char('\n'));
            m_reasoningOpen = false;
        }
    }
    void finishStdout()
    {
        endTransient();
        if (!stdoutEndsWithNewline)
            writeOutBuffered(QStringLiteral("\n"));
        stdoutEndsWithNewline = true;
        flushOut();
    }

private:
    void clearWaiting()
    {
        if (m_transient) {
            writeErr(QStringLiteral("\r\033[K"));
            m_transient = false;
        }
    }
    static QString waitingText(int seconds)
    {
        return QCoreApplication::translate("Cli", "waiting for the model (%n s)…", nullptr, seconds);
    }

    bool m_tty = isatty(STDERR_FILENO);
    bool m_transient = false;
    bool m_reasoningOpen = false;
    bool m_reasoningEndsWithNewline = true;
};

} // namespace

int runChat(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Ask a RunYour AI model; the answer (or the model's refusal) streams to stdout. Reasoning, waiting, "
               "retries, usage and why the answer stopped go to stderr. Exit 0 also for a refusal or a token-limit "
               "stop; 3 when the service reports an error, also inside the stream."));
    parser.addHelpOption();
    parser.addOption(
        {{QStringLiteral("m"), QStringLiteral("model")},
         QCoreApplication::translate("Cli", "Model id as provider/model (default openai/gpt-5.2; see `models`)."),
         QStringLiteral("id")});
    parser.addOption({{QStringLiteral("s"), QStringLiteral("system")},
                      QCoreApplication::translate("Cli", "System message."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("no-stream"),
                      QCoreApplication::translate("Cli", "Wait for the whole answer instead of streaming.")});
    parser.addOption({QStringLiteral("temperature"),
                      QCoreApplication::translate("Cli", "Sampling temperature, 0 to 2."), QStringLiteral("t")});
    parser.addOption({QStringLiteral("max-tokens"), QCoreApplication::translate("Cli", "Upper limit of answer tokens."),
                      QStringLiteral("n")});
    parser.addPositionalArgument(QStringLiteral("prompt"),
                                 QCoreApplication::translate("Cli", "The question; \"-\" or absent reads stdin."));
    CliServices::addOptions(parser);
    if (!parser.parse(args)) {
        writeErr(QStringLiteral("sajudesk-cli chat: ") + parser.errorText() + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return ExitOk;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        writeErr(QCoreApplication::translate("Cli", "sajudesk-cli chat: give the prompt as one quoted argument.\n"));
        return ExitUsage;
    }
    QString prompt;
    if (positional.isEmpty() || positional.first() == QLatin1String("-")) {
        if (positional.isEmpty() && isatty(STDIN_FILENO)) {
            writeErr(QCoreApplication::translate(
                "Cli", "sajudesk-cli chat: no prompt given (pass it as an argument or pipe it in).\n"));
            return ExitUsage;
        }
        bool ok = false;
        prompt = readStdin(&ok);
        if (!ok) {
            writeErr(QCoreApplication::translate("Cli", "sajudesk-cli chat: stdin is not UTF-8 text.\n"));
            return ExitUsage;
        }
    } else {
        prompt = positional.first();
    }

    ChatParams params;
    params.model = parser.value(QStringLiteral("model"));
    if (params.model.isEmpty())
        params.model = QSettings().value(QStringLiteral("chat/model"), QStringLiteral("openai/gpt-5.2")).toString();
    if (parser.isSet(QStringLiteral("system")))
        params.messages.append({ChatTurn::Role::System, parser.value(QStringLiteral("system"))});
    params.messages.append({ChatTurn::Role::User, prompt});
    if (parser.isSet(QStringLiteral("temperature"))) {
        bool ok = false;
        const double t = parser.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok) {
            writeErr(
                QCoreApplication::translate("Cli", "sajudesk-cli chat: --temperature needs a number, e.g. 0.7.\n"));
            return ExitUsage;
        }
        params.temperature = t;
    }
    if (parser.isSet(QStringLiteral("max-tokens"))) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("max-tokens")).toInt(&ok);
        if (!ok) {
            writeErr(QCoreApplication::translate("Cli",
                                                 "sajudesk-cli chat: --max-tokens needs a whole number, e.g. 400.\n"));
            return ExitUsage;
        }
        params.maxTokens = n;
    }

    CliServices services;
    if (const int rc = services.setUp(parser, CliServices::RunYour); rc != ExitOk)
        return rc;

    ChatRequest req(services.http(), services.runYour(), params);
    req.setStreaming(!parser.isSet(QStringLiteral("no-stream")));
    req.setKeepText(false); // piped straight out: memory stays flat however long the answer
    const int maxAttempts = services.runYour().retryPolicy.maxAttempts;
    int rc = ExitOk;
    StderrNotes notes;
    QEventLoop loop;
    QObject::connect(&req, &ChatRequest::keyWarning, [&notes](const QString &w) {
        notes.line(QCoreApplication::translate("Cli", "warning: %1\n").arg(w).trimmed());
    });
    QObject::connect(&req, &ChatRequest::retryScheduled,
                     [&notes, maxAttempts](int attempt, qint64 delayMs, const ApiError &e) {
                         notes.line(CliServices::retryLine(attempt, delayMs, e, maxAttempts).trimmed());
                     });
    QObject::connect(&req, &ChatRequest::waitingForModel, [&notes](int seconds) { notes.waiting(seconds); });
    QObject::connect(&req, &ChatRequest::reasoningDelta, [&notes](const QString &text) { notes.reasoning(text); });
    // stdout carries the answer alone (or the refusal that stands in for it), so it can be piped.
    auto toStdout = [&notes](const QString &text) {
        notes.endTransient();
        writeOutBuffered(text);
        notes.stdoutEndsWithNewline = text.endsWith(QLatin1Char('\n'));
    };
    QObject::connect(&req, &ChatRequest::textDelta, toStdout);
    QObject::connect(&req, &ChatRequest::refusalDelta, toStdout);
    QObject::connect(&req, &ChatRequest::completed, [&notes](const ChatCompletion &c) {
        notes.finishStdout();
        if (c.usage.isValid())
            notes.line(usageLine(c.usage));
        // A length or filter stop is a complete answer that ended early: say so, exit 0.
        if (c.finishReason == QLatin1String("length"))
            notes.line(QCoreApplication::translate("Cli", "stopped: token limit (the answer is cut short; raise "
                                                          "--max-tokens for more)"));
        else if (c.finishReason == QLatin1String("content_filter"))
            notes.line(QCoreApplication::translate("Cli", "stopped: the provider's content filter ended the answer"));
    });
    QObject::connect(&req, &ChatRequest::failed,
                     [&rc, &services, &notes](const ApiError &e, const ChatCompletion &partial) {
                         notes.finishStdout();
                         if (partial.usage.isValid())
                             notes.line(usageLine(partial.usage));
                         rc = CliServices::reportFailure(e, services.runYour().baseUrl);
                     });
    QObject::connect(&req, &ChatRequest::finished, &loop, &QEventLoop::quit);
    req.start();
    loop.exec();
    flushOut();
    return rc;
}

} // namespace sajudesk::cli
