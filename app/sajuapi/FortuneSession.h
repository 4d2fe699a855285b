// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "sajuapi/SajuApiConfig.h"
#include "sajuapi/SajuApiJson.h"

#include <QDate>
#include <QObject>
#include <QPointer>

namespace sajudesk {

namespace saju {
class SajuSession;
}
class FortuneRequest;
class HttpClient;
class RateLimitTracker;

/// The daily fortune of the saju session's person, without widgets: the request options (date,
/// model, fortune only), the request in flight, and the result on screen — which always
/// belongs to the person the session shows. When the person or the birth data change, the
/// result is cleared and a running request is cancelled.
///
///   FortuneSession f(&sajuSession);
///   f.setBackend(services->http(), services->sajuConfig(), services->rateLimits());
///   connect(&f, &FortuneSession::resultChanged, view, &FortuneView::refresh);
///   f.request();
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
    void setBackend(HttpClient *http, const SajuApiConfig &config, RateLimitTracker *rateLimits);
    bool hasBackend() const { return m_http != nullptr; }

    void setModel(const QString &model);
    QString model() const { return m_model; }
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    void setFortuneOnly(bool fortuneOnly);
    bool fortuneOnly() const { return m_fortuneOnly; }

    bool isBusy() const;
    /// The fortune shown (sections, narrative, meta), empty for none.
    const FortuneResult &result() const { return m_result; }
    bool hasResult() const { return !m_result.sections().isEmpty() || !m_result.narrative.isEmpty(); }
    Status status() const { return m_status; }
    const ApiError &error() const { return m_error; }
    /// The request's parameters as sent (valid while busy and after a result).
    const FortuneParams &params() const { return m_params; }
    int maxAttempts() const { return m_config.retryPolicy.maxAttempts; }

public slots:
    /// Asks for the fortune of the current person; false when the session is not ready.
    bool request();
    void cancel();
    void retryNow();
    /// Forgets the result and the status (another person, or the request options changed).
    void clear();

signals:
    void busyChanged(bool busy);
    /// Sections, narrative, meta or status changed.
    void resultChanged();
    void retryScheduled(int attempt, qint64 delayMs, const sajudesk::ApiError &error);
    void retryCleared();
    /// A note to show while the request runs (stream fallback, unusual key prefix).
    void notice(const QString &text);
    void failed(const sajudesk::ApiError &error);
    void succeeded();

private:
    void finish();

    saju::SajuSession *m_saju;
    HttpClient *m_http = nullptr;
    SajuApiConfig m_config;
    QPointer<RateLimitTracker> m_rateLimits;
    QPointer<FortuneRequest> m_request;
    FortuneParams m_params;
    FortuneResult m_result;
    ApiError m_error;
    Status m_status = Status::None;
    QString m_model = QStringLiteral("haiku");
    QDate m_date;
    bool m_fortuneOnly = false;
};

} // namespace sajudesk
