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

} // namespace

int runChat(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Ask a RunYour AI model; the answer streams to stdout."));
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
    bool endsWithNewline = true;
    QEventLoop loop;
    QObject::connect(&req, &ChatRequest::keyWarning,
                     [](const QString &w) { writeErr(QCoreApplication::translate("Cli", "warning: %1\n").arg(w)); });
    QObject::connect(&req, &ChatRequest::retryScheduled, [maxAttempts](int attempt, qint64 delayMs, const ApiError &e) {
        writeErr(CliServices::retryLine(attempt, delayMs, e, maxAttempts));
    });
    QObject::connect(&req, &ChatRequest::textDelta, [&endsWithNewline](const QString &text) {
        writeOutBuffered(text);
        endsWithNewline = text.endsWith(QLatin1Char('\n'));
    });
    QObject::connect(&req, &ChatRequest::completed, [&endsWithNewline](const ChatCompletion &) {
        if (!endsWithNewline)
            writeOutBuffered(QStringLiteral("\n"));
        flushOut();
    });
    QObject::connect(&req, &ChatRequest::failed,
                     [&rc, &services, &endsWithNewline](const ApiError &e, const ChatCompletion &) {
                         if (!endsWithNewline)
                             writeOutBuffered(QStringLiteral("\n"));
                         flushOut();
                         rc = CliServices::reportFailure(e, services.runYour().baseUrl);
                     });
    QObject::connect(&req, &ChatRequest::finished, &loop, &QEventLoop::quit);
    req.start();
    loop.exec();
    flushOut();
    return rc;
}

} // namespace sajudesk::cli
