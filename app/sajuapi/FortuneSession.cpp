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
        detach();
        showCached();
    });
}

FortuneSession::~FortuneSession()
{
    // Requests (shown or detached) go before the caches they write into.
    const QList<FortuneRequest *> requests = findChildren<FortuneRequest *>(QString(), Qt::FindDirectChildrenOnly);
    for (FortuneRequest *r : requests) {
        r->disconnect(this);
        r->cancel();
        delete r;
    }
}

void FortuneSession::setBackend(HttpClient *http, const SajuApiConfig &config, RateLimitTracker *rateLimits,
                                const QString &cacheDirectory)
{
    // A new key for the same service does not change the answer on its way; another service does.
    const bool sameService = http == m_http && config.baseUrl == m_config.baseUrl
                             && cacheDirectory == (m_cache ? m_cache->directory() : QString());
    if (!sameService)
        detach();
    m_http = http;
    m_config = config;
    m_rateLimits = rateLimits;
    if (!sameService) {
        // A detached request may still write into the old cache: it stays alive with the session.
        if (m_cache)
            m_retiredCaches.push_back(std::move(m_cache));
        m_cache = cacheDirectory.isEmpty() ? nullptr : std::make_unique<FortuneCache>(cacheDirectory);
        showCached();
    }
}

void FortuneSession::setModel(const QString &model)
{
    if (model.isEmpty() || model == m_model)
        return;
    m_model = model;
    if (!isBusy())
        showCached();
}

void FortuneSession::setDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    if (!isBusy())
        showCached();
}

void FortuneSession::setFortuneOnly(bool fortuneOnly)
{
    if (fortuneOnly == m_fortuneOnly)
        return;
    m_fortuneOnly = fortuneOnly;
    if (!isBusy())
        showCached();
}

bool FortuneSession::isBusy() const
{
    return !m_request.isNull();
}

FortuneParams FortuneSession::currentParams() const
{
    FortuneParams p;
    if (m_saju->requestReady())
        p.saju = m_saju->chart()->pillars.toSajuJson();
    p.userName = m_saju->fields().name.trimmed();
    p.model = m_model;
    p.date = m_date;
    p.fortuneOnly = m_fortuneOnly;
    return p;
}

bool FortuneSession::hasCachedAnswer() const
{
    const FortuneParams p = currentParams();
    return m_cache && !p.saju.isEmpty() && m_cache->load(m_config.baseUrl, p).has_value();
}

void FortuneSession::showCached()
{
    clear();
    const FortuneParams p = currentParams();
    if (!m_cache || p.saju.isEmpty())
        return;
    // The exact request first; else this person's newest answer for the day (another model or
    // "fortune only"), which is still theirs.
    std::optional<FortuneCacheEntry> hit = m_cache->load(m_config.baseUrl, p);
    if (!hit) {
        const QList<FortuneCacheEntry> all = m_cache->entriesFor(m_config.baseUrl, p.saju, p.userName, p.date);
        if (!all.isEmpty())
            hit = all.first();
    }
    if (!hit)
        return;
    m_entry = *hit;
    m_params = hit->params;
    m_result = hit->result;
    m_fetchedAt = hit->fetchedAt;
    m_cached = true;
    emit resultChanged();
}

void FortuneSession::clear()
{
    m_params = FortuneParams();
    m_result = FortuneResult();
    m_entry = FortuneCacheEntry();
    m_fetchedAt = QDateTime();
    m_error = ApiError();
    m_status = Status::None;
    m_cached = false;
    emit resultChanged();
}

bool FortuneSession::request(bool refresh)
{
    if (m_request || !m_saju->requestReady() || !m_http)
        return false;
    clear();
    m_params = currentParams();

    auto *request = new FortuneRequest(m_http, m_config, m_params, this);
    request->setRateLimitTracker(m_rateLimits);
    if (m_cache)
        request->setCache(m_cache.get(), FortuneComputation::fromPillars(m_saju->chart()->pillars));
    request->setRefresh(refresh);
    m_request = request;
    connect(request, &FortuneRequest::sectionReceived, this, [this](const QString &section, const QJsonObject &data) {
        m_result.mergeData(QJsonObject{{section, data}});
        emit resultChanged();
    });
    connect(request, &FortuneRequest::narrativeReceived, this, [this](const QString &text) {
        m_result.narrative += text;
        emit resultChanged();
    });
    connect(request, &FortuneRequest::started, this, &FortuneSession::retryCleared);
    connect(request, &FortuneRequest::retryScheduled, this, &FortuneSession::retryScheduled);
    connect(request, &FortuneRequest::streamFallback, this,
            [this](const StreamFallback &note) { emit notice(note.message()); });
    connect(request, &FortuneRequest::keyWarning, this, &FortuneSession::notice);
    connect(request, &FortuneRequest::completed, this, [this, request](const FortuneResult &result) {
        m_result = result;
        m_cached = request->isFromCache();
        m_fetchedAt = request->fetchedAt();
        m_entry = request->cacheEntry();
        m_status = hasResult() ? Status::None : Status::EmptyAnswer;
        finish();
        emit resultChanged();
        emit succeeded();
    });
    connect(request, &FortuneRequest::failed, this, [this](const ApiError &error, const FortuneResult &partial) {
        if (partial.hasContent())
            m_result = partial;
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

void FortuneSession::detach()
{
    if (!m_request)
        return;
    FortuneRequest *request = m_request;
    request->disconnect(this);
    // Unseen from now on, but it still completes into the cache; it deletes itself when done.
    connect(request, &FortuneRequest::finished, request, &QObject::deleteLater);
    m_request = nullptr;
    emit retryCleared();
    emit busyChanged(false);
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
