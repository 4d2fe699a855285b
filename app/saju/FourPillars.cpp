// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/FourPillars.h"

#include "saju/SolarTerms.h"

#include <QJsonArray>

namespace sajudesk::saju {

namespace {

// The 22 stem/branch objects are built once (thread-safe static init) and shared: QJsonObject
// is implicitly shared, so a pillar costs one small object instead of five.
const std::array<QJsonObject, 10> &stemObjects()
{
    static const std::array<QJsonObject, 10> objects = [] {
        std::array<QJsonObject, 10> a;
        for (int i = 0; i < 10; ++i)
            a[std::size_t(i)] = {{QStringLiteral("hangul"), stemHangul(i)}, {QStringLiteral("hanja"), stemHanja(i)}};
        return a;
    }();
    return objects;
}

const std::array<QJsonObject, 12> &branchObjects()
{
    static const std::array<QJsonObject, 12> objects = [] {
        std::array<QJsonObject, 12> a;
        for (int i = 0; i < 12; ++i)
            a[std::size_t(i)] = {{QStringLiteral("hangul"), branchHangul(i)},
                                 {QStringLiteral("hanja"), branchHanja(i)}};
        return a;
    }();
    return objects;
}

QJsonObject pillarJson(const Pillar &p)
{
    return QJsonObject{
        {QStringLiteral("stem"), stemObjects()[std::size_t(floorMod(p.stem, 10))]},
        {QStringLiteral("branch"), branchObjects()[std::size_t(floorMod(p.branch, 12))]},
    };
}

QJsonObject yearMonthJson(const Pillar &year, const Pillar &month)
{
    return QJsonObject{{QStringLiteral("year"), year.hanja()}, {QStringLiteral("month"), month.hanja()}};
}

} // namespace

std::int64_t FourPillars::jieUtcInstant() const
{
    return jie >= 0 ? jieUtc(jie) : 0;
}

QString FourPillars::dayMasterName() const
{
    return stemHangul(day.stem) + elementHangul(dayMasterElement());
}

std::array<int, 5> FourPillars::elementCounts() const
{
    std::array<int, 5> counts{};
    for (const Pillar *p : {&year, &month, &day, &hour}) {
        if (p == &hour && !hasHour)
            continue;
        ++counts[static_cast<int>(stemElement(p->stem))];
        ++counts[static_cast<int>(branchElement(p->branch))];
    }
    return counts;
}

QStringList FourPillars::flagNames() const
{
    QStringList names;
    if (flags.testFlag(SajuFlag::JieDay))
        names << QStringLiteral("jie-day:") + jieNameHanja(jie);
    if (flags.testFlag(SajuFlag::LmtEra))
        names << QStringLiteral("lmt-era");
    if (flags.testFlag(SajuFlag::NearJie))
        names << QStringLiteral("near-jie:") + jieNameHanja(jie);
    if (flags.testFlag(SajuFlag::TimeUnknown))
        names << QStringLiteral("time-unknown");
    if (flags.testFlag(SajuFlag::TzGap))
        names << QStringLiteral("tz-gap");
    if (flags.testFlag(SajuFlag::TzOverlap))
        names << QStringLiteral("tz-overlap");
    return names;
}

QString FourPillars::flagsText() const
{
    const QStringList names = flagNames();
    return names.isEmpty() ? QStringLiteral("-") : names.join(QLatin1Char(','));
}

QString FourPillars::hangulText() const
{
    return year.hangul() + QLatin1Char(' ') + month.hangul() + QLatin1Char(' ') + day.hangul() + QLatin1Char(' ')
           + (hasHour ? hour.hangul() : QStringLiteral("-"));
}

QString FourPillars::hourHanja() const
{
    return hasHour ? hour.hanja() : QStringLiteral("-");
}

QJsonObject FourPillars::toSajuJson() const
{
    QJsonObject pillars{
        {QStringLiteral("year"), pillarJson(year)},
        {QStringLiteral("month"), pillarJson(month)},
        {QStringLiteral("day"), pillarJson(day)},
        {QStringLiteral("hour"), hasHour ? QJsonValue(pillarJson(hour)) : QJsonValue(QJsonValue::Null)},
    };
    return QJsonObject{
        {QStringLiteral("pillars"), pillars},
        {QStringLiteral("dayMaster"), QJsonObject{{QStringLiteral("element"), elementName(dayMasterElement())},
                                                  {QStringLiteral("name"), dayMasterName()}}},
    };
}

QJsonObject FourPillars::toDetailJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("saju"), toSajuJson());
    o.insert(QStringLiteral("year"), year.hanja());
    o.insert(QStringLiteral("month"), month.hanja());
    o.insert(QStringLiteral("day"), day.hanja());
    o.insert(QStringLiteral("hour"), hasHour ? QJsonValue(hour.hanja()) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("hangul"), hangulText());
    o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flagNames()));
    o.insert(QStringLiteral("civilDate"), civilDate.toString());
    o.insert(
        QStringLiteral("civilTime"),
        civilHour >= 0 ? QJsonValue(
            QStringLiteral("%1:%2").arg(civilHour, 2, 10, QLatin1Char('0')).arg(civilMinute, 2, 10, QLatin1Char('0')))
                       : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("utc"), formatUtcInstant(utc));
    o.insert(QStringLiteral("utcOffset"), formatUtcOffset(utcOffset));
    o.insert(QStringLiteral("longitude"), longitude);
    o.insert(QStringLiteral("lmtOffset"), formatUtcOffset(lmtOffset));
    o.insert(QStringLiteral("lmt"), hasHour ? QJsonValue(formatLocalSeconds(lmtLocal)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("zi"), ziRuleName(zi));
    const std::array<int, 5> counts = elementCounts();
    QJsonObject elements;
    for (int e = 0; e < 5; ++e)
        elements.insert(elementName(static_cast<Element>(e)), counts[static_cast<std::size_t>(e)]);
    o.insert(QStringLiteral("elements"), elements);
    if (jie >= 0) {
        o.insert(QStringLiteral("jie"),
                 QJsonObject{{QStringLiteral("name"), jieNameHanja(jie)},
                             {QStringLiteral("nameHangul"), jieNameHangul(jie)},
                             {QStringLiteral("utc"), formatUtcInstant(jieUtcInstant())},
                             {QStringLiteral("before"), yearMonthJson(yearBeforeJie, monthBeforeJie)},
                             {QStringLiteral("after"), yearMonthJson(yearAfterJie, monthAfterJie)}});
    }
    return o;
}

} // namespace sajudesk::saju
