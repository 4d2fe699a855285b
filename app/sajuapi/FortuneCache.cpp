// SPDX-License-Identifier: GPL-3.0-or-later
#include "sajuapi/FortuneCache.h"

#include "core/BuildInfo.h"
#include "core/Logging.h"
#include "saju/FourPillars.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace sajudesk {

namespace {

constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
const QString pruneStampName = QStringLiteral(".last-prune");

QString normalisedBase(const QUrl &url)
{
    QString text =
        url.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toString(QUrl::FullyEncoded);
    // "https://host/" and "https://host" are the same service (StripTrailingSlash keeps a root "/").
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

FortuneParams withDate(FortuneParams params)
{
    if (!params.date.isValid())
        params.date = SajuApiJson::seoulToday();
    params.userName = params.userName.trimmed();
    return params;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// Files of one person and day share a prefix, so entriesFor() reads only those.
QString personPrefix(const QUrl &baseUrl, const QJsonObject &saju, const QString &userName, const QDate &date)
{
    const QByteArray person = normalisedBase(baseUrl).toUtf8() + '\n'
                              + QJsonDocument(saju).toJson(QJsonDocument::Compact) + '\n' + userName.trimmed().toUtf8();
    return date.toString(Qt::ISODate) + QLatin1Char('_') + sha256Hex(person).left(16) + QLatin1Char('_');
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

FortuneComputation FortuneComputation::fromPillars(const saju::FourPillars &pillars)
{
    FortuneComputation c;
    c.ziRule = saju::ziRuleName(pillars.zi);
    c.longitude = pillars.longitude;
    // Korea's standard offsets were +8:27:52, +8:30 and +9; its summer times +9:30 and +10.
    c.dstApplied = pillars.utcOffset > 9 * 3600;
    c.engineVersion = QString::fromLatin1(buildinfo::versionString);
    return c;
}

QJsonObject FortuneComputation::toJson() const
{
    return {{QStringLiteral("ziRule"), ziRule},
            {QStringLiteral("longitude"), longitude},
            {QStringLiteral("dstApplied"), dstApplied},
            {QStringLiteral("engineVersion"), engineVersion}};
}

FortuneComputation FortuneComputation::fromJson(const QJsonObject &json)
{
    FortuneComputation c;
    c.ziRule = json.value(QLatin1String("ziRule")).toString();
    c.longitude = json.value(QLatin1String("longitude")).toDouble();
    c.dstApplied = json.value(QLatin1String("dstApplied")).toBool();
    c.engineVersion = json.value(QLatin1String("engineVersion")).toString();
    return c;
}

bool operator==(const FortuneComputation &a, const FortuneComputation &b)
{
    return a.ziRule == b.ziRule && a.longitude == b.longitude && a.dstApplied == b.dstApplied
           && a.engineVersion == b.engineVersion;
}

FortuneCache::FortuneCache(const QString &directory)
    : m_dir(directory.isEmpty() ? defaultDirectory() : directory)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

QString FortuneCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/fortunes");
}

QString FortuneCache::keyFor(const QUrl &baseUrl, const FortuneParams &params)
{
    return sha256Hex(normalisedBase(baseUrl).toUtf8() + '\n' + SajuApiJson::buildFortuneBody(withDate(params)));
}

QString FortuneCache::fileFor(const QUrl &baseUrl, const FortuneParams &params) const
{
    const FortuneParams p = withDate(params);
    return m_dir + QLatin1Char('/') + personPrefix(baseUrl, p.saju, p.userName, p.date) + keyFor(baseUrl, p).left(32)
           + QStringLiteral(".json");
}

QJsonObject FortuneCache::toJson(const FortuneCacheEntry &entry)
{
    return {{QStringLiteral("format"), FormatVersion},
            {QStringLiteral("key"), entry.key},
            {QStringLiteral("service"), normalisedBase(entry.baseUrl)},
            {QStringLiteral("request"),
             QJsonDocument::fromJson(SajuApiJson::buildFortuneBody(withDate(entry.params))).object()},
            {QStringLiteral("computation"), entry.computation.toJson()},
            {QStringLiteral("fetchedAt"), isoUtc(entry.fetchedAt)},
            {QStringLiteral("result"), entry.result.toJson()}};
}

std::optional<FortuneCacheEntry> FortuneCache::fromJson(const QJsonObject &json)
{
    const QJsonObject request = json.value(QLatin1String("request")).toObject();
    FortuneCacheEntry e;
    e.key = json.value(QLatin1String("key")).toString();
    e.baseUrl = QUrl(json.value(QLatin1String("service")).toString());
    e.params.saju = request.value(QLatin1String("saju")).toObject();
    e.params.userName = request.value(QLatin1String("userName")).toString();
    e.params.model = request.value(QLatin1String("model")).toString();
    e.params.date = QDate::fromString(request.value(QLatin1String("date")).toString(), Qt::ISODate);
    e.params.fortuneOnly = request.value(QLatin1String("type")).toString() == QLatin1String("fortune_only");
    e.computation = FortuneComputation::fromJson(json.value(QLatin1String("computation")).toObject());
    e.fetchedAt = QDateTime::fromString(json.value(QLatin1String("fetchedAt")).toString(), Qt::ISODateWithMs);
    const auto result = FortuneResult::fromJson(json.value(QLatin1String("result")).toObject());
    // The stored key must be the one its own request gives, so an edited file is not trusted.
    if (!result || !e.baseUrl.isValid() || !e.params.date.isValid() || !e.fetchedAt.isValid() || e.key.isEmpty()
        || keyFor(e.baseUrl, e.params) != e.key)
        return std::nullopt;
    e.result = *result;
    e.fetchedAt = e.fetchedAt.toUTC();
    return e;
}

std::optional<FortuneCacheEntry> FortuneCache::read(const QString &path) const
{
    QFile file(path);
    // Open first, ask questions later: Qt 6.4's QFile::exists() was seen to answer false for a
    // moment while another process renamed a new version over the entry (tst_fortune_cache
    // concurrentWritersNeverTear), although the path never stopped existing.
    if (!file.open(QIODevice::ReadOnly)) {
        if (QFileInfo::exists(path))
            setAside(path);
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        file.close();
        setAside(path);
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    file.close();
    const int format = doc.object().value(QLatin1String("format")).toInt(0);
    if (format > FormatVersion)
        return std::nullopt; // written by a newer SajuDesk: not ours to judge
    auto entry = doc.isObject() && format == FormatVersion ? fromJson(doc.object()) : std::nullopt;
    if (!entry)
        setAside(path);
    return entry;
}

void FortuneCache::setAside(const QString &path) const
{
    qCWarning(lcSaju).noquote() << "fortune cache: unreadable entry set aside:" << QFileInfo(path).fileName();
    const QString aside = path + QStringLiteral(".damaged");
    QFile::remove(aside);
    if (!QFile::rename(path, aside))
        QFile::remove(path);
}

std::optional<FortuneCacheEntry> FortuneCache::load(const QUrl &baseUrl, const FortuneParams &params) const
{
    auto entry = read(fileFor(baseUrl, params));
    if (!entry || entry->key != keyFor(baseUrl, params))
        return std::nullopt;
    return entry;
}

QList<FortuneCacheEntry> FortuneCache::entriesFor(const QUrl &baseUrl, const QJsonObject &saju, const QString &userName,
                                                  const QDate &date) const
{
    QList<FortuneCacheEntry> out;
    const QString prefix = personPrefix(baseUrl, saju, userName, date.isValid() ? date : SajuApiJson::seoulToday());
    const QStringList files = QDir(m_dir).entryList({prefix + QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        auto entry = read(m_dir + QLatin1Char('/') + name);
        if (entry && entry->params.saju == saju && entry->params.userName == userName.trimmed()
            && normalisedBase(entry->baseUrl) == normalisedBase(baseUrl))
            out << *entry;
    }
    std::sort(out.begin(), out.end(),
              [](const FortuneCacheEntry &a, const FortuneCacheEntry &b) { return a.fetchedAt > b.fetchedAt; });
    return out;
}

FortuneCacheEntry FortuneCache::entryFor(const QUrl &baseUrl, const FortuneParams &params,
                                         const FortuneComputation &computation, const FortuneResult &result) const
{
    FortuneCacheEntry e;
    e.baseUrl = baseUrl;
    e.params = withDate(params);
    e.key = keyFor(baseUrl, e.params);
    e.computation = computation;
    e.result = result;
    e.fetchedAt = m_now();
    return e;
}

bool FortuneCache::store(const FortuneCacheEntry &entry, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        qCWarning(lcSaju).noquote() << "fortune cache: not saved:" << why;
        return false;
    };
    if (!entry.isValid() || entry.key != keyFor(entry.baseUrl, entry.params))
        return fail(QCoreApplication::translate("FortuneCache", "The fortune does not match its request."));
    if (!QDir().mkpath(m_dir))
        return fail(QCoreApplication::translate("FortuneCache", "Cannot create the folder %1.")
                        .arg(QDir::toNativeSeparators(m_dir)));
    QSaveFile file(fileFor(entry.baseUrl, entry.params));
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.write(QJsonDocument(toJson(entry)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(file.errorString());
    pruneIfDue();
    return true;
}

bool FortuneCache::remove(const QUrl &baseUrl, const FortuneParams &params)
{
    return QFile::remove(fileFor(baseUrl, params));
}

void FortuneCache::pruneIfDue()
{
    const QString stampPath = m_dir + QLatin1Char('/') + pruneStampName;
    const QString today = m_now().date().toString(Qt::ISODate);
    QFile stamp(stampPath);
    if (stamp.open(QIODevice::ReadOnly) && QString::fromLatin1(stamp.read(32)).trimmed() == today)
        return;
    stamp.close();
    prune();
    QSaveFile out(stampPath);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(today.toLatin1() + '\n');
        out.commit();
    }
}

int FortuneCache::prune()
{
    const QDateTime now = m_now();
    const QDateTime oldest = now.addDays(-MaxAgeDays);
    int removed = 0;
    const QFileInfoList files = QDir(m_dir).entryInfoList(QDir::Files);
    for (const QFileInfo &info : files) {
        if (info.suffix() != QLatin1String("json")) {
            // Set-aside files and temporary files of an interrupted write.
            if (info.lastModified().toUTC() < now.addDays(-1))
                QFile::remove(info.absoluteFilePath());
            continue;
        }
        const auto entry = read(info.absoluteFilePath());
        if (entry && entry->fetchedAt < oldest && QFile::remove(info.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

} // namespace sajudesk
