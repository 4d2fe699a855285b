// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/Conversation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sajudesk {

/// Conversations as files a person or another program can use. Pure: no file is read.
///
/// JSON is SajuDesk's own format, lossless (exactly what the conversation file holds): one
/// conversation gives one object, several give an array of them; ConversationImport reads both.
/// Markdown is for reading and sharing: a heading per conversation, its model and system prompt,
/// then each turn under a "### You" / "### Assistant" heading with its time (local), the message
/// text as written (it is Markdown already), reasoning folded in <details>, and a note for a
/// stopped, interrupted or failed answer. The labels follow the UI language.
class ConversationExport
{
    Q_DECLARE_TR_FUNCTIONS(ConversationExport)

public:
    enum class Format { Markdown, Json };

    static QString markdown(const Conversation &conversation);
    /// Several conversations in one document, separated by a rule.
    static QString markdown(const QList<Conversation> &conversations);
    static QByteArray json(const QList<Conversation> &conversations);
    static QByteArray encode(const QList<Conversation> &conversations, Format format);

    /// "md" / "json".
    static QString fileSuffix(Format format);
    /// A file name made from the title (characters no file system accepts replaced), e.g. for
    /// the save dialog: "서울 여행 계획.md".
    static QString suggestedFileName(const Conversation &conversation, Format format);

    /// Writes `bytes` atomically (QSaveFile). False with a translated `error`.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error = nullptr);
};

} // namespace sajudesk
