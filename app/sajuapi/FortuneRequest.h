// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "net/RemoteRequest.h"
#include "sajuapi/SajuApiConfig.h"
#include "sajuapi/SajuApiJson.h"

#include <QObject>
#include <QPointer>

namespace sajudesk {

class ApiCall;
class HttpClient;

/// One daily fortune: POST /api/daily-fortune-stream (default) or /api/daily-fortune. Sections
/// arrive through sectionReceived as soon as the server sends them (JSON endpoint: all at once),
/// then exactly one of completed / failed, then finished — nothing at all after cancel().
///
///   auto *req = new FortuneRequest(&http, cfg, params, this);
///   req->setRateLimitTracker(&rateLimits);
///   connect(req, &FortuneRequest::sectionReceived, pane, &FortunePane::showSection);
///   connect(req, &FortuneRequest::narrativeReceived, pane, &FortunePane::appendNarrative);
///   connect(req, &FortuneRequest::failed, panel, &ErrorPanel::showError);
///   connect(req, &FortuneRequest::finished, req, &QObject::deleteLater);
///   req->start();
///
/// A 403 on the stream endpoint (key without `stream:read`) switches once to the JSON endpoint
/// (streamFallback is emitted); any other failure is final after the retry policy.
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

    const FortuneParams &params() const { return m_params; }
    /// The fortune so far (complete after completed()).
    const FortuneResult &result() const { return m_result; }
    const ApiError &error() const { return m_error; }
    const RateLimitInfo &rateLimit() const { return m_rateLimit; }
    bool usedStreamFallback() const { return m_fellBack; }
    bool isRunning() const;

public slots:
    void start();

signals:
    void started(int attempt);
    /// "character", "tendency" or "fortune" with that section's object (all server fields kept).
    void sectionReceived(const QString &section, const QJsonObject &data);
    /// A text piece of stream format B ({"chunk": …}).
    void narrativeReceived(const QString &text);
    void rateLimitUpdated(const sajudesk::RateLimitInfo &info);
    /// The stream endpoint refused the key (403); the JSON endpoint is tried instead.
    void streamFallback(const sajudesk::ApiError &reason);
    void completed(const sajudesk::FortuneResult &result);
    void failed(const sajudesk::ApiError &error, const sajudesk::FortuneResult &partial);

private:
    void send(bool streaming);
    void onEvent(const QString &name, const QString &data);
    void onHeaders(const HttpResponseInfo &info);
    void fail(const ApiError &error);

    HttpClient *m_client;
    SajuApiConfig m_config;
    FortuneParams m_params;
    QPointer<RateLimitTracker> m_tracker;
    FortuneStreamAssembler m_assembler;
    FortuneResult m_result;
    RateLimitInfo m_rateLimit;
    ApiError m_error;
    bool m_streaming = true;
    bool m_fellBack = false;
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
