// SPDX-License-Identifier: GPL-3.0-or-later
#include "sajuapi/FortuneRequest.h"

#include "core/Logging.h"
#include "net/ApiCall.h"
#include "net/ApiErrorParser.h"

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

bool FortuneRequest::isRunning() const
{
    return m_started && !m_done && !m_cancelled;
}

void FortuneRequest::start()
{
    if (m_started)
        return;
    m_started = true;
    // The date is fixed once so a retry or the stream fallback asks about the same day even
    // if it runs after midnight in Seoul.
    if (!m_params.date.isValid())
        m_params.date = SajuApiJson::seoulToday();
    const QString endpoint = m_config.spec(QLatin1String(m_streaming ? streamEndpoint : jsonEndpoint), {}).url().path();
    ApiError local = SajuApiJson::validate(m_params, endpoint);
    if (!local.isError())
        local = m_config.missingKeyError(endpoint);
    if (!passesLocalChecks(local, m_config.keyWarning(), [this](const ApiError &e) { fail(e); }))
        return;
    send(m_streaming);
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
    connect(call, &ApiCall::streamFinished, this, [this](bool) {
        m_result = m_assembler.result();
        m_result.complete = true;
        m_done = true;
        emit completed(m_result);
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
        m_result = *r;
        for (const QString &name : m_result.sections()) {
            const QJsonObject &obj = name == QLatin1String("character")  ? m_result.character
                                     : name == QLatin1String("tendency") ? m_result.tendency
                                                                         : m_result.fortune;
            emit sectionReceived(name, obj);
            if (m_cancelled)
                return;
        }
        m_done = true;
        emit completed(m_result);
    });
    connect(call, &ApiCall::failed, this, [this, call, streaming](const ApiError &e) {
        // A key without stream:read gets 403 on the stream endpoint only: try the JSON one once.
        if (streaming && !m_fellBack && e.kind == ApiError::Kind::Http && e.httpStatus == 403
            && !call->contentDelivered()) {
            m_fellBack = true;
            qCInfo(lcNet) << "stream endpoint refused (403); falling back to the JSON endpoint";
            emit streamFallback(e);
            if (m_cancelled)
                return;
            call->deleteLater();
            send(false);
            return;
        }
        fail(e);
    });
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (m_call == call && !m_cancelled && m_done)
            emit finished();
    });
    call->start();
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
