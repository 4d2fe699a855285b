// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sajudesk {

/// How FakeApiServer behaves when no script overrides it. Tests use the defaults (no pacing);
/// the --demo mode of the GUI and CLI uses demo() so answers stream at a readable pace.
struct FakeApiConfig
{
    enum class SajuStreamFormat {
        NamedEvents, ///< format A: event character / tendency / fortune / complete
        Chunks,      ///< format B: {"chunk":…} … {"done":true,"fortune":{character,tendency,fortune},"meta":…}
        ChunksFlat,  ///< format B with the sections beside `done`: {"done":true,"character":…,"fortune":…}
    };

    /// How an event stream is framed on the wire.
    enum class StreamFraming {
        ChunkPerEvent, ///< every SSE event is its own HTTP chunk (worst case for a client)
        /// Events ready at the same moment share one HTTP chunk (up to 16 KiB), as a buffered
        /// real server does when the producer is faster than the socket.
        Coalesced,
        /// No chunked encoding: raw events, end of body = connection close (HTTP/1.0 style).
        CloseDelimited,
    };

    int eventDelayMs = 0; ///< pause between SSE events
    /// With eventDelayMs: events sent together before each pause, so that benchmarks can pace a
    /// 20,000-chunk stream over seconds (a real model's bursts) instead of minutes.
    int eventsPerDelay = 1;
    StreamFraming streamFraming = StreamFraming::ChunkPerEvent;
    SajuStreamFormat sajuStreamFormat = SajuStreamFormat::NamedEvents;
    bool wrapSajuResult = false; ///< /api/saju answers {success,data,meta} instead of the bare object
    QStringList runYourModels;   ///< ids served by GET /v1/models (provider/model)
    QStringList runYourKeys;     ///< accepted keys; empty = any key starting with runyour-v1-
    /// Accepted Saju keys → permissions; empty = any bs_live_/bs_test_ key with every permission.
    QHash<QString, QStringList> sajuKeys;
    int chatStreamChunks = 0;      ///< > 0: stream exactly this many content chunks (benchmarks)
    bool creditsExhausted = false; ///< RunYour chat answers 402 "insufficient credits"
    /// RunYour chat answers 400 to a body with stream_options, as some OpenAI-compatible servers do.
    bool rejectStreamOptions = false;
    int sajuRateLimitPerMinute = 60;
    qint64 maxRequestBodyBytes = 4 * 1024 * 1024;

    FakeApiConfig();
    /// Pleasant defaults for --demo: ~60 ms between stream events.
    static FakeApiConfig demo();
};

/// Mutable bookkeeping the handlers share (ids, rate-limit windows, the "cache").
struct FakeApiCounters
{
    int chat = 0;
    int saju = 0;
    QHash<QString, QPair<qint64, int>> rateWindows; ///< key → (minute, requests in it)
    QSet<QByteArray> seenFortuneRequests;
};

} // namespace sajudesk
