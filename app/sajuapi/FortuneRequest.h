// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "net/RemoteRequest.h"
#include "sajuapi/FortuneCache.h"
#include "sajuapi/FortuneStreamAssembler.h"
#include "sajuapi/SajuApiConfig.h"
#include "sajuapi/SajuApiJson.h"
#include "sajuapi/StreamFallback.h"

#include <QObject>
#include <QPointer>

namespace sajudesk {

class ApiCall;
class HttpClient;

/// One daily fortune: POST /api/daily-fortune-stream (default) or /api/daily-fortune, or the
/// answer already in a FortuneCache. Sections arrive through sectionReceived as soon as the
/// server sends them (JSON endpoint and cache: all at once), then exactly one of completed /
/// failed, then finished — nothing at all after cancel(). The same FortuneResult comes out of
/// every wire format.
///
///   auto *req = new FortuneRequest(&http, cfg, params, this);
///   req->setRateLimitTracker(&rateLimits);
///   req->setCache(&cache, FortuneComputation::fromPillars(pillars));  // optional
///   req->setRefresh(userPressedRefresh);                               // ask even if cached
///   connect(req, &FortuneRequest::sectionReceived, pane, &FortunePane::showSection);
///   connect(req, &FortuneRequest::narrativeReceived, pane, &FortunePane::appendNarrative);
///   connect(req, &FortuneRequest::streamFallback, pane, [](const StreamFallback &n) { note(n.message()); });
///   connect(req, &FortuneRequest::completed, pane, [req](const FortuneResult &r) {
///       if (req->isFromCache()) markCached(req->fetchedAt()); });
///   connect(req, &FortuneRequest::failed, panel, &ErrorPanel::showError);
///   connect(req, &FortuneRequest::finished, req, &QObject::deleteLater);
///   req->start();
///
/// The stream endpoint's failure leads to one request on the JSON endpoint only when
/// StreamFallback::decide() allows it (a 403 about the key's permission, no stream support, an
/// unreadable stream — never credits, limits, 401 or 402); streamFallback says so first.
class FortuneRequest : public RemoteRequest
{
    Q_OBJECT
public:
    static constexpr const char *jsonEndpoint = "/api/daily-fortune";
    static constexpr const char *streamEndpoint = "/api/daily-fortune-stream";

    FortuneRequest(HttpClient *client, const SajuApiConfig &config, const FortuneParams &params,
                   QObject *parent = nullptr);
    ~FortuneRequest() override;
    Q_DISABLE_COPY(FortuneRequest)

    void setStreaming(bool streaming) { m_streaming = streaming; }
    bool isStreaming() const { return m_streaming; }
    void setRateLimitTracker(RateLimitTracker *tracker) { m_tracker = tracker; }
    /// Serve a cached answer to the same request instead of asking, and save every complete
    /// answer (with `computation`) into `cache`. The cache must outlive the request.
    void setCache(FortuneCache *cache, const FortuneComputation &computation = {});
    /// Ask the service even when the cache has an answer; the new one replaces it.
    void setRefresh(bool refresh) { m_refresh = refresh; }

    /// As sent: the date is set once start() ran.
    const FortuneParams &params() const { return m_params; }
    /// The fortune so far (complete after completed()).
    const FortuneResult &result() const { return m_result; }
    const ApiError &error() const { return m_error; }
    const RateLimitInfo &rateLimit() const { return m_rateLimit; }
    /// The answer came from the cache; nothing was sent.
    bool isFromCache() const { return m_fromCache; }
    /// When the answer was fetched from the service (UTC; earlier for a cached one); invalid
    /// before completed().
    QDateTime fetchedAt() const { return m_fetchedAt; }
    /// The cache entry served or saved (invalid without a cache or before completed()).
    const FortuneCacheEntry &cacheEntry() const { return m_entry; }
    /// Why the JSON endpoint was asked after the stream endpoint (reason None when it was not).
    const StreamFallback &fallback() const { return m_fallback; }
    bool usedStreamFallback() const { return m_fallback.isSet(); }
    bool isRunning() const;

public slots:
    void start();

signals:
    void started(int attempt);
    /// "character", "tendency" or "fortune" with that section's object (all server fields kept).
    void sectionReceived(const QString &section, const QJsonObject &data);
    /// A text piece of stream format B ({"chunk": …}); a cached answer's whole text at once.
    void narrativeReceived(const QString &text);
    void rateLimitUpdated(const sajudesk::RateLimitInfo &info);
    /// The stream endpoint cannot serve this fortune; the JSON endpoint is asked once instead.
    void streamFallback(const sajudesk::StreamFallback &note);
    void completed(const sajudesk::FortuneResult &result);
    void failed(const sajudesk::ApiError &error, const sajudesk::FortuneResult &partial);

private:
    void send(bool streaming);
    bool fallBack(ApiCall *call, const ApiError &error);
    void onEvent(const QString &name, const QString &data);
    void onHeaders(const HttpResponseInfo &info);
    void serveFromCache();
    void succeed(const FortuneResult &result);
    void fail(const ApiError &error);

    HttpClient *m_client;
    SajuApiConfig m_config;
    FortuneParams m_params;
    QPointer<RateLimitTracker> m_tracker;
    FortuneCache *m_cache = nullptr;
    FortuneComputation m_computation;
    FortuneCacheEntry m_entry;
    FortuneStreamAssembler m_assembler;
    FortuneResult m_result;
    RateLimitInfo m_rateLimit;
    ApiError m_error;
    StreamFallback m_fallback;
    QDateTime m_fetchedAt;
    bool m_streaming = true;
    bool m_refresh = false;
    bool m_fromCache = false;
    bool m_started = false;
    bool m_done = false;
};

/// POST /api/saju: the server's four pillars, as a cross-check of the local engine. The result
/// is normalised to the fortune input shape (`cn` → `hanja`).
class SajuCalcRequest : public RemoteRequest
{
    Q_OBJECT
public:
    static constexpr const char *endpointPath = "/api/saju";

    SajuCalcRequest(HttpClient *client, const SajuApiConfig &config, const SajuCalcParams &params,
                    QObject *parent = nullptr);
    ~SajuCalcRequest() override;
    Q_DISABLE_COPY(SajuCalcRequest)

    void setRateLimitTracker(RateLimitTracker *tracker) { m_tracker = tracker; }
    const QJsonObject &saju() const { return m_saju; }
    const ApiError &error() const { return m_error; }
    const RateLimitInfo &rateLimit() const { return m_rateLimit; }

public slots:
    void start();

signals:
    void rateLimitUpdated(const sajudesk::RateLimitInfo &info);
    void calculated(const QJsonObject &saju);
    void failed(const sajudesk::ApiError &error);

private:
    void fail(const ApiError &error);

    HttpClient *m_client;
    SajuApiConfig m_config;
    SajuCalcParams m_params;
    QPointer<RateLimitTracker> m_tracker;
    QJsonObject m_saju;
    RateLimitInfo m_rateLimit;
    ApiError m_error;
    bool m_started = false;
};

} // namespace sajudesk
