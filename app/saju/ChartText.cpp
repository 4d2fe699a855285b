// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/ChartText.h"

#include "saju/SolarTerms.h"

#include <QCoreApplication>

#include <functional>

namespace sajudesk::saju {

namespace {

constexpr int kLabelWidth = 14;
constexpr int kCellWidth = 10;
constexpr int kLuckCellWidth = 7;

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
           || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA960 && c <= 0xA97F)
           || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60)
           || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString pad(const QString &text, int width)
{
    const int w = displayWidth(text);
    return w >= width ? text + QLatin1Char(' ') : text + QString(width - w, QLatin1Char(' '));
}

QString rtrim(QString s)
{
    while (s.endsWith(QLatin1Char(' ')))
        s.chop(1);
    return s;
}

constexpr PillarPosition kColumns[] = {PillarPosition::Hour, PillarPosition::Day, PillarPosition::Month,
                                       PillarPosition::Year};

QString row(const QString &label, const std::function<QString(const ChartColumn &, PillarPosition)> &cell,
            const SajuChart &c)
{
    QString line = pad(label, kLabelWidth);
    for (PillarPosition pos : kColumns) {
        const ChartColumn &col = c.column(pos);
        line += pad(col.present ? cell(col, pos) : QStringLiteral("-"), kCellWidth);
    }
    return rtrim(line) + QLatin1Char('\n');
}

QString elementLabel(Element e)
{
    switch (e) {
    case Element::Wood:
        return QCoreApplication::translate("ChartText", "wood");
    case Element::Fire:
        return QCoreApplication::translate("ChartText", "fire");
    case Element::Earth:
        return QCoreApplication::translate("ChartText", "earth");
    case Element::Metal:
        return QCoreApplication::translate("ChartText", "metal");
    case Element::Water:
        return QCoreApplication::translate("ChartText", "water");
    }
    return QString();
}

// The rule's option value (split, 23, midnight) in English; words in Korean.
QString ziRuleLabel(ZiRule rule)
{
    switch (rule) {
    case ZiRule::Split:
        return QCoreApplication::translate("ChartText", "split");
    case ZiRule::ChangeAt23:
        //: the day changes at 23:00
        return QCoreApplication::translate("ChartText", "23");
    case ZiRule::Midnight:
        break;
    }
    return QCoreApplication::translate("ChartText", "midnight");
}

QString headerLine(const SajuChart &c, const QString &input)
{
    QStringList parts;
    parts << (c.options.gender == Gender::Male     ? QCoreApplication::translate("ChartText", "male")
              : c.options.gender == Gender::Female ? QCoreApplication::translate("ChartText", "female")
                                                   : QCoreApplication::translate("ChartText", "gender not given"));
    if (c.input.calendar == CalendarKind::Lunar)
        parts << (c.input.leapMonth ? QCoreApplication::translate("ChartText", "lunar, leap month")
                                    : QCoreApplication::translate("ChartText", "lunar"))
                     + QStringLiteral(" → ") + c.pillars.civilDate.toString();
    else
        parts << QCoreApplication::translate("ChartText", "solar");
    //: %1 is the birth place's longitude east of Greenwich in degrees; Korean writes 동경 %1°.
    parts << QCoreApplication::translate("ChartText", "%1°E").arg(QString::number(c.pillars.longitude, 'f', 3));
    parts << QCoreApplication::translate("ChartText", "子 rule: %1").arg(ziRuleLabel(c.pillars.zi));
    return input + QStringLiteral("  ") + parts.join(QStringLiteral(" · ")) + QLatin1Char('\n');
}

QString pillarsGrid(const SajuChart &c)
{
    QString s = pad(QString(), kLabelWidth);
    const QString heads[] = {
        QCoreApplication::translate("ChartText", "Hour"), QCoreApplication::translate("ChartText", "Day"),
        QCoreApplication::translate("ChartText", "Month"), QCoreApplication::translate("ChartText", "Year")};
    for (const QString &h : heads)
        s += pad(h, kCellWidth);
    s = rtrim(s) + QLatin1Char('\n');
    s += row(
        QCoreApplication::translate("ChartText", "Ten god"),
        [](const ChartColumn &col, PillarPosition) {
            return col.stemGod ? tenGodHangul(*col.stemGod) : QCoreApplication::translate("ChartText", "Self");
        },
        c);
    s += row(
        QCoreApplication::translate("ChartText", "Stem"),
        [](const ChartColumn &col, PillarPosition) {
            return stemHanja(col.pillar.stem) + QLatin1Char(' ') + stemHangul(col.pillar.stem);
        },
        c);
    s += row(
        QCoreApplication::translate("ChartText", "Branch"),
        [](const ChartColumn &col, PillarPosition) {
            return branchHanja(col.pillar.branch) + QLatin1Char(' ') + branchHangul(col.pillar.branch);
        },
        c);
    s += row(
        QCoreApplication::translate("ChartText", "Ten god"),
        [](const ChartColumn &col, PillarPosition) { return tenGodHangul(col.branchGod); }, c);
    s += row(
        QCoreApplication::translate("ChartText", "Hidden stems"),
        [](const ChartColumn &col, PillarPosition) { return col.hidden.hanja(); }, c);
    s += row(
        QCoreApplication::translate("ChartText", "12 stages"),
        [](const ChartColumn &col, PillarPosition) { return twelveStageHangul(col.stage); }, c);
    return s;
}

QString summary(const SajuChart &c)
{
    const FourPillars &p = c.pillars;
    QStringList counts;
    for (int e = 0; e < 5; ++e)
        counts << elementHanja(static_cast<Element>(e)) + QString::number(c.elementCounts[static_cast<std::size_t>(e)]);
    QString s = QCoreApplication::translate("ChartText", "Day master: %1 %2 (%3)")
                    .arg(stemHanja(p.day.stem), p.dayMasterName(), elementLabel(p.dayMasterElement()))
                + QLatin1Char('\n');
    s += QCoreApplication::translate("ChartText", "Void (공망): %1 %2")
             .arg(branchHanja(c.voidBranches[0]) + branchHanja(c.voidBranches[1]),
                  branchHangul(c.voidBranches[0]) + branchHangul(c.voidBranches[1]))
         + QLatin1Char('\n');
    s +=
        QCoreApplication::translate("ChartText", "Elements: %1").arg(counts.join(QLatin1Char(' '))) + QLatin1Char('\n');
    s += QCoreApplication::translate("ChartText", "UTC: %1 · local mean time: %2")
             .arg(formatUtcInstant(p.utc), p.hasHour ? formatLocalSeconds(p.lmtLocal) : QStringLiteral("-"))
         + QLatin1Char('\n');
    return s;
}

QString luckText(const SajuChart &c, const QString &noGenderNote)
{
    if (!c.luck) {
        return (c.luckStatus == LuckStatus::NoGender
                    ? noGenderNote
                    : QCoreApplication::translate("ChartText",
                                                  "Luck pillars (대운): the solar term needed lies outside 1900–2100."))
               + QLatin1Char('\n');
    }
    const LuckCycle &l = *c.luck;
    QString s = QCoreApplication::translate("ChartText",
                                            "Luck pillars (대운): %1, from age %2 (%3 y %4 m %5 d after birth, %6)")
                    .arg(luckDirectionDisplayName(l.direction))
                    .arg(l.startAge)
                    .arg(l.start.years)
                    .arg(l.start.months)
                    .arg(l.start.days)
                    .arg(l.startDate.toString());
    if (l.fromNoon)
        s += QLatin1Char(' ') + QCoreApplication::translate("ChartText", "[time unknown: measured from 12:00]");
    s += QLatin1Char('\n');
    QString ages = pad(QCoreApplication::translate("ChartText", "Age"), kLabelWidth),
            hanja = pad(QString(), kLabelWidth), hangul = pad(QString(), kLabelWidth),
            years = pad(QCoreApplication::translate("ChartText", "Calendar year"), kLabelWidth);
    for (const LuckPillar &lp : l.pillars) {
        ages += pad(QString::number(lp.age), kLuckCellWidth);
        hanja += pad(lp.pillar.hanja(), kLuckCellWidth);
        hangul += pad(lp.pillar.hangul(), kLuckCellWidth);
        years += pad(QString::number(lp.year), kLuckCellWidth);
    }
    for (const QString *line : {&ages, &hanja, &hangul, &years})
        s += rtrim(*line) + QLatin1Char('\n');
    return s;
}

QString periodsText(const QString &title, const QVector<LuckPeriod> &periods)
{
    QString s = title + QLatin1Char('\n');
    for (const LuckPeriod &p : periods) {
        QString line = QStringLiteral("  ") + pad(p.month == 0 ? QString::number(p.year) : QString::number(p.month), 6)
                       + pad(p.pillar.hanja() + QLatin1Char(' ') + p.pillar.hangul(), 12)
                       + pad(tenGodHangul(p.stemGod) + QLatin1Char('/') + tenGodHangul(p.branchGod), 12)
                       + twelveStageHangul(p.stage);
        if (p.hasInstants)
            line += QStringLiteral("  ") + jieNameHanja(p.jie) + QLatin1Char(' ') + formatUtcInstant(p.startUtc);
        s += line + QLatin1Char('\n');
    }
    return s;
}

QString boundariesText(const SajuChart &c)
{
    QString s;
    for (const ChartBoundary &b : c.boundaries) {
        const FourPillars &o = b.other->pillars;
        s += QCoreApplication::translate("ChartText",
                                         "Near a boundary: %1 %2 at %3 (%4 s from the birth). Other side, %5: %6")
                 .arg(boundaryKindDisplayName(b.kind), b.label, formatUtcInstant(b.utc))
                 .arg(b.secondsFromBirth)
                 .arg(b.otherTime, o.year.hanja() + QLatin1Char(' ') + o.month.hanja() + QLatin1Char(' ')
                                       + o.day.hanja() + QLatin1Char(' ') + o.hourHanja());
        if (b.other->luck)
            s += QLatin1Char(' ')
                 + QCoreApplication::translate("ChartText", "(luck from age %1)").arg(b.other->luck->startAge);
        s += QLatin1Char('\n');
    }
    return s;
}

QString traceText(const SajuChart &c)
{
    QString s = QCoreApplication::translate("ChartText", "How this was calculated:") + QLatin1Char('\n');
    for (const TraceEntry &e : c.trace) {
        s += QStringLiteral("  ") + traceStepLabel(e.step) + QStringLiteral(": ") + e.value;
        if (!e.note.isEmpty())
            s += QStringLiteral(" — ") + e.note;
        s += QLatin1Char('\n');
    }
    return s;
}

} // namespace

int displayWidth(const QString &text)
{
    int w = 0;
    for (char32_t c : text.toUcs4())
        w += isWide(c) ? 2 : 1;
    return w;
}

QString chartText(const SajuChart &c, const QString &input, const QVector<LuckPeriod> &years,
                  const QVector<LuckPeriod> &months, const QString &noGenderNote)
{
    QString s = headerLine(c, input) + pillarsGrid(c) + summary(c) + luckText(c, noGenderNote);
    if (!years.isEmpty())
        s += periodsText(QCoreApplication::translate("ChartText", "Annual luck (세운):"), years);
    if (!months.isEmpty())
        s += periodsText(
            QCoreApplication::translate("ChartText", "Monthly luck (월운) of %1:").arg(months.first().year), months);
    s += boundariesText(c) + traceText(c);
    const QStringList flags = c.flagNames();
    if (!flags.isEmpty())
        s += QCoreApplication::translate("ChartText", "Flags: %1").arg(flags.join(QStringLiteral(", ")))
             + QLatin1Char('\n');
    return s;
}

} // namespace sajudesk::saju
