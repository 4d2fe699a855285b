// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationStore.h"

#include "chat/JsonFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace sajudesk {

namespace {
bool isSafeId(const QString &id)
{
    // Ids become file names: only UUID characters, so no id can point outside the directory.
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z-]{1,64}$"));
    return pattern.match(id).hasMatch();
}
} // namespace

ConversationStore::ConversationStore(const QString &directory)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                            + QStringLiteral("/conversations")
                                      : directory)
{}

QString ConversationStore::pathFor(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + QStringLiteral(".json");
}

QList<Conversation> ConversationStore::loadAll(QStringList *problems) const
{
    QList<Conversation> result;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        QJsonDocument document;
        QString error;
        bool ok = JsonFile::read(path, &document, &error);
        Conversation conversation;
        if (ok) {
            conversation = Conversation::fromJson(document.object(), &ok);
            if (!ok)
                error = QCoreApplication::translate("ConversationStore", "%1 is not a SajuDesk conversation.")
                            .arg(QDir::toNativeSeparators(path));
        }
        if (!ok) {
            JsonFile::quarantine(path);
            if (problems)
                problems->append(error);
            continue;
        }
        result.append(conversation);
    }
    std::sort(result.begin(), result.end(),
              [](const Conversation &a, const Conversation &b) { return a.updatedAt > b.updatedAt; });
    return result;
}

bool ConversationStore::save(const Conversation &conversation, QString *error) const
{
    if (!isSafeId(conversation.id)) {
        if (error)
            *error = QCoreApplication::translate("ConversationStore", "The conversation has an invalid id.");
        return false;
    }
    return JsonFile::write(pathFor(conversation.id), QJsonDocument(conversation.toJson()), error);
}

bool ConversationStore::remove(const QString &id, QString *error) const
{
    if (!isSafeId(id)) {
        if (error)
            *error = QCoreApplication::translate("ConversationStore", "The conversation has an invalid id.");
        return false;
    }
    QFile file(pathFor(id));
    if (file.exists() && !file.remove()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace sajudesk
