// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sajuapi/FortuneResult.h"

#include <QList>

namespace sajudesk {

/// Interprets the events of /api/daily-fortune-stream in any of the documented formats
/// (A: named character/tendency/fortune/complete/error events; B: anonymous {"chunk"} …
/// {"done":true,…} with the result flat or nested under `fortune`; v1: start/partial/complete
/// then [DONE]; Enterprise-style `delta` / `done`) into one FortuneResult. A named event it
/// does not know keeps its payload in extras under its name. Pure; feed events in order.
class FortuneStreamAssembler
{
public:
    struct Step
    {
        enum class Type {
            None,      ///< nothing to report (keep-alive, start, extras only)
            Section,   ///< `section` received/updated: `object` is the whole section so far
            Narrative, ///< text chunk in `text`
            Complete,  ///< stream finished normally
            Error,     ///< error payload in `object`
            Malformed, ///< unparsable data; ignored but counted
        };
        Type type = Type::None;
        QString section;
        QJsonObject object;
        QString text;
    };

    /// Returns what the event means; a single event may yield several steps (e.g. format B
    /// `done` carrying sections, then Complete).
    QList<Step> add(const QString &eventName, const QString &data);

    const FortuneResult &result() const { return m_result; }
    bool isComplete() const { return m_result.complete; }
    /// True once a section, an extra field or narrative text arrived.
    bool deliveredContent() const { return m_delivered; }
    /// Events whose data could not be read at all.
    int malformedCount() const { return m_malformed; }

private:
    void takeData(const QJsonObject &obj, QList<Step> &out);
    void complete(const QJsonObject &meta, QList<Step> &out);
    void appendText(const QString &text, QList<Step> &out);

    FortuneResult m_result;
    bool m_delivered = false;
    int m_malformed = 0;
};

} // namespace sajudesk
