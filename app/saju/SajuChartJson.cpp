// SPDX-License-Identifier: GPL-3.0-or-later
// SajuChart::toJson(): the `sajudesk-cli chart --json` object. The first keys (pillars, tenGods,
// hiddenStems, twelveStages, void, luck, trace) are a fixed contract (issue 14): pillars as two
// Hanja, ten gods and 12운성 in Hangul, null for the day stem's own ten god and for an unknown hour.
#include "saju/SajuChart.h"
#include "saju/SolarTerms.h"

#include <QJsonArray>

namespace sajudesk::saju {

namespace {

constexpr PillarPosition kPositions[] = {PillarPosition::Year, PillarPosition::Month, PillarPosition::Day,
                                         PillarPosition::Hour};

QJsonObject tenGodPair(TenGod stem, TenGod branch)
{
    return QJsonObject{{QStringLiteral("stem"), tenGodHangul(stem)}, {QStringLiteral("branch"), tenGodHangul(branch)}};
}

QJsonArray hanjaList(const HiddenStems &h)
{
    QJsonArray a;
    for (int i = 0; i < h.count; ++i)
        a.append(stemHanja(h.stems[static_cast<std::size_t>(i)]));
    return a;
}

QJsonObject luckJson(const LuckCycle &c)
{
    QJsonArray pillars;
    for (const LuckPillar &lp : c.pillars) {
        pillars.append(QJsonObject{{QStringLiteral("ganzhi"), lp.pillar.hanja()},
                                   {QStringLiteral("hangul"), lp.pillar.hangul()},
                                   {QStringLiteral("age"), lp.age},
                                   {QStringLiteral("year"), lp.year},
                                   {QStringLiteral("tenGods"), tenGodPair(lp.stemGod, lp.branchGod)},
                                   {QStringLiteral("twelveStage"), twelveStageHangul(lp.stage)}});
    }
    return QJsonObject{
        {QStringLiteral("direction"), luckDirectionName(c.direction)},
        {QStringLiteral("startAge"), c.startAge},
        {QStringLiteral("start"), QJsonObject{{QStringLiteral("years"), c.start.years},
                                              {QStringLiteral("months"), c.start.months},
                                              {QStringLiteral("days"), c.start.days}}},
        {QStringLiteral("startDate"), c.startDate.toString()},
        {QStringLiteral("rounding"), luckRoundingName(c.rounding)},
        {QStringLiteral("deltaSeconds"), static_cast<qint64>(c.deltaSeconds)},
        {QStringLiteral("jie"), QJsonObject{{QStringLiteral("name"), jieNameHanja(c.jie)},
                                            {QStringLiteral("utc"), formatUtcInstant(jieUtc(c.jie))}}},
        {QStringLiteral("fromNoon"), c.fromNoon},
        {QStringLiteral("pillars"), pillars},
    };
}

QString luckStatusName(LuckStatus s)
{
    switch (s) {
    case LuckStatus::Ok:
        return QStringLiteral("ok");
    case LuckStatus::NoGender:
        return QStringLiteral("no-gender");
    case LuckStatus::OutOfRange:
        return QStringLiteral("out-of-range");
    }
    return QString();
}

QJsonObject chartJson(const SajuChart &c, bool withBoundaries)
{
    QJsonObject pillars, hangul, tenGods, hidden, stages;
    for (PillarPosition pos : kPositions) {
        const QString key = pillarPositionName(pos);
        const ChartColumn &col = c.column(pos);
        if (!col.present) {
            for (QJsonObject *o : {&pillars, &hangul, &tenGods, &hidden, &stages})
                o->insert(key, QJsonValue::Null);
            continue;
        }
        pillars.insert(key, col.pillar.hanja());
        hangul.insert(key, col.pillar.hangul());
        tenGods.insert(key, QJsonObject{{QStringLiteral("stem"), col.stemGod ? QJsonValue(tenGodHangul(*col.stemGod))
                                                                             : QJsonValue(QJsonValue::Null)},
                                        {QStringLiteral("branch"), tenGodHangul(col.branchGod)}});
        hidden.insert(key, hanjaList(col.hidden));
        stages.insert(key, twelveStageHangul(col.stage));
    }
    QJsonObject o;
    o.insert(QStringLiteral("pillars"), pillars);
    o.insert(QStringLiteral("tenGods"), tenGods);
    o.insert(QStringLiteral("hiddenStems"), hidden);
    o.insert(QStringLiteral("twelveStages"), stages);
    o.insert(QStringLiteral("void"), QJsonArray{branchHanja(c.voidBranches[0]), branchHanja(c.voidBranches[1])});
    o.insert(QStringLiteral("luck"), c.luck ? QJsonValue(luckJson(*c.luck)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("luckStatus"), luckStatusName(c.luckStatus));
    QJsonArray trace;
    for (const TraceEntry &e : c.trace) {
        trace.append(QJsonObject{{QStringLiteral("step"), traceStepName(e.step)},
                                 {QStringLiteral("value"), e.value},
                                 {QStringLiteral("note"), e.note},
                                 {QStringLiteral("applied"), e.applied}});
    }
    o.insert(QStringLiteral("trace"), trace);
    o.insert(QStringLiteral("hangul"), hangul);
    const FourPillars &p = c.pillars;
    o.insert(QStringLiteral("dayMaster"), QJsonObject{{QStringLiteral("stem"), stemHanja(p.day.stem)},
                                                      {QStringLiteral("element"), elementName(p.dayMasterElement())},
                                                      {QStringLiteral("name"), p.dayMasterName()}});
    QJsonObject elements;
    for (int e = 0; e < 5; ++e)
        elements.insert(elementName(static_cast<Element>(e)), c.elementCounts[static_cast<std::size_t>(e)]);
    o.insert(QStringLiteral("elements"), elements);
    o.insert(QStringLiteral("gender"), c.options.gender == Gender::Unknown ? QJsonValue(QJsonValue::Null)
                                                                           : QJsonValue(genderName(c.options.gender)));
    o.insert(QStringLiteral("civilDate"), p.civilDate.toString());
    o.insert(QStringLiteral("utc"), formatUtcInstant(p.utc));
    o.insert(QStringLiteral("lmt"),
             p.hasHour ? QJsonValue(formatLocalSeconds(p.lmtLocal)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("longitude"), p.longitude);
    o.insert(QStringLiteral("zi"), ziRuleName(p.zi));
    o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(c.flagNames()));
    if (withBoundaries) {
        QJsonArray boundaries;
        for (const ChartBoundary &b : c.boundaries) {
            QJsonObject other = chartJson(*b.other, false);
            other.insert(QStringLiteral("input"), b.otherTime);
            boundaries.append(QJsonObject{{QStringLiteral("kind"), boundaryKindName(b.kind)},
                                          {QStringLiteral("label"), b.label},
                                          {QStringLiteral("utc"), formatUtcInstant(b.utc)},
                                          {QStringLiteral("secondsFromBirth"), static_cast<qint64>(b.secondsFromBirth)},
                                          {QStringLiteral("other"), other}});
        }
        o.insert(QStringLiteral("boundaries"), boundaries);
    }
    return o;
}

} // namespace

QJsonObject SajuChart::toJson() const
{
    return chartJson(*this, true);
}

} // namespace sajudesk::saju
