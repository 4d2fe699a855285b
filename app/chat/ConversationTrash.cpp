// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationTrash.h"

#include "chat/ConversationStore.h"
#include "chat/JsonFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace sajudesk {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ConversationTrash::ConversationTrash(const QString &conversationDirectory)
    : m_conversations(conversationDirectory)
    , m_directory(conversationDirectory + QStringLiteral("/trash"))
{}

ConversationTrash::Item ConversationTrash::parseName(const QString &fileName)
{
    Item item;
    if (!fileName.endsWith(QLatin1String(".json")))
        return item;
    const QString base = fileName.chopped(5);
    const int dash = static_cast<int>(base.indexOf(QLatin1Char('-')));
    bool ok = false;
    const qint64 ms = base.left(dash).toLongLong(&ok);
    const QString id = base.mid(dash + 1);
    if (dash <= 0 || !ok || !ConversationStore::isValidId(id))
        return item;
    item.id = id;
    item.deletedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    item.fileName = fileName;
    return item;
}

QList<ConversationTrash::Item> ConversationTrash::moveToTrash(const QStringList &ids, const QDateTime &now,
                                                              QStringList *errors) const
{
    QList<Item> moved;
    const ConversationStore store(m_conversations);
    if (!QDir().mkpath(m_directory)) {
        if (errors)
            errors->append(tr("Cannot create the folder %1.").arg(native(m_directory)));
        return moved;
    }
    for (const QString &id : ids) {
        if (!ConversationStore::isValidId(id))
            continue;
        const QString source = store.pathFor(id);
        Item item{id, now.toUTC(), QStringLiteral("%1-%2.json").arg(now.toMSecsSinceEpoch()).arg(id)};
        QFile file(source);
        if (!file.exists())
            continue; // already gone: nothing to undo
        if (!file.rename(m_directory + QLatin1Char('/') + item.fileName)) {
            if (errors)
                errors->append(tr("Cannot move %1 to the trash: %2").arg(native(source), file.errorString()));
            continue;
        }
        moved.append(item);
    }
    return moved;
}

QStringList ConversationTrash::restore(const QList<Item> &items, QStringList *errors) const
{
    QStringList restored;
    const ConversationStore store(m_conversations);
    for (const Item &item : items) {
        const QString source = m_directory + QLatin1Char('/') + item.fileName;
        if (!QFile::exists(source)) {
            if (errors)
                errors->append(tr("%1 is no longer in the trash.").arg(native(source)));
            continue;
        }
        QString id = item.id;
        if (!QFile::exists(store.pathFor(id))) {
            QFile file(source);
            if (file.rename(store.pathFor(id))) {
                restored.append(id);
            } else if (errors) {
                errors->append(tr("Cannot restore %1: %2").arg(native(source), file.errorString()));
            }
            continue;
        }
        // The id was taken meanwhile: restore under a new one rather than overwrite anything.
        QJsonDocument document;
        QString error;
        if (!JsonFile::read(source, &document, &error) || !document.isObject()) {
            if (errors)
                errors->append(error.isEmpty() ? tr("Cannot restore %1.").arg(native(source)) : error);
            continue;
        }
        QJsonObject json = document.object();
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        json.insert(QStringLiteral("id"), id);
        if (!JsonFile::write(store.pathFor(id), QJsonDocument(json), &error)) {
            if (errors)
                errors->append(error);
            continue;
        }
        QFile::remove(source);
        restored.append(id);
    }
    return restored;
}

QList<ConversationTrash::Item> ConversationTrash::items() const
{
    QList<Item> list;
    const QStringList names = QDir(m_directory).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : names) {
        Item item = parseName(name);
        if (!item.id.isEmpty())
            list.append(item);
    }
    std::sort(list.begin(), list.end(), [](const Item &a, const Item &b) { return a.deletedAt > b.deletedAt; });
    return list;
}

QStringList ConversationTrash::ids() const
{
    QStringList list;
    const QList<Item> all = items();
    for (const Item &item : all)
        list.append(item.id);
    return list;
}

int ConversationTrash::purge(const QDateTime &now, int days, QStringList *errors) const
{
    int removed = 0;
    const QDateTime cutoff = now.toUTC().addDays(-days);
    const QList<Item> all = items();
    for (const Item &item : all) {
        if (item.deletedAt >= cutoff)
            continue;
        QFile file(m_directory + QLatin1Char('/') + item.fileName);
        if (file.remove())
            ++removed;
        else if (errors)
            errors->append(tr("Cannot remove %1 from the trash: %2").arg(native(file.fileName()), file.errorString()));
    }
    return removed;
}

} // namespace sajudesk
