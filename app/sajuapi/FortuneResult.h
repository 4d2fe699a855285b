// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sajudesk {

/// `meta` of a successful reply (api-contract §2.3); numbers are -1 when absent. The typed
/// fields are always derived from `raw`, which keeps every field the server sent.
struct FortuneMeta
{
    QString requestId;
    QString model;
    bool cached = false;
    double cost = -1; ///< `cost`, or v1 `costPerCall`
    double latencyMs = -1;
    QJsonObject raw;

    static FortuneMeta fromJson(const QJsonObject &meta);

    friend bool operator==(const FortuneMeta &a, const FortuneMeta &b);
    friend bool operator!=(const FortuneMeta &a, const FortuneMeta &b) { return !(a == b); }
};

/// A daily fortune in one shape, whatever carried it: stream format A (named section events),
/// format B (text chunks, then `done` with the whole result — flat or nested under `fortune`),
/// v1 events, or the non-stream reply. The three known sections keep the server's objects as
/// they are (unknown fields included); every other key of `data` lands in `extras`, so a view
/// can show what this version does not know generically instead of dropping it.
///
///   for (const QString &name : result.sections())
///       showCard(FortuneText::sectionTitle(name), result.section(name));
///   for (auto it = result.extras.begin(); it != result.extras.end(); ++it)
///       showGeneric(FortuneText::fieldLabel(it.key()), it.value());
struct FortuneResult
{
    QJsonObject character;
    QJsonObject tendency; ///< `tendency`, or v1 `investmentTendency`
    QJsonObject fortune;  ///< `fortune`, or v1 `todayFortune`
    QJsonObject extras;   ///< every other key of `data`, verbatim
    QString narrative;    ///< stream format B text chunks, joined
    FortuneMeta meta;
    bool complete = false; ///< the end marker (or the whole non-stream reply) arrived

    /// "character", "tendency", "fortune": the display order.
    static QStringList sectionNames();
    /// Canonical section for a key or event name ("investmentTendency" → "tendency",
    /// "todayFortune" → "fortune"); empty when it is not a section.
    static QString sectionName(const QString &key);

    /// Non-empty sections, in display order.
    QStringList sections() const;
    /// The section called `name` (canonical name); empty when absent.
    QJsonObject section(const QString &name) const;
    /// Any section, extra field or narrative text.
    bool hasContent() const;

    /// `data` as the CLI prints it: extras plus the non-empty sections under their v0 names.
    QJsonObject data() const;

    /// Takes the sections and the other keys of a `data`-like object (keys in `ignore` are
    /// skipped). A section object that itself holds sections is a whole result nested one level
    /// down (format B `{"done":true,"fortune":{"character":…,"fortune":…}}`) and is unpacked.
    /// Section fields merge into what is there; both a v0 key and its v1 alias in one object:
    /// the v0 one is the section, the alias stays in extras. Returns the sections touched.
    QStringList mergeData(const QJsonObject &data, const QSet<QString> &ignore = {});

    /// {"data": data(), "meta": meta.raw, "narrative"?: …, "complete": …}; fromJson() reverses it.
    QJsonObject toJson() const;
    static std::optional<FortuneResult> fromJson(const QJsonObject &json);

    friend bool operator==(const FortuneResult &a, const FortuneResult &b);
    friend bool operator!=(const FortuneResult &a, const FortuneResult &b) { return !(a == b); }
};

} // namespace sajudesk
