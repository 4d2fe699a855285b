// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ProfileStore.h"

#include "chat/JsonFile.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace sajudesk {

QJsonObject BirthProfile::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("birthDate"), birthDate},
            {QStringLiteral("birthTime"), birthTime},
            {QStringLiteral("lunar"), lunar},
            {QStringLiteral("leapMonth"), leapMonth},
            {QStringLiteral("ziRule"), ziRule},
            {QStringLiteral("city"), city},
            {QStringLiteral("longitude"), longitude},
            {QStringLiteral("gender"), gender},
            {QStringLiteral("luckRounding"), luckRounding},
            {QStringLiteral("updatedAt"), updatedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

BirthProfile BirthProfile::fromJson(const QJsonObject &json, bool *ok)
{
    BirthProfile profile;
    profile.id = json.value(QStringLiteral("id")).toString();
    profile.name = json.value(QStringLiteral("name")).toString();
    profile.birthDate = json.value(QStringLiteral("birthDate")).toString();
    profile.birthTime = json.value(QStringLiteral("birthTime")).toString();
    profile.lunar = json.value(QStringLiteral("lunar")).toBool();
    profile.leapMonth = json.value(QStringLiteral("leapMonth")).toBool();
    profile.ziRule = json.value(QStringLiteral("ziRule")).toString(QStringLiteral("split"));
    profile.city = json.value(QStringLiteral("city")).toString();
    profile.longitude = json.value(QStringLiteral("longitude")).toDouble(126.978);
    profile.gender = json.value(QStringLiteral("gender")).toString();
    profile.luckRounding = json.value(QStringLiteral("luckRounding")).toString();
    profile.updatedAt = QDateTime::fromString(json.value(QStringLiteral("updatedAt")).toString(), Qt::ISODateWithMs);
    if (ok)
        *ok = !profile.id.isEmpty();
    return profile;
}

ProfileStore::ProfileStore(const QString &filePath)
    : m_path(filePath.isEmpty()
                 ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles.json")
                 : filePath)
{}

QList<BirthProfile> ProfileStore::load(QString *error) const
{
    QList<BirthProfile> profiles;
    if (!QFile::exists(m_path))
        return profiles;
    QJsonDocument document;
    if (!JsonFile::read(m_path, &document, error)) {
        JsonFile::quarantine(m_path);
        return profiles;
    }
    const QJsonArray list = document.object().value(QStringLiteral("profiles")).toArray();
    for (const QJsonValue &value : list) {
        bool ok = false;
        const BirthProfile profile = BirthProfile::fromJson(value.toObject(), &ok);
        if (ok)
            profiles.append(profile);
    }
    std::stable_sort(profiles.begin(), profiles.end(),
                     [](const BirthProfile &a, const BirthProfile &b) { return a.updatedAt > b.updatedAt; });
    return profiles;
}

bool ProfileStore::save(const QList<BirthProfile> &profiles, QString *error) const
{
    QJsonArray list;
    for (const BirthProfile &profile : profiles)
        list.append(profile.toJson());
    const QJsonObject root{{QStringLiteral("format"), 1}, {QStringLiteral("profiles"), list}};
    return JsonFile::write(m_path, QJsonDocument(root), error);
}

bool ProfileStore::upsert(BirthProfile profile, QString *error, QString *savedId) const
{
    QString loadError;
    QList<BirthProfile> profiles = load(&loadError);
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.updatedAt = QDateTime::currentDateTimeUtc();
    const auto existing =
        std::find_if(profiles.begin(), profiles.end(), [&](const BirthProfile &p) { return p.id == profile.id; });
    // The profile just used moves to the front, so equal timestamps still order correctly.
    if (existing != profiles.end())
        profiles.erase(existing);
    profiles.prepend(profile);
    if (savedId)
        *savedId = profile.id;
    return save(profiles, error);
}

bool ProfileStore::remove(const QString &id, QString *error) const
{
    QList<BirthProfile> profiles = load(error);
    profiles.erase(std::remove_if(profiles.begin(), profiles.end(), [&](const BirthProfile &p) { return p.id == id; }),
                   profiles.end());
    return save(profiles, error);
}

} // namespace sajudesk
