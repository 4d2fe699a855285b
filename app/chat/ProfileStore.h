// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sajudesk {

/// A saved person for the fortune form. Fields are kept as the user typed them so a profile
/// survives any later change in how the engine interprets them.
struct BirthProfile
{
    QString id;
    QString name;      ///< userName sent to the Saju API
    QString birthDate; ///< "YYYY-MM-DD" as typed (solar or lunar per `lunar`)
    QString birthTime; ///< "HH:MM", empty when unknown
    bool lunar = false;
    bool leapMonth = false;
    QString ziRule; ///< "split", "23" or "midnight"
    QString city;   ///< built-in city name, or empty when `longitude` is used
    double longitude = 126.978;
    QString gender;       ///< "male", "female" or empty (not chosen)
    QString luckRounding; ///< "half-up" (also when empty) or "floor"; how the 대운 start age rounds
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static BirthProfile fromJson(const QJsonObject &json, bool *ok = nullptr);
};

/// All profiles in one atomically written JSON file (AppDataLocation/profiles.json by default).
class ProfileStore
{
public:
    explicit ProfileStore(const QString &filePath = {});

    QString filePath() const { return m_path; }
    /// Profiles, most recently used first. A damaged file is moved aside and reported in `error`.
    QList<BirthProfile> load(QString *error = nullptr) const;
    bool save(const QList<BirthProfile> &profiles, QString *error = nullptr) const;
    /// Inserts or replaces by id (a new id is made when empty), then saves.
    bool upsert(BirthProfile profile, QString *error = nullptr, QString *savedId = nullptr) const;
    bool remove(const QString &id, QString *error = nullptr) const;

private:
    QString m_path;
};

} // namespace sajudesk
