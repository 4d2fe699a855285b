// SPDX-License-Identifier: GPL-3.0-or-later
// Sample chat-stream payloads for tst_stream_chunk_reader, kept out of the test's own file because
// moc cannot parse some of these raw string literals.
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

const QList<QByteArray> &streamChunkSeeds();
const QList<std::pair<const char *, QByteArray>> &streamChunkEdgeCases();
