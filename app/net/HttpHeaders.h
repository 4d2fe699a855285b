// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace sajudesk {

/// Raw response headers as QNetworkReply::rawHeaderPairs() returns them.
using RawHeaderList = QList<QPair<QByteArray, QByteArray>>;

namespace HttpHeaders {

/// Value of the first header called `name`, compared case-insensitively (HTTP field names are
/// case-insensitive, RFC 9110 §5.1); surrounding whitespace trimmed. Null QByteArray when absent.
QByteArray value(const RawHeaderList &headers, QByteArrayView name);
bool contains(const RawHeaderList &headers, QByteArrayView name);

} // namespace HttpHeaders
} // namespace sajudesk
