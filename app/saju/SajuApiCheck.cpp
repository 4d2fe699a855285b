// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/SajuApiCheck.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <string_view>

namespace sajudesk::saju {

namespace {

// -1 when the part cannot be read.
int readPart(const QJsonValue &value, bool isStem)
{
    const auto fromText = [isStem](const QString &s) { return isStem ? stemFromText(s) : branchFromText(s); };
    if (value.isString())
        return fromText(value.toString());
    const QJsonObject o = value.toObject();
    for (const char *key : {"hanja", "cn", "hangul", "kr"}) {
        if (key == std::string_view("hangul")) {
            const QJsonValue index = o.value(QStringLiteral("index"));
            if (index.isDouble()) {
                const int i = index.toInt(-1);
                if (i >= 0 && i < (isStem ? 10 : 12))
                    return i;
            }
        }
        const int i = fromText(o.value(QLatin1String(key)).toString());
        if (i >= 0)
            return i;
    }
    return -1;
}

std::optional<Pillar> readPillar(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const int stem = readPart(o.value(QStringLiteral("stem")), true);
    const int branch = readPart(o.value(QStringLiteral("branch")), false);
    if (stem < 0 || branch < 0 || stem % 2 != branch % 2)
        return std::nullopt;
    return Pillar{stem, branch};
}

QJsonObject findPillars(const QJsonObject &response)
{
    for (const QJsonObject &candidate :
         {response, response.value(QStringLiteral("data")).toObject(),
          response.value(QStringLiteral("saju")).toObject(),
          response.value(QStringLiteral("data")).toObject().value(QStringLiteral("saju")).toObject()}) {
        const QJsonValue pillars = candidate.value(QStringLiteral("pillars"));
        if (pillars.isObject())
            return pillars.toObject();
    }
    return QJsonObject();
}

// The JSON names stay English in data; people read the translated pillar name.
QString pillarLabel(const QString &name)
{
    if (name == QLatin1String("year"))
        return QCoreApplication::translate("SajuError", "year pillar");
    if (name == QLatin1String("month"))
        return QCoreApplication::translate("SajuError", "month pillar");
    if (name == QLatin1String("day"))
        return QCoreApplication::translate("SajuError", "day pillar");
    if (name == QLatin1String("hour"))
        return QCoreApplication::translate("SajuError", "hour pillar");
    return name;
}
} // namespace

QJsonObject sajuApiCheckRequest(const FourPillars &local, const QString &gender)
{
    QJsonObject body{
        {QStringLiteral("year"), local.civilDate.year},
        {QStringLiteral("month"), local.civilDate.month},
        {QStringLiteral("day"), local.civilDate.day},
        {QStringLiteral("gender"), gender},
        {QStringLiteral("calendarType"), QStringLiteral("solar")},
    };
    if (local.civilHour >= 0)
        body.insert(QStringLiteral("hour"), local.civilHour);
    return body;
}

SajuApiComparison compareWithSajuApi(const FourPillars &local, const QJsonObject &response)
{
    SajuApiComparison result;
    const QJsonObject pillars = findPillars(response);
    if (pillars.isEmpty()) {
        result.error = QCoreApplication::translate("SajuError", "The Saju API response has no pillars.");
        return result;
    }
    const struct
    {
        const char *name;
        const Pillar *pillar;
        bool present;
    } parts[] = {{"year", &local.year, true},
                 {"month", &local.month, true},
                 {"day", &local.day, true},
                 {"hour", &local.hour, local.hasHour}};
    for (const auto &part : parts) {
        const QJsonValue remoteValue = pillars.value(QLatin1String(part.name));
        const bool remotePresent = remoteValue.isObject();
        const QString localText = part.present ? part.pillar->hanja() : QStringLiteral("-");
        if (!remotePresent) {
            if (part.present)
                result.mismatches.append({QLatin1String(part.name), localText, QStringLiteral("-")});
            continue;
        }
        const std::optional<Pillar> remote = readPillar(remoteValue);
        if (!remote) {
            if (part.name != std::string_view("hour")) {
                result.error = QCoreApplication::translate("SajuError", "The Saju API's %1 is unreadable.")
                                   .arg(pillarLabel(QLatin1String(part.name)));
                return result;
            }
            result.mismatches.append({QLatin1String(part.name), localText, QStringLiteral("?")});
            continue;
        }
        if (!part.present || *remote != *part.pillar)
            result.mismatches.append({QLatin1String(part.name), localText, remote->hanja()});
    }
    result.parsed = true;
    return result;
}

QString SajuApiComparison::summary() const
{
    if (!parsed)
        return error;
    if (mismatches.isEmpty())
        return QCoreApplication::translate("SajuError", "The Saju API gives the same pillars.");
    QStringList parts;
    for (const PillarMismatch &m : mismatches)
        parts << QCoreApplication::translate("SajuError", "%1: local %2, API %3")
                     .arg(pillarLabel(m.pillar), m.local, m.remote);
    return parts.join(QStringLiteral("; "));
}

} // namespace sajudesk::saju
