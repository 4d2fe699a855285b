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

bool ConversationStore::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

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
        QString problem;
        std::optional<Conversation> conversation = loadPath(dir.filePath(name), &problem);
        if (conversation)
            result.append(std::move(*conversation));
        else if (problems && !problem.isEmpty())
            problems->append(problem);
    }
    std::sort(result.begin(), result.end(),
              [](const Conversation &a, const Conversation &b) { return a.updatedAt > b.updatedAt; });
    return result;
}

std::optional<Conversation> ConversationStore::load(const QString &id, QString *problem) const
{
    if (problem)
        problem->clear();
    if (!isValidId(id) || !QFile::exists(pathFor(id)))
        return std::nullopt;
    return loadPath(pathFor(id), problem);
}

std::optional<Conversation> ConversationStore::loadPath(const QString &path, QString *problem) const
{
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
        // A file deleted between listing and reading is not damage.
        if (!QFile::exists(path))
            return std::nullopt;
        JsonFile::quarantine(path);
        if (problem)
            *problem = error;
        return std::nullopt;
    }
    return conversation;
}

bool ConversationStore::save(const Conversation &conversation, QString *error) const
{
    if (!isValidId(conversation.id)) {
        if (error)
            *error = QCoreApplication::translate("ConversationStore", "The conversation has an invalid id.");
        return false;
    }
    return JsonFile::write(pathFor(conversation.id), QJsonDocument(conversation.toJson()), error);
}

bool ConversationStore::remove(const QString &id, QString *error) const
{
    if (!isValidId(id)) {
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
