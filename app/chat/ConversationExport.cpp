// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationExport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace sajudesk {

namespace {

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// A fence longer than any backtick run in `text`, so the block cannot be closed early.
QString fenceFor(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return QString(qMax(3, longest + 1), QLatin1Char('`'));
}

QString quoted(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString ConversationExport::markdown(const Conversation &conversation)
{
    QString out;
    const QString title = conversation.displayTitle().isEmpty() ? tr("New conversation") : conversation.displayTitle();
    out += QStringLiteral("# ") + title + QStringLiteral("\n\n");
    if (!conversation.settings.model.isEmpty())
        out += QStringLiteral("- ") + tr("Model: %1").arg(conversation.settings.model) + QLatin1Char('\n');
    if (conversation.createdAt.isValid())
        out += QStringLiteral("- ") + tr("Started: %1").arg(localTime(conversation.createdAt)) + QLatin1Char('\n');
    if (conversation.updatedAt.isValid())
        out +=
            QStringLiteral("- ") + tr("Last activity: %1").arg(localTime(conversation.updatedAt)) + QLatin1Char('\n');
    if (!conversation.settings.systemPrompt.isEmpty())
        out += QStringLiteral("\n**") + tr("System prompt") + QStringLiteral("**\n\n")
               + quoted(conversation.settings.systemPrompt) + QLatin1Char('\n');

    for (const ChatMessage &message : conversation.messages) {
        out += QLatin1Char('\n');
        if (!message.isUnderstood()) {
            const QString json = QString::fromUtf8(QJsonDocument(message.raw).toJson(QJsonDocument::Indented));
            const QString fence = fenceFor(json);
            out += QStringLiteral("### ") + tr("Message this version cannot show") + QStringLiteral("\n\n") + fence
                   + QStringLiteral("json\n") + json + fence + QLatin1Char('\n');
            continue;
        }
        QString heading;
        switch (message.role) {
        case ChatMessage::Role::User:
            heading = tr("You");
            break;
        case ChatMessage::Role::Assistant:
            heading = message.model.isEmpty() ? tr("Assistant") : tr("Assistant (%1)").arg(message.model);
            break;
        case ChatMessage::Role::System:
        case ChatMessage::Role::Unknown:
            heading = tr("System");
            break;
        }
        if (message.time.isValid())
            heading += QStringLiteral(" · ") + localTime(message.time);
        out += QStringLiteral("### ") + heading + QStringLiteral("\n\n");
        if (!message.reasoning.isEmpty())
            out += QStringLiteral("<details><summary>") + tr("Reasoning") + QStringLiteral("</summary>\n\n")
                   + message.reasoning + QStringLiteral("\n\n</details>\n\n");
        if (!message.content.isEmpty())
            out += message.content + QLatin1Char('\n');
        QString note;
        switch (message.state) {
        case ChatMessage::State::Stopped:
            note = tr("Stopped before the end.");
            break;
        case ChatMessage::State::Interrupted:
        case ChatMessage::State::Streaming:
            note = tr("Interrupted: this answer is incomplete.");
            break;
        case ChatMessage::State::Failed:
            note = message.errorCode.isEmpty() ? tr("Failed.") : tr("Failed (%1).").arg(message.errorCode);
            break;
        case ChatMessage::State::Complete:
            break;
        }
        if (!note.isEmpty())
            out += QStringLiteral("\n*") + note + QStringLiteral("*\n");
    }
    return out;
}

QString ConversationExport::markdown(const QList<Conversation> &conversations)
{
    QStringList parts;
    for (const Conversation &conversation : conversations)
        parts.append(markdown(conversation));
    return parts.join(QStringLiteral("\n---\n\n"));
}

QByteArray ConversationExport::json(const QList<Conversation> &conversations)
{
    if (conversations.size() == 1)
        return QJsonDocument(conversations.first().toJson()).toJson(QJsonDocument::Indented);
    QJsonArray list;
    for (const Conversation &conversation : conversations)
        list.append(conversation.toJson());
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QByteArray ConversationExport::encode(const QList<Conversation> &conversations, Format format)
{
    return format == Format::Json ? json(conversations) : markdown(conversations).toUtf8();
}

QString ConversationExport::fileSuffix(Format format)
{
    return format == Format::Json ? QStringLiteral("json") : QStringLiteral("md");
}

QString ConversationExport::suggestedFileName(const Conversation &conversation, Format format)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)"));
    QString base = conversation.displayTitle().replace(unsafe, QStringLiteral(" ")).simplified();
    while (base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    if (base.size() > 80)
        base = base.left(80).trimmed();
    if (base.isEmpty())
        base = tr("conversation");
    return base + QLatin1Char('.') + fileSuffix(format);
}

bool ConversationExport::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace sajudesk
