// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/SseParser.h"

#include <cstring>

namespace sajudesk {

// Design notes (WHATWG HTML §9.2.6 "Interpreting an event stream"):
// - Lines end with CRLF, LF or a lone CR. A CR is acted on at once (the line is complete); a LF
//   that directly follows it is then swallowed, even when it arrives in the next feed() call.
// - Bytes are kept raw and decoded from UTF-8 only when an event is dispatched, so a Hangul
//   character split between two network reads survives. Invalid UTF-8 becomes U+FFFD, as the
//   spec's "UTF-8 decode" does; it never fails.
// - Only the per-event buffers are capped: a legitimate event is small (a chat delta, a fortune
//   section); megabytes without a blank line mean a broken or hostile server.

namespace {
constexpr char kBom[] = "\xEF\xBB\xBF";
} // namespace

SseParser::SseParser(qsizetype maxEventBytes)
    : m_maxEventBytes(maxEventBytes > 0 ? maxEventBytes : DefaultMaxEventBytes)
{}

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (m_overflowed)
        return out;
    const qsizetype n = bytes.size();
    const char *const base = bytes.data();
    qsizetype i = 0;
    // memchr instead of a byte loop (a stream is megabytes of short lines). The next LF is kept
    // between lines so that a stream of lone-CR line ends is not searched to its end for each line.
    qsizetype nextLf = -1;
    while (i < n) {
        if (m_pendingCr) {
            m_pendingCr = false;
            if (bytes[i] == '\n') {
                ++i;
                continue;
            }
        }
        if (nextLf < i) {
            const void *lf = std::memchr(base + i, '\n', size_t(n - i));
            nextLf = lf ? static_cast<const char *>(lf) - base : n;
        }
        const void *cr = std::memchr(base + i, '\r', size_t(nextLf - i));
        const qsizetype j = cr ? static_cast<const char *>(cr) - base : nextLf;
        // The cap counts the raw line (with its field name) plus the data already collected, the
        // same way whether the line arrives whole or in pieces, so overflow does not depend on
        // how the network happened to split the stream.
        if (m_line.size() + (j - i) + m_data.size() > m_maxEventBytes) {
            setOverflowed();
            return out;
        }
        if (j == n) {
            m_line.append(bytes.sliced(i));
            break;
        }
        if (m_line.isEmpty()) {
            processLine(bytes.sliced(i, j - i), out);
        } else {
            m_line.append(bytes.sliced(i, j - i));
            const QByteArray line = std::exchange(m_line, QByteArray());
            processLine(line, out);
        }
        m_pendingCr = bytes[j] == '\r';
        i = j + 1;
    }
    return out;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (!m_bomChecked) {
        m_bomChecked = true;
        if (line.startsWith(QByteArrayView(kBom)))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return; // comment / keep-alive
    QByteArrayView field = line;
    QByteArrayView value;
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == QByteArrayView("data")) {
        m_data.append(value);
        m_data.append('\n');
        m_hasData = true;
    } else if (field == QByteArrayView("event")) {
        m_eventName = value.toByteArray();
    } else if (field == QByteArrayView("id")) {
        // The spec ignores an id containing NUL (it could not be sent back in Last-Event-ID).
        if (!value.contains('\0'))
            m_id = value.toByteArray();
    } else if (field == QByteArrayView("retry")) {
        bool allDigits = !value.isEmpty();
        for (char c : value)
            allDigits = allDigits && c >= '0' && c <= '9';
        bool ok = false;
        const qint64 ms = allDigits ? value.toLongLong(&ok) : -1;
        if (ok)
            m_retryMs = ms;
    }
    // Any other field name is ignored, as the spec requires.
}

void SseParser::setOverflowed()
{
    m_overflowed = true;
    m_line.clear();
    m_data.clear();
    m_eventName.clear();
    m_hasData = false;
    m_pendingCr = false;
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    // The spec drops an event without data lines (e.g. a lone "event: ping" block); its name
    // must not leak into the next event either.
    if (m_hasData) {
        SseEvent ev;
        if (m_data.endsWith('\n'))
            m_data.chop(1);
        ev.data = QString::fromUtf8(m_data);
        ev.utf8Data = std::exchange(m_data, QByteArray());
        ev.event = QString::fromUtf8(m_eventName);
        ev.id = QString::fromUtf8(m_id);
        out.append(ev);
    }
    m_data.clear();
    m_eventName.clear();
    m_hasData = false;
}

QList<SseEvent> SseParser::finish()
{
    // EOF: an event without its terminating blank line is discarded (spec), but we remember that
    // it existed so the caller can report "connection closed mid-event" instead of a clean end.
    QList<SseEvent> out;
    m_pendingAtFinish = computePending(&m_lostEvent);
    m_line.clear();
    m_data.clear();
    m_eventName.clear();
    m_hasData = false;
    m_pendingCr = false;
    return out;
}

bool SseParser::computePending(SseEvent *event) const
{
    // "Pending" means an event with data would have been dispatched had the blank line come.
    // A cut-off comment (": keep-alive") or a lone "event:" line loses nothing and does not count.
    *event = SseEvent();
    if (m_overflowed || (!m_hasData && m_line.isEmpty()))
        return false;
    SseParser copy(*this);
    QList<SseEvent> out;
    if (!copy.m_line.isEmpty()) {
        const QByteArray line = std::exchange(copy.m_line, QByteArray());
        copy.processLine(line, out);
    }
    copy.dispatch(out);
    if (out.isEmpty())
        return false;
    *event = out.constLast();
    return true;
}

SseEvent SseParser::pendingEvent() const
{
    if (!m_hasData && m_line.isEmpty())
        return m_lostEvent;
    SseEvent ev;
    computePending(&ev);
    return ev;
}

bool SseParser::hasPendingData() const
{
    if (!m_hasData && m_line.isEmpty())
        return m_pendingAtFinish;
    SseEvent ignored;
    return computePending(&ignored);
}

qsizetype SseParser::bufferedBytes() const
{
    return m_line.size() + m_data.size() + m_eventName.size();
}

void SseParser::reset()
{
    *this = SseParser(m_maxEventBytes);
}

} // namespace sajudesk
