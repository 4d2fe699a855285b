// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/SseParser.h"

namespace sajudesk {

SseParser::SseParser(qsizetype maxEventBytes)
    : m_maxEventBytes(maxEventBytes)
{}

QList<SseEvent> SseParser::feed(QByteArrayView)
{
    return {}; // stub, replaced shortly
}

QList<SseEvent> SseParser::finish()
{
    return {};
}

bool SseParser::hasPendingData() const
{
    return m_pendingAtFinish;
}

qsizetype SseParser::bufferedBytes() const
{
    return m_line.size() + m_data.size() + m_eventName.size() + m_id.size();
}

void SseParser::reset()
{
    *this = SseParser(m_maxEventBytes);
}

void SseParser::processLine(QByteArrayView, QList<SseEvent> &) {}
void SseParser::dispatch(QList<SseEvent> &) {}

} // namespace sajudesk
