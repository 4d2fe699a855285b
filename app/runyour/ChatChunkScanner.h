// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runyour/RunYourJson.h"

#include <QByteArrayView>

namespace sajudesk::RunYourJson {

/// Reads an everyday chat chunk without building a JSON tree. Returns false (and leaves `chunk`
/// in an unspecified state) for anything outside that shape; the caller then parses with
/// QJsonDocument. Both paths give the same StreamChunk (tst_stream_chunk_reader pins that).
bool scanChatChunk(QByteArrayView json, StreamChunk *chunk);

} // namespace sajudesk::RunYourJson
