// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiCall.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSignalSpy>

namespace sajudesk::test {

/// Records every signal of one ApiCall in order (with timestamps) so tests can assert what
/// happened and that nothing happened after a cancel.
class CallRecorder : public QObject
{
public:
    explicit CallRecorder(ApiCall *call)
        : m_finishedSpy(call, &ApiCall::finished)
    {
        m_clock.start();
        connect(call, &ApiCall::started, this, [this](int a) { note(QStringLiteral("started"), a); });
        connect(call, &ApiCall::headersReceived, this, [this](const HttpResponseInfo &info) {
            headers.append(info);
            note(QStringLiteral("headers"), info.status);
        });
        connect(call, &ApiCall::sseEvent, this, [this](const SseEvent &ev) {
            events.append(ev);
            note(QStringLiteral("event"));
        });
        connect(call, &ApiCall::retryScheduled, this, [this](int attempt, qint64 delayMs, const ApiError &e) {
            retries.append({attempt, delayMs, e});
            retryAtMs.append(m_clock.elapsed());
            note(QStringLiteral("retry"), attempt);
        });
        connect(call, &ApiCall::succeeded, this, [this](const HttpResponseInfo &info, const QByteArray &b) {
            status = info.status;
            body = b;
            note(QStringLiteral("succeeded"));
        });
        connect(call, &ApiCall::streamFinished, this, [this](bool sawEnd) {
            sawEndMarker = sawEnd;
            note(QStringLiteral("streamFinished"));
        });
        connect(call, &ApiCall::failed, this, [this](const ApiError &e) {
            error = e;
            note(QStringLiteral("failed"));
        });
        connect(call, &ApiCall::finished, this, [this] { note(QStringLiteral("finished")); });
    }

    bool waitFinished(int timeoutMs = 20000) { return !m_finishedSpy.isEmpty() || m_finishedSpy.wait(timeoutMs); }
    int count(const QString &what) const { return static_cast<int>(log.count(what)); }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    QString text() const
    {
        QString all;
        for (const SseEvent &e : events)
            all += e.data + QLatin1Char('\n');
        return all;
    }

    struct Retry
    {
        int attempt;
        qint64 delayMs;
        ApiError error;
    };
    QStringList log;
    QList<qint64> retryAtMs;
    QList<HttpResponseInfo> headers;
    QList<SseEvent> events;
    QList<Retry> retries;
    int status = 0;
    QByteArray body;
    bool sawEndMarker = false;
    ApiError error;

private:
    void note(const QString &what, int arg = -1)
    {
        log.append(what);
        Q_UNUSED(arg)
    }
    QElapsedTimer m_clock;
    QSignalSpy m_finishedSpy;
};

} // namespace sajudesk::test
