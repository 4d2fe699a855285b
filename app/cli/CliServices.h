// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "runyour/RunYourConfig.h"
#include "sajuapi/SajuApiConfig.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

namespace sajudesk {
class FakeApiServer;
class HttpClient;
} // namespace sajudesk

namespace sajudesk::cli {

/// What the service commands (models, chat, fortune) share: the --demo / --runyour-url /
/// --saju-url options, one HttpClient, the keys, and how failures and retries are shown.
///   CliServices services;
///   CliServices::addOptions(parser);
///   parser.process(args);
///   if (int rc = services.setUp(parser, CliServices::RunYour); rc != ExitOk) return rc;
///   auto *chat = new ChatRequest(services.http(), services.runYour(), params);
class CliServices
{
public:
    enum Need { RunYour = 1, Saju = 2 };

    CliServices();
    ~CliServices();
    Q_DISABLE_COPY(CliServices)

    static void addOptions(QCommandLineParser &parser);
    /// Global options that may also stand before the command name (moved behind it by main()).
    static bool isGlobalOption(const QString &arg, bool *takesValue);

    /// Starts the demo server if asked, resolves URLs and loads keys for `needs`. Returns ExitOk or
    /// an exit code after printing the reason on stderr.
    int setUp(const QCommandLineParser &parser, int needs);

    HttpClient *http() const { return m_http.get(); }
    const RunYourConfig &runYour() const { return m_runYour; }
    const SajuApiConfig &saju() const { return m_saju; }
    bool isDemo() const { return m_demo != nullptr; }

    /// stderr line for a scheduled retry: "429 rate_limited — retrying in 2 s (attempt 2/5)".
    static QString retryLine(int attempt, qint64 delayMs, const ApiError &error, int maxAttempts);
    /// Prints the message, hint and the SupportReport block; returns the exit code for `error`.
    static int reportFailure(const ApiError &error, const QUrl &baseUrl);
    static int exitCodeFor(const ApiError &error);

private:
    QString loadKey(int service, bool needed);

    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FakeApiServer> m_demo;
    RunYourConfig m_runYour;
    SajuApiConfig m_saju;
};

/// UTF-8 stdout/stderr writers that flush, for streamed output and messages.
void writeOut(const QString &text);
void writeErr(const QString &text);
/// Coalesces many small writes made in one event-loop turn into one write + flush.
void writeOutBuffered(const QString &text);
void flushOut();

} // namespace sajudesk::cli
