// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ProfileStore.h"

#include "chat/JsonFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace sajudesk {

namespace {

const QStringList &knownKeys()
{
    static const QStringList keys{
        QStringLiteral("id"),        QStringLiteral("name"),         QStringLiteral("birthDate"),
        QStringLiteral("birthTime"), QStringLiteral("lunar"),        QStringLiteral("leapMonth"),
        QStringLiteral("ziRule"),    QStringLiteral("city"),         QStringLiteral("longitude"),
        QStringLiteral("gender"),    QStringLiteral("luckRounding"), QStringLiteral("updatedAt")};
    return keys;
}

bool typeOk(const QJsonObject &json, const char *key, QJsonValue::Type type)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isUndefined() || value.isNull() || value.type() == type;
}

// An entry written without an id gets one derived from its content and place, so every load()
// gives it the same id until the next save writes it down.
QString stableIdFor(const QJsonObject &entry, int index)
{
    static const QUuid space(QStringLiteral("{3c0b6e8e-4f7a-4d0c-9a57-1b2f0d6a9e41}"));
    return QUuid::createUuidV5(space, QJsonDocument(entry).toJson(QJsonDocument::Compact) + QByteArray::number(index))
        .toString(QUuid::WithoutBraces);
}

} // namespace

QJsonObject BirthProfile::toJson() const
{
    QJsonObject json = extra;
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("birthDate"), birthDate);
    json.insert(QStringLiteral("birthTime"), birthTime);
    json.insert(QStringLiteral("lunar"), lunar);
    json.insert(QStringLiteral("leapMonth"), leapMonth);
    json.insert(QStringLiteral("ziRule"), ziRule);
    json.insert(QStringLiteral("city"), city);
    json.insert(QStringLiteral("longitude"), longitude);
    // Written only when set: a profile from before these fields reads back byte for byte.
    if (!gender.isEmpty())
        json.insert(QStringLiteral("gender"), gender);
    if (!luckRounding.isEmpty())
        json.insert(QStringLiteral("luckRounding"), luckRounding);
    json.insert(QStringLiteral("updatedAt"), updatedAt.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

BirthProfile BirthProfile::fromJson(const QJsonObject &json, bool *ok)
{
    BirthProfile profile;
    const bool valid = typeOk(json, "id", QJsonValue::String) && typeOk(json, "name", QJsonValue::String)
                       && typeOk(json, "birthDate", QJsonValue::String) && typeOk(json, "birthTime", QJsonValue::String)
                       && typeOk(json, "lunar", QJsonValue::Bool) && typeOk(json, "leapMonth", QJsonValue::Bool)
                       && typeOk(json, "ziRule", QJsonValue::String) && typeOk(json, "city", QJsonValue::String)
                       && typeOk(json, "longitude", QJsonValue::Double) && typeOk(json, "gender", QJsonValue::String)
                       && typeOk(json, "luckRounding", QJsonValue::String)
                       && typeOk(json, "updatedAt", QJsonValue::String);
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            profile.extra.insert(it.key(), it.value());
    }
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
        *ok = valid;
    return profile;
}

ProfileStore::ProfileStore(const QString &filePath)
    : m_path(filePath.isEmpty()
                 ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles.json")
                 : filePath)
{}

QList<BirthProfile> ProfileStore::load(QString *error)
{
    m_extra = QJsonObject();
    m_unreadable = QJsonArray();
    m_format = CurrentFormat;
    m_readOnly = false;
    m_blocked = false;
    m_loaded = true;
    QStringList problems;
    const auto finish = [&](QList<BirthProfile> profiles) {
        std::stable_sort(profiles.begin(), profiles.end(),
                         [](const BirthProfile &a, const BirthProfile &b) { return a.updatedAt > b.updatedAt; });
        // Each problem is told once per store, to the first caller that asks for problems.
        for (const QString &problem : std::as_const(problems)) {
            if (!m_reported.contains(problem) && !m_unreported.contains(problem))
                m_unreported.append(problem);
        }
        if (error) {
            *error = m_unreported.join(QLatin1Char('\n'));
            m_reported += m_unreported;
            m_unreported.clear();
        }
        return profiles;
    };
    const auto moveAside = [&](const QString &problem) {
        bool moved = false;
        problems.append(JsonFile::quarantineAndReport(m_path, problem, &moved));
        m_blocked = !moved;
        return finish({});
    };

    if (!QFile::exists(m_path))
        return finish({});
    QJsonDocument document;
    QString readError;
    if (!JsonFile::read(m_path, &document, &readError))
        return moveAside(readError);
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    const QJsonValue list = root.value(QStringLiteral("profiles"));
    const QString nativePath = QDir::toNativeSeparators(m_path);
    if (!document.isObject() || !(format.isUndefined() || format.isDouble()))
        return moveAside(
            QCoreApplication::translate("ProfileStore", "%1 is not a SajuDesk profiles file.").arg(nativePath));
    m_format = format.toInt(CurrentFormat);
    if (m_format > CurrentFormat) {
        // A newer SajuDesk wrote it: show what can be read, never write it.
        m_readOnly = true;
        problems.append(
            QCoreApplication::translate("ProfileStore",
                                        "%1 was written by a newer version of SajuDesk (format %2). Profiles are shown "
                                        "read-only; this version does not save or delete them.")
                .arg(nativePath)
                .arg(m_format));
    } else if (!list.isArray()) {
        return moveAside(
            QCoreApplication::translate("ProfileStore", "%1 is not a SajuDesk profiles file.").arg(nativePath));
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("format") && it.key() != QLatin1String("profiles"))
            m_extra.insert(it.key(), it.value());
    }
    QList<BirthProfile> profiles;
    const QJsonArray entries = list.toArray();
    for (int i = 0; i < entries.size(); ++i) {
        bool ok = false;
        BirthProfile profile = BirthProfile::fromJson(entries.at(i).toObject(), &ok);
        if (!entries.at(i).isObject() || !ok) {
            m_unreadable.append(entries.at(i)); // kept as it is and written back
            continue;
        }
        if (profile.id.isEmpty())
            profile.id = stableIdFor(entries.at(i).toObject(), i);
        profiles.append(profile);
    }
    if (!m_unreadable.isEmpty()) {
        problems.append(QCoreApplication::translate("ProfileStore",
                                                    "%n profile(s) in %1 could not be read. They are kept in the "
                                                    "file unchanged.",
                                                    nullptr, static_cast<int>(m_unreadable.size()))
                            .arg(nativePath));
    }
    return finish(profiles);
}

bool ProfileStore::refuseWrite(QString *error) const
{
    if (m_readOnly) {
        if (error)
            *error =
                QCoreApplication::translate(
                    "ProfileStore", "%1 was written by a newer version of SajuDesk; this version does not change it.")
                    .arg(QDir::toNativeSeparators(m_path));
        return true;
    }
    if (m_blocked) {
        if (error)
            *error =
                QCoreApplication::translate(
                    "ProfileStore", "%1 is damaged and could not be moved aside, so nothing is saved over it. Move or "
                                    "delete it, then try again.")
                    .arg(QDir::toNativeSeparators(m_path));
        return true;
    }
    return false;
}

bool ProfileStore::save(const QList<BirthProfile> &profiles, QString *error)
{
    if (!m_loaded)
        load(); // picks up what must be written back (unknown keys, unread entries, read-only)
    if (refuseWrite(error))
        return false;
    QJsonArray list;
    for (const BirthProfile &profile : profiles)
        list.append(profile.toJson());
    for (const QJsonValue &entry : std::as_const(m_unreadable))
        list.append(entry);
    QJsonObject root = m_extra;
    root.insert(QStringLiteral("format"), CurrentFormat);
    root.insert(QStringLiteral("profiles"), list);
    return JsonFile::write(m_path, QJsonDocument(root), error);
}

bool ProfileStore::upsert(BirthProfile profile, QString *error, QString *savedId)
{
    QList<BirthProfile> profiles = load();
    if (refuseWrite(error))
        return false;
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.updatedAt = QDateTime::currentDateTimeUtc();
    const auto existing =
        std::find_if(profiles.begin(), profiles.end(), [&](const BirthProfile &p) { return p.id == profile.id; });
    // The profile just used moves to the front, so equal timestamps still order correctly.
    if (existing != profiles.end()) {
        if (profile.extra.isEmpty())
            profile.extra = existing->extra; // the form knows only the known fields
        profiles.erase(existing);
    }
    profiles.prepend(profile);
    if (savedId)
        *savedId = profile.id;
    return save(profiles, error);
}

bool ProfileStore::remove(const QString &id, QString *error)
{
    QList<BirthProfile> profiles = load();
    if (refuseWrite(error))
        return false;
    profiles.erase(std::remove_if(profiles.begin(), profiles.end(), [&](const BirthProfile &p) { return p.id == id; }),
                   profiles.end());
    return save(profiles, error);
}

} // namespace sajudesk
