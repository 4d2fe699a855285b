// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "sajuapi/FortuneCache.h"
#include "sajuapi/FortuneResult.h"
#include "sajuapi/SajuApiConfig.h"
#include "sajuapi/SajuApiJson.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace sajudesk {

namespace saju {
class SajuSession;
}
class FortuneRequest;
class HttpClient;
class RateLimitTracker;

/// The daily fortune of the saju session's person, without widgets: the request options (date,
/// model, fortune only), the request in flight, and the result on screen — which always
/// belongs to the person, birth data, date, model and type the session shows now.
///
/// When any of those change, the view shows the matching answer from the FortuneCache at once
/// (marked cached, with the time it was fetched), or nothing. A request still running for the
/// old person is not cancelled but detached: it finishes into the cache unseen, so the answer
/// already being paid for is there when that person is shown again (cancelling would bill a
/// second request later). Refresh asks the service again even when the answer is cached.
///
///   FortuneSession f(&sajuSession);
///   f.setBackend(services->http(), services->sajuConfig(), services->rateLimits(), cacheDir);
///   connect(&f, &FortuneSession::resultChanged, view, &FortuneView::refresh);
///   f.request();          // cached answer at once, else the service
///   f.request(true);      // Refresh
class FortuneSession : public QObject
{
    Q_OBJECT
public:
    /// What the view says beside the result (it words it in the UI language).
    enum class Status {
        None,
        Cancelled,        ///< nothing had arrived
        CancelledPartial, ///< the parts received are kept
        Failed,           ///< error() says why; nothing arrived
        Incomplete,       ///< error() says why; the parts received are kept
        EmptyAnswer,      ///< the service answered without a fortune
    };

    explicit FortuneSession(saju::SajuSession *saju, QObject *parent = nullptr);
    ~FortuneSession() override;

    /// Where requests go; a null client means no service (requests fail at once).
    /// `cacheDirectory` empty: no cache.
    void setBackend(HttpClient *http, const SajuApiConfig &config, RateLimitTracker *rateLimits,
                    const QString &cacheDirectory);
    bool hasBackend() const { return m_http != nullptr; }

    void setModel(const QString &model);
    QString model() const { return m_model; }
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    void setFortuneOnly(bool fortuneOnly);
    bool fortuneOnly() const { return m_fortuneOnly; }

    /// The request the current person, date, model and type would send (invalid saju when the
    /// session cannot ask).
    FortuneParams currentParams() const;
    /// An answer to currentParams() is in the cache (a request would need no key and no money).
    bool hasCachedAnswer() const;

    bool isBusy() const;
    /// The fortune shown (sections, narrative, meta), empty for none.
    const FortuneResult &result() const { return m_result; }
    bool hasResult() const { return m_result.hasContent(); }
    /// The result came from the cache (nothing was sent for it now); fetchedAt() says when it was.
    bool isCached() const { return m_cached; }
    /// When the shown result was fetched from the service (UTC); invalid without a result.
    QDateTime fetchedAt() const { return m_fetchedAt; }
    /// How the shown result was computed and paid for (invalid when it was not cached).
    const FortuneCacheEntry &entry() const { return m_entry; }
    /// The request the shown result answers.
    const FortuneParams &params() const { return m_params; }
    Status status() const { return m_status; }
    const ApiError &error() const { return m_error; }
    int maxAttempts() const { return m_config.retryPolicy.maxAttempts; }

public slots:
    /// Asks for the fortune of the current person: the cached answer at once unless `refresh`,
    /// else the service. False when the session cannot ask (no chart, no name, no service).
    bool request(bool refresh = false);
    void cancel();
    void retryNow();

signals:
    void busyChanged(bool busy);
    /// Sections, narrative, meta, status or the cached mark changed.
    void resultChanged();
    void retryScheduled(int attempt, qint64 delayMs, const sajudesk::ApiError &error);
    void retryCleared();
    /// A note to show while the request runs (stream fallback, unusual key prefix).
    void notice(const QString &text);
    void failed(const sajudesk::ApiError &error);
    void succeeded();

private:
    void showCached();
    void clear();
    void detach();
    void finish();

    saju::SajuSession *m_saju;
    HttpClient *m_http = nullptr;
    SajuApiConfig m_config;
    QPointer<RateLimitTracker> m_rateLimits;
    std::unique_ptr<FortuneCache> m_cache;
    std::vector<std::unique_ptr<FortuneCache>> m_retiredCaches;
    QPointer<FortuneRequest> m_request;
    FortuneParams m_params;
    FortuneResult m_result;
    FortuneCacheEntry m_entry;
    QDateTime m_fetchedAt;
    ApiError m_error;
    Status m_status = Status::None;
    QString m_model = QStringLiteral("haiku");
    QDate m_date;
    bool m_fortuneOnly = false;
    bool m_cached = false;
};

} // namespace sajudesk
