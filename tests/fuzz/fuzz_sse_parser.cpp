// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for SseParser. Besides "no crash", it is differential: parsing the input in
// one piece, in pieces cut at positions derived from the input, and one byte at a time must
// give identical events — the property HttpClient relies on, since readyRead() splits bytes
// arbitrarily. Any difference aborts.
#include "net/ApiErrorParser.h"
#include "net/SseParser.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using sajudesk::SseEvent;
using sajudesk::SseParser;

namespace {

struct Result
{
    QList<SseEvent> events;
    bool pending = false;
    bool overflowed = false;
    QString pendingData;
};

Result parseInPieces(QByteArrayView bytes, qsizetype cap, const QList<qsizetype> &cuts)
{
    SseParser p(cap);
    Result r;
    qsizetype pos = 0;
    for (qsizetype cut : cuts) {
        if (cut <= pos || cut >= bytes.size())
            continue;
        r.events += p.feed(bytes.sliced(pos, cut - pos));
        pos = cut;
    }
    r.events += p.feed(bytes.sliced(pos));
    r.pendingData = p.pendingEvent().data;
    r.events += p.finish();
    r.pending = p.hasPendingData();
    r.overflowed = p.overflowed();
    if (p.bufferedBytes() != 0 && !r.overflowed)
        std::abort(); // finish() must release everything
    return r;
}

bool same(const Result &a, const Result &b)
{
    return a.events == b.events && a.pending == b.pending && a.overflowed == b.overflowed
           && a.pendingData == b.pendingData;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // A small cap so the fuzzer can reach the overflow path; overflow depends only on how much
    // one event holds, so it too must be split-independent.
    const qsizetype cap = size > 0 && (data[0] & 1) ? 64 : SseParser::DefaultMaxEventBytes;

    const Result whole = parseInPieces(bytes, cap, {});

    QList<qsizetype> cuts;
    for (size_t i = 0; i < size && i < 16; ++i)
        cuts.append(qsizetype(data[i]) * qsizetype(size) / 256);
    std::sort(cuts.begin(), cuts.end());
    if (!same(whole, parseInPieces(bytes, cap, cuts)))
        std::abort();

    if (size <= 4096) {
        QList<qsizetype> every;
        for (qsizetype i = 1; i < qsizetype(size); ++i)
            every.append(i);
        if (!same(whole, parseInPieces(bytes, cap, every)))
            std::abort();
    }

    // What the client does next with each event: JSON-decode it and check for a mid-stream error.
    for (const SseEvent &ev : whole.events) {
        if (ev.isDone())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(ev.data.toUtf8());
        if (!doc.isObject())
            continue;
        for (auto service : {sajudesk::ApiError::Service::RunYour, sajudesk::ApiError::Service::Saju}) {
            if (!sajudesk::ApiErrorParser::looksLikeStreamError(service, doc.object()) && ev.event != u"error")
                continue;
            const sajudesk::ApiError e =
                sajudesk::ApiErrorParser::fromStreamPayload(service, QStringLiteral("/s"), doc.object(), 200);
            if (e.message.isEmpty() || e.code.isEmpty() || e.userHint().isEmpty())
                std::abort();
        }
    }
    return 0;
}
