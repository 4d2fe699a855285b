// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sajudesk {

/// What the chat model picker shows and accepts, kept apart from the widgets so it is
/// table-tested: the grouped and filtered rows, the recently used list, the check of a typed id,
/// the first-run choice and why the list is not there.
namespace ModelChoice {

/// The gateway's own default, chosen on first run when the list offers it.
inline constexpr const char *PreferredModel = "openai/gpt-5.2";
inline constexpr int MaxRecent = 5;

/// One row of the picker: a section header (`id` empty) or a model.
struct Row
{
    enum class Kind { Header, Model };
    Kind kind = Kind::Model;
    /// Header: the provider (`openai`, …), empty for ids without a prefix, or RecentGroup.
    QString group;
    QString id;

    bool operator==(const Row &other) const { return kind == other.kind && group == other.group && id == other.id; }
};

/// The group name of the "Recently used" section (not a provider: providers have no spaces).
inline const QString RecentGroup = QStringLiteral(" recent");

/// Rows for `ids` in list order, grouped by provider prefix (groups in order of first appearance,
/// ids without a prefix in a last group), under a "Recently used" group with the ids of `recent`
/// (also ones not in `ids`: a typed id stays choosable). `filter` keeps the ids that contain it,
/// case-insensitively; groups left empty are dropped.
QList<Row> groupedRows(const QStringList &ids, const QStringList &recent, const QString &filter = {});

/// `recent` with `id` moved to the front, at most `max` entries.
QStringList pushRecent(const QStringList &recent, const QString &id, int max = MaxRecent);

/// The model to select when nothing was chosen yet: PreferredModel when listed, else the first.
QString defaultModel(const QStringList &ids);

enum class IdProblem {
    None,
    Empty,
    Whitespace,       ///< spaces or line breaks inside the id
    NoProviderPrefix, ///< the gateway needs `provider/model`
};
/// Checks a typed id. `requireProviderPrefix`: the RunYour gateway's own host (any other server
/// takes its ids as they are).
IdProblem checkId(const QString &id, bool requireProviderPrefix);

/// Why the chat model list is (not) there, in the order the causes are checked.
enum class ListState {
    Ready,       ///< models are listed
    Loading,     ///< being fetched (or not yet asked for at start-up)
    NoKey,       ///< no RunYour AI key
    KeyRejected, ///< the server refused the key (401/403, or the key manager says so)
    Offline,     ///< no connection (network error or timeout)
    Failed,      ///< another error (server error, TLS, malformed answer …)
    Empty,       ///< the service answered with no models
};
ListState listState(bool hasKey, bool keyRejected, bool loading, bool loaded, int modelCount,
                    const ApiError &lastError);

} // namespace ModelChoice

} // namespace sajudesk
