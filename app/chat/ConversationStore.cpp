// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationStore.h"

#include "chat/JsonFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace sajudesk {

bool ConversationStore::isValidId(const QString &id)
{
    // [0-9A-Za-z-]{1,64}, by hand: it runs for every entry of the index at every start.
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '-'))
            return false;
    }
    return true;
}

namespace {

QString newerFormatNotice(const QString &path, int format)
{
    return QCoreApplication::translate(
               "ConversationStore",
               "%1 was written by a newer version of SajuDesk (format %2). It is shown read-only, and this "
               "version does not change it.")
        .arg(QDir::toNativeSeparators(path))
        .arg(format);
}
} // namespace

ConversationStore::ConversationStore(const QString &directory)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                            + QStringLiteral("/conversations")
                                      : directory)
{}

ConversationStore::~ConversationStore() = default;

QString ConversationStore::pathFor(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + QStringLiteral(".json");
}

QList<Conversation> ConversationStore::loadAll(QStringList *problems, QStringList *notices) const
{
    QList<Conversation> result;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        QString problem, notice;
        std::optional<Conversation> conversation = loadPath(dir.filePath(name), &problem, &notice);
        if (conversation)
            result.append(std::move(*conversation));
        if (problems && !problem.isEmpty())
            problems->append(problem);
        if (QStringList *tell = notices ? notices : problems; tell && !notice.isEmpty())
            tell->append(notice);
    }
    std::sort(result.begin(), result.end(),
              [](const Conversation &a, const Conversation &b) { return a.updatedAt > b.updatedAt; });
    return result;
}

std::optional<Conversation> ConversationStore::load(const QString &id, QString *problem, QString *notice) const
{
    if (!isValidId(id))
        return std::nullopt;
    return loadPath(pathFor(id), problem, notice);
}

std::optional<Conversation> ConversationStore::loadPath(const QString &path, QString *problem, QString *notice) const
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
        const QString report = JsonFile::quarantineAndReport(path, error);
        if (problem)
            *problem = report;
        return std::nullopt;
    }
    if (conversation.readOnly && notice)
        *notice = newerFormatNotice(path, conversation.format);
    return conversation;
}

bool ConversationStore::save(const Conversation &conversation, QString *error) const
{
    if (!isValidId(conversation.id)) {
        if (error)
            *error = QCoreApplication::translate("ConversationStore", "The conversation has an invalid id.");
        return false;
    }
    const QString path = pathFor(conversation.id);
    if (conversation.readOnly) {
        if (error)
            *error = QCoreApplication::translate(
                         "ConversationStore",
                         "%1 was written by a newer version of SajuDesk; this version does not save changes to it.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    // Schema upgrade: the first save of a conversation read from an older format keeps a copy of
    // the old file (once); without that copy the old file is not replaced.
    if (conversation.format < Conversation::CurrentFormat) {
        const QString backup = JsonFile::upgradeBackupPath(path, conversation.format);
        if (!QFile::exists(backup)) {
            // The file may already be upgraded (its backup since deleted by the user): only an
            // older file on disk is copied.
            QJsonDocument onDisk;
            const bool older =
                JsonFile::read(path, &onDisk)
                && onDisk.object().value(QStringLiteral("format")).toInt(1) < Conversation::CurrentFormat;
            if (older && !JsonFile::keepUpgradeBackup(path, conversation.format, error))
                return false;
        }
    }
    return JsonFile::write(path, QJsonDocument(conversation.toJson()), error);
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
            *error = QCoreApplication::translate("ConversationStore", "Cannot delete %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

} // namespace sajudesk
