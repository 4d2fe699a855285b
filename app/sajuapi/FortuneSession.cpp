// SPDX-License-Identifier: GPL-3.0-or-later
#include "sajuapi/FortuneSession.h"

#include "saju/SajuSession.h"
#include "sajuapi/FortuneRequest.h"

namespace sajudesk {

FortuneSession::FortuneSession(saju::SajuSession *saju, QObject *parent)
    : QObject(parent)
    , m_saju(saju)
    , m_date(SajuApiJson::seoulToday())
{
    // A fortune is written for one person and one chart: never show it under another.
    connect(m_saju, &saju::SajuSession::personChanged, this, [this] {
        cancel();
        clear();
    });
}

FortuneSession::~FortuneSession()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->cancel();
    }
}

void FortuneSession::setBackend(HttpClient *http, const SajuApiConfig &config, RateLimitTracker *rateLimits)
{
    cancel();
    m_http = http;
    m_config = config;
    m_rateLimits = rateLimits;
}

bool FortuneSession::isBusy() const
{
    return !m_request.isNull();
}

void FortuneSession::setModel(const QString &model)
{
    if (!model.isEmpty())
        m_model = model;
}

void FortuneSession::setDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    if (!isBusy())
        clear();
}

void FortuneSession::setFortuneOnly(bool fortuneOnly)
{
    m_fortuneOnly = fortuneOnly;
}

bool FortuneSession::request()
{
    if (m_request || !m_saju->requestReady() || !m_http)
        return false;
    m_params = FortuneParams();
    m_params.saju = m_saju->chart()->pillars.toSajuJson();
    m_params.userName = m_saju->fields().name.trimmed();
    m_params.model = m_model;
    m_params.date = m_date;
    m_params.fortuneOnly = m_fortuneOnly;
    m_result = FortuneResult();
    m_error = ApiError();
    m_status = Status::None;
    emit resultChanged();

    auto *request = new FortuneRequest(m_http, m_config, m_params, this);
    request->setRateLimitTracker(m_rateLimits);
    m_request = request;
    connect(request, &FortuneRequest::sectionReceived, this, [this](const QString &section, const QJsonObject &data) {
        if (section == QLatin1String("character"))
            m_result.character = data;
        else if (section == QLatin1String("tendency"))
            m_result.tendency = data;
        else if (section == QLatin1String("fortune"))
            m_result.fortune = data;
        emit resultChanged();
    });
    connect(request, &FortuneRequest::narrativeReceived, this, [this](const QString &text) {
        m_result.narrative += text;
        emit resultChanged();
    });
    connect(request, &FortuneRequest::started, this, &FortuneSession::retryCleared);
    connect(request, &FortuneRequest::retryScheduled, this, &FortuneSession::retryScheduled);
    connect(request, &FortuneRequest::streamFallback, this, [this](const ApiError &) {
        emit notice(tr("This key may not stream; fetching the whole fortune at once instead."));
    });
    connect(request, &FortuneRequest::keyWarning, this, &FortuneSession::notice);
    connect(request, &FortuneRequest::completed, this, [this](const FortuneResult &result) {
        const QString narrative = m_result.narrative;
        m_result = result;
        if (m_result.narrative.isEmpty())
            m_result.narrative = narrative;
        m_status = hasResult() ? Status::None : Status::EmptyAnswer;
        finish();
        emit resultChanged();
        emit succeeded();
    });
    connect(request, &FortuneRequest::failed, this, [this](const ApiError &error, const FortuneResult &) {
        m_error = error;
        m_status = hasResult() ? Status::Incomplete : Status::Failed;
        finish();
        emit resultChanged();
        emit failed(error);
    });
    emit busyChanged(true);
    request->start();
    return true;
}

void FortuneSession::cancel()
{
    if (!m_request)
        return;
    m_request->cancel();
    m_status = hasResult() ? Status::CancelledPartial : Status::Cancelled;
    finish();
    emit resultChanged();
}

void FortuneSession::retryNow()
{
    if (m_request)
        m_request->retryNow();
}

void FortuneSession::clear()
{
    m_result = FortuneResult();
    m_error = ApiError();
    m_status = Status::None;
    emit resultChanged();
}

void FortuneSession::finish()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->deleteLater();
    }
    m_request = nullptr;
    emit retryCleared();
    emit busyChanged(false);
}

} // namespace sajudesk
