// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sajuapi/FortuneResult.h"
#include "sajuapi/SajuApiJson.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace sajudesk {

namespace saju {
struct FourPillars;
}

/// How the pillars sent with a fortune were computed on this machine. It does not decide which
/// answer is cached (the server only sees the pillars), but it is saved beside the answer so a
/// view can say what the fortune was based on.
struct FortuneComputation
{
    QString ziRule;       ///< "split", "23" or "midnight" (empty when unknown)
    double longitude = 0; ///< birthplace, degrees east
    bool dstApplied = false;
    QString engineVersion; ///< SajuDesk version whose engine computed the pillars

    bool isValid() const { return !ziRule.isEmpty(); }
    /// The pillars' 子 rule and longitude; DST when the birth instant's Korean offset was a
    /// daylight-saving one; this build's version.
    static FortuneComputation fromPillars(const saju::FourPillars &pillars);
    QJsonObject toJson() const;
    static FortuneComputation fromJson(const QJsonObject &json);

    friend bool operator==(const FortuneComputation &a, const FortuneComputation &b);
};

/// One cached answer: what was asked (service, the request as sent), how the pillars were
/// computed, the result, and when it was fetched.
struct FortuneCacheEntry
{
    QString key;          ///< FortuneCache::keyFor(baseUrl, params)
    QUrl baseUrl;         ///< service base URL the answer came from
    FortuneParams params; ///< as sent (the date always set)
    FortuneComputation computation;
    FortuneResult result; ///< result.meta has the requestId and the cost
    QDateTime fetchedAt;  ///< UTC

    bool isValid() const { return !key.isEmpty(); }
    QString requestId() const { return result.meta.requestId; }
    /// The model the service says it used, else the one asked for.
    QString model() const { return result.meta.model.isEmpty() ? params.model : result.meta.model; }
    double cost() const { return result.meta.cost; } ///< USD, -1 when unknown
};

/// Daily fortunes already paid for, shared by the GUI and the CLI (api-contract §2.10: cache
/// locally per person, date, model and type). One JSON file per entry, written with QSaveFile,
/// so two processes may write at once without a shared index to corrupt. Entries fetched more
/// than 90 days ago are deleted, at most once a day, when an entry is written. A damaged file
/// is never fatal: it is moved aside (`.damaged`) and treated as a miss.
///
///   FortuneCache cache;                                  // QStandardPaths::CacheLocation/fortunes
///   if (auto hit = cache.load(cfg.baseUrl, params))      // params.date set (or today in Seoul)
///       show(hit->result, hit->fetchedAt);
///   ... cache.store(cache.entryFor(cfg.baseUrl, params, computation, result));
///
/// FortuneRequest::setCache() does the lookup and the store for a request.
class FortuneCache
{
public:
    static constexpr int MaxAgeDays = 90;
    static constexpr int FormatVersion = 1;

    /// `directory` empty: defaultDirectory().
    explicit FortuneCache(const QString &directory = {});

    static QString defaultDirectory();
    QString directory() const { return m_dir; }

    /// SHA-256 (hex) of the normalised base URL and the request body exactly as it is sent
    /// (pillars, dayMaster, userName, model, date, type). An invalid date means today in Seoul.
    static QString keyFor(const QUrl &baseUrl, const FortuneParams &params);

    /// The cached answer for exactly this request, if any (damaged files are set aside).
    std::optional<FortuneCacheEntry> load(const QUrl &baseUrl, const FortuneParams &params) const;
    /// Every cached answer for this person (same service, pillars and name) on `date`, any
    /// model or type, newest first — what a view shows after switching to that person.
    QList<FortuneCacheEntry> entriesFor(const QUrl &baseUrl, const QJsonObject &saju, const QString &userName,
                                        const QDate &date) const;

    /// A complete entry for `result`, fetched now.
    FortuneCacheEntry entryFor(const QUrl &baseUrl, const FortuneParams &params, const FortuneComputation &computation,
                               const FortuneResult &result) const;
    /// Writes atomically (replacing an older answer to the same request) and prunes when due.
    /// False with `error` set when the file could not be written; the cache is then unchanged.
    bool store(const FortuneCacheEntry &entry, QString *error = nullptr);
    /// Deletes the entry for this request; true when one was there.
    bool remove(const QUrl &baseUrl, const FortuneParams &params);

    /// Deletes entries fetched more than MaxAgeDays ago and leftovers (damaged or temporary
    /// files older than a day). Returns how many entries were deleted.
    int prune();

    /// Time source (UTC), for tests.
    void setClock(std::function<QDateTime()> nowUtc) { m_now = std::move(nowUtc); }

    static QJsonObject toJson(const FortuneCacheEntry &entry);
    static std::optional<FortuneCacheEntry> fromJson(const QJsonObject &json);

private:
    QString fileFor(const QUrl &baseUrl, const FortuneParams &params) const;
    std::optional<FortuneCacheEntry> read(const QString &path) const;
    void setAside(const QString &path) const;
    void pruneIfDue();

    QString m_dir;
    std::function<QDateTime()> m_now;
};

} // namespace sajudesk
