// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/HttpHeaders.h"

namespace sajudesk::HttpHeaders {

static bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray value(const RawHeaderList &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (sameName(QByteArrayView(h.first).trimmed(), name))
            return h.second.trimmed();
    }
    return {};
}

bool contains(const RawHeaderList &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (sameName(QByteArrayView(h.first).trimmed(), name))
            return true;
    }
    return false;
}

} // namespace sajudesk::HttpHeaders
