// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/CalculationTrace.h"

#include "saju/SolarTerms.h"

#include <QCoreApplication>

namespace sajudesk::saju {

namespace {

QString jieLabel(int k)
{
    return jieNameHanja(k) + QStringLiteral(" (") + jieNameHangul(k) + QLatin1Char(')');
}

QString meridianText(int offsetSeconds)
{
    return QString::number(offsetSeconds / 240.0, 'g', 6) + QStringLiteral("°E");
}

TraceEntry civilStep(const BirthInput &typed, const FourPillars &p)
{
    TraceEntry e{TraceStep::Civil, p.civilDate.toString(), QString(), true};
    QStringList notes;
    if (typed.calendar == CalendarKind::Lunar) {
        const QString lunar = QStringLiteral("%1-%2-%3")
                                  .arg(typed.year, 4, 10, QLatin1Char('0'))
                                  .arg(typed.month, 2, 10, QLatin1Char('0'))
                                  .arg(typed.day, 2, 10, QLatin1Char('0'));
        notes << (typed.leapMonth
                      ? QCoreApplication::translate("CalculationTrace",
                                                    "Korean lunar date %1 (leap month) is solar %2.")
                      : QCoreApplication::translate("CalculationTrace", "Korean lunar date %1 is solar %2."))
                     .arg(lunar, p.civilDate.toString());
    } else if (p.hasHour) {
        notes << QCoreApplication::translate("CalculationTrace", "The Korean wall-clock time as entered.");
    }
    if (p.hasHour) {
        e.value += QStringLiteral(" %1:%2")
                       .arg(p.civilHour, 2, 10, QLatin1Char('0'))
                       .arg(p.civilMinute, 2, 10, QLatin1Char('0'));
    } else {
        const QString used = formatLocalSeconds(p.utc + p.utcOffset).mid(11, 5);
        notes << QCoreApplication::translate(
                     "CalculationTrace",
                     "Time unknown: year, month and the luck pillars are evaluated at %1 civil time.")
                     .arg(used);
    }
    e.note = notes.join(QLatin1Char(' '));
    return e;
}

TraceEntry dstStep(const FourPillars &p, int dst)
{
    const int standard = p.utcOffset - dst;
    TraceEntry e{TraceStep::Dst, formatLocalSeconds(p.utc + standard), QString(), dst != 0};
    QStringList notes;
    notes << (dst != 0 ? QCoreApplication::translate("CalculationTrace",
                                                     "Daylight saving time was in force: one hour removed.")
                       : QCoreApplication::translate("CalculationTrace", "No daylight saving time on this date."));
    if (p.flags.testFlag(SajuFlag::TzGap))
        notes << QCoreApplication::translate(
            "CalculationTrace", "The clocks skipped this time when summer time began; it is read on the standard clock "
                                "(moved forward by the gap).");
    if (p.flags.testFlag(SajuFlag::TzOverlap))
        notes << QCoreApplication::translate(
            "CalculationTrace",
            "This time occurred twice when summer time ended; the earlier (summer-time) instant is used.");
    e.note = notes.join(QLatin1Char(' '));
    return e;
}

TraceEntry standardStep(const FourPillars &p, int standard)
{
    TraceEntry e{TraceStep::Standard,
                 formatUtcOffset(standard) + QStringLiteral(" (") + meridianText(standard) + QLatin1Char(')'),
                 QString(), true};
    if (p.flags.testFlag(SajuFlag::LmtEra))
        e.note = QCoreApplication::translate("CalculationTrace",
                                             "Before 1908-04-01 Korean clocks kept Seoul local mean time.");
    else if (standard == 30600)
        e.note = QCoreApplication::translate(
            "CalculationTrace",
            "Korean standard time on the 127.5°E meridian (1908-04-01 to 1911-12-31 and 1954-03-21 to "
            "1961-08-09).");
    else
        e.note = QCoreApplication::translate(
            "CalculationTrace", "Standard time on the 135°E meridian (1912-01-01 to 1954-03-20 and since 1961-08-10).");
    return e;
}

TraceEntry lmtStep(const FourPillars &p, int standard)
{
    if (!p.hasHour)
        return TraceEntry{TraceStep::Lmt, QStringLiteral("-"),
                          QCoreApplication::translate("CalculationTrace", "Not applied: the birth time is unknown."),
                          false};
    return TraceEntry{TraceStep::Lmt, formatLocalSeconds(p.lmtLocal),
                      QCoreApplication::translate(
                          "CalculationTrace",
                          "Local mean time at %1°E is UTC%2, %3 against the standard clock; it decides the day and "
                          "hour pillars.")
                          .arg(QString::number(p.longitude, 'f', 3), formatUtcOffset(p.lmtOffset),
                               formatUtcOffset(p.lmtOffset - standard)),
                      p.lmtOffset != standard};
}

TraceEntry ziStep(const FourPillars &p)
{
    if (!p.hasHour)
        return TraceEntry{TraceStep::Zi, QStringLiteral("-"),
                          QCoreApplication::translate(
                              "CalculationTrace",
                              "Not applied: the birth time is unknown; the day pillar is that of the civil date."),
                          false};
    const std::int64_t lmtDay = floorDiv(p.lmtLocal, kSecondsPerDay);
    const bool lateZi = p.lmtLocal - lmtDay * kSecondsPerDay >= 23 * 3600;
    const bool nextDay = lateZi && p.zi == ZiRule::ChangeAt23;
    TraceEntry e{TraceStep::Zi,
                 civilFromDays(lmtDay + (nextDay ? 1 : 0)).toString() + QLatin1Char(' ') + branchHanja(p.hour.branch)
                     + QStringLiteral("時"),
                 QString(), lateZi && p.zi != ZiRule::Midnight};
    switch (p.zi) {
    case ZiRule::Split:
        e.note = QCoreApplication::translate(
            "CalculationTrace",
            "Split 子 hour (야자시/조자시): the day changes at 00:00; from 23:00 to 23:59 the day stays and "
            "the hour stem is the next day's 子 hour.");
        if (lateZi)
            e.note += QLatin1Char(' ')
                      + QCoreApplication::translate("CalculationTrace",
                                                    "Applied here: the hour stem is taken from the next day.");
        break;
    case ZiRule::ChangeAt23:
        e.note = QCoreApplication::translate("CalculationTrace", "정자시: the day changes at 23:00.");
        if (lateZi)
            e.note += QLatin1Char(' ')
                      + QCoreApplication::translate("CalculationTrace", "Applied here: the next day's pillar is used.");
        break;
    case ZiRule::Midnight:
        e.note = QCoreApplication::translate("CalculationTrace",
                                             "Midnight rule: the day and the hour stems change at 00:00.");
        break;
    }
    return e;
}

TraceEntry pillarsStep(const FourPillars &p)
{
    TraceEntry e{TraceStep::Pillars,
                 p.year.hanja() + QLatin1Char(' ') + p.month.hanja() + QLatin1Char(' ') + p.day.hanja()
                     + QLatin1Char(' ') + p.hourHanja(),
                 QString(), true};
    const int k = jieIndexAt(p.utc);
    if (k < 0) {
        e.note = QCoreApplication::translate(
            "CalculationTrace",
            "Year and month: before the first 節 of the table (小寒 1900), in the 子 month of 1899.");
    } else if (k + 1 < jieCount()) {
        e.note =
            QCoreApplication::translate("CalculationTrace", "Year and month from %1 at %2; the next 節, %3, is at %4.")
                .arg(jieLabel(k), formatUtcInstant(jieUtc(k)), jieLabel(k + 1), formatUtcInstant(jieUtc(k + 1)));
    } else {
        e.note = QCoreApplication::translate("CalculationTrace", "Year and month from %1 at %2.")
                     .arg(jieLabel(k), formatUtcInstant(jieUtc(k)));
    }
    return e;
}

} // namespace

QString traceStepName(TraceStep step)
{
    switch (step) {
    case TraceStep::Civil:
        return QStringLiteral("civil");
    case TraceStep::Dst:
        return QStringLiteral("dst");
    case TraceStep::Standard:
        return QStringLiteral("standard");
    case TraceStep::Utc:
        return QStringLiteral("utc");
    case TraceStep::Lmt:
        return QStringLiteral("lmt");
    case TraceStep::Zi:
        return QStringLiteral("zi");
    case TraceStep::Pillars:
        return QStringLiteral("pillars");
    }
    return QString();
}

QString traceStepLabel(TraceStep step)
{
    switch (step) {
    case TraceStep::Civil:
        return QCoreApplication::translate("CalculationTrace", "Civil time as typed");
    case TraceStep::Dst:
        return QCoreApplication::translate("CalculationTrace", "Daylight saving time removed");
    case TraceStep::Standard:
        return QCoreApplication::translate("CalculationTrace", "Standard meridian of the era");
    case TraceStep::Utc:
        return QCoreApplication::translate("CalculationTrace", "UTC instant");
    case TraceStep::Lmt:
        return QCoreApplication::translate("CalculationTrace", "Local mean time at the birthplace");
    case TraceStep::Zi:
        return QCoreApplication::translate("CalculationTrace", "子-hour rule");
    case TraceStep::Pillars:
        return QCoreApplication::translate("CalculationTrace", "Pillars");
    }
    return QString();
}

QVector<TraceEntry> calculationTrace(const BirthInput &typed, const FourPillars &p)
{
    const int dst = koreaDstAt(p.utc);
    const int standard = p.utcOffset - dst;
    return {
        civilStep(typed, p),
        dstStep(p, dst),
        standardStep(p, standard),
        TraceEntry{TraceStep::Utc, formatUtcInstant(p.utc),
                   QCoreApplication::translate("CalculationTrace", "Civil time minus UTC%1.")
                       .arg(formatUtcOffset(p.utcOffset)),
                   true},
        lmtStep(p, standard),
        ziStep(p),
        pillarsStep(p),
    };
}

} // namespace sajudesk::saju
