// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace sajudesk {

/// One dispatched Server-Sent Event.
struct SseEvent
{
    QString event; ///< `event:` name; empty for unnamed ("message") events
    QString data;  ///< all `data:` lines joined with '\n'
    QString id;    ///< last event ID (per spec it persists across events until a new `id:` line)
    /// `data` as it came, UTF-8 (may hold invalid sequences `data` shows as U+FFFD), for readers
    /// that scan bytes; empty in events built by hand, whose readers fall back to `data`.
    QByteArray utf8Data;

    bool isDone() const { return data == QLatin1String("[DONE]"); }
    /// utf8Data is left out: it is what `data` was decoded from.
    bool operator==(const SseEvent &o) const { return event == o.event && data == o.data && id == o.id; }
    bool operator!=(const SseEvent &o) const { return !(*this == o); }
};

/// Incremental text/event-stream parser (WHATWG HTML "event stream interpretation"), pure and
/// independent of any network class. Feed it bytes exactly as they arrive, in any split:
///   SseParser p;
///   for (const SseEvent &ev : p.feed(reply->readAll())) handle(ev);
///   ... on finished: p.finish(); if (p.hasPendingData()) → stream closed mid-event.
class SseParser
{
public:
    /// Per-event cap: a hostile or broken stream cannot make us buffer more than this.
    static constexpr qsizetype DefaultMaxEventBytes = 8 * 1024 * 1024;

    explicit SseParser(qsizetype maxEventBytes = DefaultMaxEventBytes);

    /// Parses `bytes` and returns the events completed by them (possibly none). After overflow
    /// it returns nothing until reset().
    QList<SseEvent> feed(QByteArrayView bytes);
    QList<SseEvent> feed(const QByteArray &bytes) { return feed(QByteArrayView(bytes)); }

    /// End of stream. Per the spec an unterminated event is discarded, so the list is empty today
    /// (a final lone '\r' was already acted on by feed()); hasPendingData() then tells whether data
    /// was lost, i.e. the connection closed mid-event, and pendingEvent() what it was.
    QList<SseEvent> finish();

    /// True when an event with data is buffered but not yet dispatched (data lines, or a cut-off
    /// data line); after finish() it tells whether the stream ended mid-event. A cut-off comment
    /// or `event:` line does not count: no data was lost.
    bool hasPendingData() const;
    /// The event a lenient client would take from the unterminated tail (e.g. a stream that ends
    /// "data: [DONE]" without the blank line); empty data when there is none. Does not consume.
    SseEvent pendingEvent() const;
    /// Bytes currently held for the event being assembled (partial line, data, event name).
    qsizetype bufferedBytes() const;
    /// True once an event exceeded the cap; the parser stops until reset().
    bool overflowed() const { return m_overflowed; }
    /// Value of the last `retry:` field (ms), -1 when none was seen. Informational only.
    qint64 lastRetryMs() const { return m_retryMs; }

    void reset();

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);
    void setOverflowed();
    bool computePending(SseEvent *event) const;

    qsizetype m_maxEventBytes;
    QByteArray m_line;      ///< bytes of the current, not yet terminated line
    QByteArray m_data;      ///< data lines of the current event, '\n'-joined, raw UTF-8
    QByteArray m_eventName; ///< raw UTF-8
    QByteArray m_id;        ///< raw UTF-8
    qint64 m_retryMs = -1;
    bool m_hasData = false;
    bool m_pendingCr = false; ///< last byte was '\r': a following '\n' belongs to the same line end
    bool m_bomChecked = false;
    bool m_pendingAtFinish = false;
    bool m_overflowed = false;
    SseEvent m_lostEvent; ///< what finish() discarded, for pendingEvent()
};

} // namespace sajudesk
