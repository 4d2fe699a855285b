// SPDX-License-Identifier: GPL-3.0-or-later
// sajudesk-fakeapi: FakeApiServer as a standalone process for CLI tests and benchmarks.
// Prints "port=<N>" on stdout once listening, then serves until killed.

#include "core/BuildInfo.h"
#include "demo/FakeApiServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sajudesk-fakeapi"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(sajudesk::buildinfo::versionString));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Loopback fake of the RunYour AI and Saju APIs (testing / demo)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 = any free)."),
                                     QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption demoOpt(QStringLiteral("demo"), QStringLiteral("Demo pacing (readable streaming)."));
    const QCommandLineOption delayOpt(QStringLiteral("event-delay"),
                                      QStringLiteral("Milliseconds between stream events."), QStringLiteral("ms"));
    const QCommandLineOption chunksOpt(QStringLiteral("chat-chunks"),
                                       QStringLiteral("Stream exactly N content chunks per chat answer."),
                                       QStringLiteral("n"));
    const QCommandLineOption formatOpt(QStringLiteral("saju-stream-format"),
                                       QStringLiteral("Saju stream wire format: a (named events) or b (chunks)."),
                                       QStringLiteral("a|b"), QStringLiteral("a"));
    const QCommandLineOption wrapOpt(QStringLiteral("wrap-saju"),
                                     QStringLiteral("/api/saju answers {success,data,meta} instead of a bare object."));
    const QCommandLineOption creditsOpt(QStringLiteral("credits-exhausted"),
                                        QStringLiteral("RunYour chat answers 402 insufficient credits."));
    const QCommandLineOption framingOpt(
        QStringLiteral("stream-framing"),
        QStringLiteral("Event stream framing: chunk-per-event (default), coalesced (events ready together share "
                       "one HTTP chunk) or close (no chunked encoding, the close ends the body)."),
        QStringLiteral("mode"), QStringLiteral("chunk-per-event"));
    const QCommandLineOption batchOpt(
        QStringLiteral("events-per-delay"),
        QStringLiteral("With --event-delay: events sent together before each pause (coalesced "
                       "framing: in as few HTTP chunks as fit)."),
        QStringLiteral("n"), QStringLiteral("1"));
    // For tests/e2e: a 429 with Retry-After from the Saju API, a 401 from RunYour AI.
    const QCommandLineOption rateOpt(QStringLiteral("saju-rate-limit"),
                                     QStringLiteral("Saju API requests per key and minute before a 429 (default: no "
                                                    "practical limit)."),
                                     QStringLiteral("n"));
    const QCommandLineOption runYourKeyOpt(QStringLiteral("runyour-key"),
                                           QStringLiteral("Accept only this RunYour AI key (others get a 401)."),
                                           QStringLiteral("key"));
    parser.addOptions({portOpt, demoOpt, delayOpt, batchOpt, chunksOpt, formatOpt, wrapOpt, creditsOpt, framingOpt,
                       rateOpt, runYourKeyOpt});
    parser.process(app);

    sajudesk::FakeApiConfig config =
        parser.isSet(demoOpt) ? sajudesk::FakeApiConfig::demo() : sajudesk::FakeApiConfig();
    bool ok = true;
    if (parser.isSet(delayOpt))
        config.eventDelayMs = parser.value(delayOpt).toInt(&ok);
    if (ok)
        config.eventsPerDelay = parser.value(batchOpt).toInt(&ok);
    if (ok && config.eventsPerDelay < 1)
        ok = false;
    if (ok && parser.isSet(chunksOpt))
        config.chatStreamChunks = parser.value(chunksOpt).toInt(&ok);
    const QString format = parser.value(formatOpt).toLower();
    const QString framing = parser.value(framingOpt).toLower();
    if (framing == QLatin1String("coalesced"))
        config.streamFraming = sajudesk::FakeApiConfig::StreamFraming::Coalesced;
    else if (framing == QLatin1String("close"))
        config.streamFraming = sajudesk::FakeApiConfig::StreamFraming::CloseDelimited;
    else if (framing != QLatin1String("chunk-per-event"))
        ok = false;
    if (!ok || (format != QLatin1String("a") && format != QLatin1String("b"))) {
        std::fprintf(stderr, "sajudesk-fakeapi: invalid option value\n");
        return 2;
    }
    config.sajuStreamFormat = format == QLatin1String("b") ? sajudesk::FakeApiConfig::SajuStreamFormat::Chunks
                                                           : sajudesk::FakeApiConfig::SajuStreamFormat::NamedEvents;
    config.wrapSajuResult = parser.isSet(wrapOpt);
    config.creditsExhausted = parser.isSet(creditsOpt);
    config.sajuRateLimitPerMinute = 100000; // scripts and benchmarks hammer it
    if (ok && parser.isSet(rateOpt))
        config.sajuRateLimitPerMinute = parser.value(rateOpt).toInt(&ok);
    if (parser.isSet(runYourKeyOpt))
        config.runYourKeys = {parser.value(runYourKeyOpt)};
    if (!ok || config.sajuRateLimitPerMinute < 1) {
        std::fprintf(stderr, "sajudesk-fakeapi: invalid option value\n");
        return 2;
    }

    const int port = parser.value(portOpt).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        std::fprintf(stderr, "sajudesk-fakeapi: invalid port\n");
        return 2;
    }
    sajudesk::FakeApiServer server(config);
    if (!server.start(static_cast<quint16>(port))) {
        std::fprintf(stderr, "sajudesk-fakeapi: cannot listen on 127.0.0.1:%d\n", port);
        return 1;
    }
    std::printf("port=%u\n", static_cast<unsigned>(server.port()));
    std::fflush(stdout);
    return app.exec();
}
