// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sajudesk {

/// A saved person for the fortune form. Fields are kept as the user typed them so a profile
/// survives any later change in how the engine interprets them. Keys this version does not know
/// are kept in `extra` and written back unchanged.
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
    QJsonObject extra; ///< keys this version does not know

    QJsonObject toJson() const;
    /// `ok` is false when a known key has another JSON type (the entry is then kept as it is,
    /// unread). A missing `id` is not an error: the store gives the entry one.
    static BirthProfile fromJson(const QJsonObject &json, bool *ok = nullptr);
};

/// All profiles in one JSON file (AppDataLocation/profiles.json by default), written atomically.
///
/// One file rather than one per profile: profiles are few and small, a save replaces the whole
/// list in a single atomic rename (never half the profiles old and half new), the most-recent
/// order lives in the file itself, and there is one thing to back up or move aside. Only the GUI
/// writes it (one instance per data folder, see SingleInstance); the CLI never does.
///
/// Lossless like ConversationStore: unknown top-level keys, unknown profile fields and entries
/// that cannot be read are written back unchanged; entries without an `id` get a stable one.
/// A file that is not a profiles file (bad JSON, another shape) is moved aside and reported with
/// its new path, never read as empty and overwritten. A file from a newer SajuDesk (`format`
/// above CurrentFormat) is shown read-only: save(), upsert() and remove() refuse it.
class ProfileStore
{
public:
    static constexpr int CurrentFormat = 1;

    explicit ProfileStore(const QString &filePath = {});

    QString filePath() const { return m_path; }
    /// Profiles, most recently used first. What went wrong (moved aside, read-only, entries kept
    /// unread) is described in `error` (translated, with paths); each only once per store.
    QList<BirthProfile> load(QString *error = nullptr);
    bool save(const QList<BirthProfile> &profiles, QString *error = nullptr);
    /// Inserts or replaces by id (a new id is made when empty), then saves. Unknown fields of
    /// the stored profile are kept when `profile` brings none of its own.
    bool upsert(BirthProfile profile, QString *error = nullptr, QString *savedId = nullptr);
    bool remove(const QString &id, QString *error = nullptr);
    /// The file was written by a newer SajuDesk (known after load()).
    bool isReadOnly() const { return m_readOnly; }

private:
    bool refuseWrite(QString *error) const;

    QString m_path;
    // What the last load() found beside the readable profiles; save() writes it back.
    QJsonObject m_extra;
    QJsonArray m_unreadable;
    int m_format = CurrentFormat;
    bool m_loaded = false;
    bool m_readOnly = false;
    bool m_blocked = false; ///< a damaged file could not be moved aside: never write over it
    QStringList m_reported;
    QStringList m_unreported;
};

} // namespace sajudesk
