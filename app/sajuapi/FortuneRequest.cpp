// SPDX-License-Identifier: GPL-3.0-or-later
#include "sajuapi/FortuneRequest.h"

#include "core/Logging.h"
#include "net/ApiCall.h"
#include "net/ApiErrorParser.h"

#include <QTimer>

namespace sajudesk {

FortuneRequest::FortuneRequest(HttpClient *client, const SajuApiConfig &config, const FortuneParams &params,
                               QObject *parent)
    : RemoteRequest(parent)
    , m_client(client)
    , m_config(config)
    , m_params(params)
{}

FortuneRequest::~FortuneRequest()
{
    cancel();
}

void FortuneRequest::setCache(FortuneCache *cache, const FortuneComputation &computation)
{
    m_cache = cache;
    m_computation = computation;
}

bool FortuneRequest::isRunning() const
{
    return m_started && !m_done && !m_cancelled;
}

void FortuneRequest::start()
{
    if (m_started)
        return;
    m_started = true;
    // The date is fixed once so a retry, the stream fallback and the cache key all ask about the
    // same day even if they run after midnight in Seoul.
    if (!m_params.date.isValid())
        m_params.date = SajuApiJson::seoulToday();
    const QString endpoint = m_config.spec(QLatin1String(m_streaming ? streamEndpoint : jsonEndpoint), {}).url().path();
    auto failLater = [this](const ApiError &e) { fail(e); };
    if (!passesLocalChecks(SajuApiJson::validate(m_params, endpoint), {}, failLater))
        return;
    // A cached answer needs no key: it was paid for already.
    if (m_cache && !m_refresh) {
        if (auto hit = m_cache->load(m_config.baseUrl, m_params)) {
            m_entry = *hit;
            m_fromCache = true;
            QTimer::singleShot(0, this, &FortuneRequest::serveFromCache);
            return;
        }
    }
    if (!passesLocalChecks(m_config.missingKeyError(endpoint), m_config.keyWarning(), failLater))
        return;
    send(m_streaming);
}

void FortuneRequest::serveFromCache()
{
    if (m_cancelled || m_done)
        return;
    qCDebug(lcNet) << "fortune served from the cache, fetched" << m_entry.fetchedAt;
    m_result = m_entry.result;
    m_fetchedAt = m_entry.fetchedAt;
    if (!m_result.narrative.isEmpty())
        emit narrativeReceived(m_result.narrative);
    for (const QString &name : m_result.sections()) {
        if (m_cancelled)
            return;
        emit sectionReceived(name, m_result.section(name));
    }
    if (m_cancelled)
        return;
    m_done = true;
    emit completed(m_result);
    if (!m_cancelled)
        emit finished();
}

void FortuneRequest::send(bool streaming)
{
    const QByteArray body = SajuApiJson::buildFortuneBody(m_params);
    const HttpRequestSpec spec =
        m_config.spec(QLatin1String(streaming ? streamEndpoint : jsonEndpoint), body, streaming);
    ApiCall *call = new ApiCall(m_client, spec, m_config.retryPolicy, this);
    m_call = call;
    connect(call, &ApiCall::started, this, &FortuneRequest::started);
    connect(call, &ApiCall::headersReceived, this, &FortuneRequest::onHeaders);
    connect(call, &ApiCall::retryScheduled, this, &FortuneRequest::retryScheduled);
    connect(call, &ApiCall::sseEvent, this, [this](const SseEvent &ev) { onEvent(ev.event, ev.data); });
    connect(call, &ApiCall::streamFinished, this, [this, call](bool) {
        FortuneResult r = m_assembler.result();
        r.complete = true;
        // An event stream that ended properly but carried nothing readable is no answer.
        if (!r.hasContent() && m_assembler.malformedCount() > 0) {
            const ApiError e = ApiErrorParser::invalidResponse(
                ApiError::Service::Saju, call->spec().url().path(), call->lastResponse().status,
                QStringLiteral("No event of the fortune stream could be read."));
            if (!fallBack(call, e))
                fail(e);
            return;
        }
        succeed(r);
    });
    connect(call, &ApiCall::succeeded, this, [this, call](const HttpResponseInfo &info, const QByteArray &body) {
        QString detail;
        const auto r = SajuApiJson::parseFortuneResponse(body, &detail);
        if (!r) {
            ApiError e = ApiErrorParser::invalidResponse(ApiError::Service::Saju, call->spec().url().path(),
                                                         info.status, detail, body);
            e.attempts = info.attempt;
            fail(e);
            return;
        }
        for (const QString &name : r->sections()) {
            emit sectionReceived(name, r->section(name));
            if (m_cancelled)
                return;
        }
        succeed(*r);
    });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &e) {
        if (!fallBack(call, e))
            fail(e);
    });
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (m_call == call && !m_cancelled && m_done)
            emit finished();
    });
    call->start();
}

bool FortuneRequest::fallBack(ApiCall *call, const ApiError &error)
{
    if (!call->spec().streaming || m_fallback.isSet())
        return false;
    const StreamFallback::Reason reason =
        StreamFallback::decide(error, m_assembler.deliveredContent(), m_assembler.malformedCount());
    if (reason == StreamFallback::Reason::None)
        return false;
    m_fallback.reason = reason;
    m_fallback.cause = error;
    qCInfo(lcNet).noquote() << "fortune stream unusable:" << m_fallback.code() << "status" << error.httpStatus
                            << "- asking the JSON endpoint once";
    emit streamFallback(m_fallback);
    if (m_cancelled)
        return true;
    call->deleteLater();
    m_assembler = FortuneStreamAssembler();
    send(false);
    return true;
}

void FortuneRequest::succeed(const FortuneResult &result)
{
    m_result = result;
    m_fetchedAt = QDateTime::currentDateTimeUtc();
    if (m_cache && m_result.complete && m_result.hasContent()) {
        m_entry = m_cache->entryFor(m_config.baseUrl, m_params, m_computation, m_result);
        m_fetchedAt = m_entry.fetchedAt;
        m_cache->store(m_entry); // a cache that cannot be written only costs a later request
    }
    m_done = true;
    emit completed(m_result);
}

void FortuneRequest::onHeaders(const HttpResponseInfo &info)
{
    if (!info.rateLimit.isValid())
        return;
    m_rateLimit = info.rateLimit;
    if (m_tracker)
        m_tracker->update(m_rateLimit);
    emit rateLimitUpdated(m_rateLimit);
}

void FortuneRequest::onEvent(const QString &name, const QString &data)
{
    const auto steps = m_assembler.add(name, data);
    for (const FortuneStreamAssembler::Step &step : steps) {
        if (m_cancelled || !m_call)
            return;
        switch (step.type) {
        case FortuneStreamAssembler::Step::Type::Section:
            emit sectionReceived(step.section, step.object);
            break;
        case FortuneStreamAssembler::Step::Type::Narrative:
            emit narrativeReceived(step.text);
            break;
        case FortuneStreamAssembler::Step::Type::Complete:
            m_call->markStreamComplete();
            break;
        case FortuneStreamAssembler::Step::Type::Error:
            m_call->failStream(ApiErrorParser::fromStreamPayload(ApiError::Service::Saju, m_call->spec().url().path(),
                                                                 step.object, m_call->lastResponse().status));
            return;
        case FortuneStreamAssembler::Step::Type::Malformed:
            qCWarning(lcNet) << "ignoring an unreadable fortune stream event";
            break;
        case FortuneStreamAssembler::Step::Type::None:
            break;
        }
    }
}

void FortuneRequest::fail(const ApiError &error)
{
    if (m_cancelled || m_done)
        return;
    m_error = error;
    m_result = m_assembler.result();
    m_done = true;
    emit failed(m_error, m_result);
    if (!m_call && !m_cancelled)
        emit finished();
}

SajuCalcRequest::SajuCalcRequest(HttpClient *client, const SajuApiConfig &config, const SajuCalcParams &params,
                                 QObject *parent)
    : RemoteRequest(parent)
    , m_client(client)
    , m_config(config)
    , m_params(params)
{}

SajuCalcRequest::~SajuCalcRequest()
{
    cancel();
}

void SajuCalcRequest::start()
{
    if (m_started)
        return;
    m_started = true;
    const HttpRequestSpec spec =
        m_config.spec(QLatin1String(endpointPath), SajuApiJson::buildSajuCalcBody(m_params), false);
    if (!passesLocalChecks(m_config.missingKeyError(spec.url().path()), m_config.keyWarning(),
                           [this](const ApiError &e) { fail(e); }))
        return;
    ApiCall *call = new ApiCall(m_client, spec, m_config.retryPolicy, this);
    m_call = call;
    connect(call, &ApiCall::headersReceived, this, [this](const HttpResponseInfo &info) {
        if (!info.rateLimit.isValid())
            return;
        m_rateLimit = info.rateLimit;
        if (m_tracker)
            m_tracker->update(m_rateLimit);
        emit rateLimitUpdated(m_rateLimit);
    });
    connect(call, &ApiCall::retryScheduled, this, &SajuCalcRequest::retryScheduled);
    connect(call, &ApiCall::succeeded, this, [this, call](const HttpResponseInfo &info, const QByteArray &body) {
        QString detail;
        const auto saju = SajuApiJson::parseSajuCalcResponse(body, &detail);
        if (!saju) {
            ApiError e = ApiErrorParser::invalidResponse(ApiError::Service::Saju, call->spec().url().path(),
                                                         info.status, detail, body);
            e.attempts = info.attempt;
            fail(e);
            return;
        }
        m_saju = *saju;
        emit calculated(m_saju);
    });
    connect(call, &ApiCall::failed, this, &SajuCalcRequest::fail);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (!m_cancelled)
            emit finished();
    });
    call->start();
}

void SajuCalcRequest::fail(const ApiError &error)
{
    if (m_cancelled)
        return;
    m_error = error;
    emit failed(m_error);
    if (!m_call)
        emit finished();
}

} // namespace sajudesk
