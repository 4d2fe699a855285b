// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QTextDocument;

namespace sajudesk {

struct TranscriptStyle;

/// The QTextDocuments a message is drawn from: one per Markdown text block, per code block, per
/// plain text (user messages, reasoning). Styled from TranscriptStyle; colour emoji become inline
/// objects (see emoji::replaceInDocument). Nothing here is laid out: the caller sets the width.
namespace MessageDocuments {

/// Markdown (GitHub dialect, no raw HTML) with single line breaks kept, tables framed, inline
/// code tinted.
std::unique_ptr<QTextDocument> markdown(const QString &source, const TranscriptStyle &style);

/// Plain text in the message font (user messages) or the small font (`small`, reasoning).
std::unique_ptr<QTextDocument> plain(const QString &text, const TranscriptStyle &style, bool small = false);
/// Appends to a plain or code document; only the new text is looked at.
void appendPlain(QTextDocument *document, const QString &text);

/// Monospace, never wrapped (code blocks scroll sideways).
std::unique_ptr<QTextDocument> code(const QString &code, const TranscriptStyle &style);

} // namespace MessageDocuments

} // namespace sajudesk
