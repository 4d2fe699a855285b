// SPDX-License-Identifier: GPL-3.0-or-later
#include "runyour/ModelChoice.h"

namespace sajudesk::ModelChoice {

namespace {
QString providerOf(const QString &id)
{
    const qsizetype slash = id.indexOf(QLatin1Char('/'));
    return slash > 0 ? id.left(slash) : QString();
}
} // namespace

QList<Row> groupedRows(const QStringList &ids, const QStringList &recent, const QString &filter)
{
    const QString needle = filter.trimmed();
    const auto matches = [&needle](const QString &id) {
        return needle.isEmpty() || id.contains(needle, Qt::CaseInsensitive);
    };
    QList<Row> rows;
    bool recentHeader = false;
    for (const QString &id : recent) {
        if (id.isEmpty() || !matches(id))
            continue;
        if (!recentHeader) {
            rows.append({Row::Kind::Header, RecentGroup, {}});
            recentHeader = true;
        }
        rows.append({Row::Kind::Model, RecentGroup, id});
    }
    // Groups in order of first appearance; the unprefixed ids come last.
    QStringList groups;
    for (const QString &id : ids) {
        const QString group = providerOf(id);
        if (!group.isEmpty() && !groups.contains(group))
            groups.append(group);
    }
    groups.append(QString());
    for (const QString &group : std::as_const(groups)) {
        bool header = false;
        for (const QString &id : ids) {
            if (providerOf(id) != group || !matches(id))
                continue;
            if (!header) {
                rows.append({Row::Kind::Header, group, {}});
                header = true;
            }
            rows.append({Row::Kind::Model, group, id});
        }
    }
    return rows;
}

QStringList pushRecent(const QStringList &recent, const QString &id, int max)
{
    QStringList result;
    const QString trimmed = id.trimmed();
    if (!trimmed.isEmpty())
        result.append(trimmed);
    for (const QString &other : recent) {
        if (result.size() >= max)
            break;
        if (!other.isEmpty() && !result.contains(other))
            result.append(other);
    }
    while (result.size() > max)
        result.removeLast();
    return result;
}

QString defaultModel(const QStringList &ids)
{
    if (ids.contains(QLatin1String(PreferredModel)))
        return QLatin1String(PreferredModel);
    return ids.isEmpty() ? QString() : ids.first();
}

IdProblem checkId(const QString &id, bool requireProviderPrefix)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return IdProblem::Empty;
    for (const QChar c : trimmed) {
        if (c.isSpace())
            return IdProblem::Whitespace;
    }
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    if (requireProviderPrefix && (slash <= 0 || slash == trimmed.size() - 1))
        return IdProblem::NoProviderPrefix;
    return IdProblem::None;
}

ListState listState(bool hasKey, bool keyRejected, bool loading, bool loaded, int modelCount, const ApiError &lastError)
{
    if (!hasKey)
        return ListState::NoKey;
    if (loaded && modelCount > 0)
        return ListState::Ready;
    if (keyRejected || lastError.httpStatus == 401 || lastError.code.endsWith(QLatin1String("_api_key")))
        return ListState::KeyRejected;
    if (loading)
        return ListState::Loading;
    if (lastError.kind == ApiError::Kind::Network || lastError.kind == ApiError::Kind::Timeout)
        return ListState::Offline;
    if (lastError.isError())
        return ListState::Failed;
    if (loaded)
        return ListState::Empty;
    return ListState::Loading;
}

} // namespace sajudesk::ModelChoice
