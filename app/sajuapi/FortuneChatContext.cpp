// SPDX-License-Identifier: GPL-3.0-or-later
#include "sajuapi/FortuneChatContext.h"

#include "sajuapi/FortuneText.h"

#include <QCoreApplication>

namespace sajudesk {

std::optional<LuckPeriodNow> LuckPeriodNow::fromChart(const saju::SajuChart &chart, int year)
{
    if (!chart.luck)
        return std::nullopt;
    const int i = chart.luck->indexForYear(year);
    if (i < 0 || i >= int(chart.luck->pillars.size()))
        return std::nullopt;
    const saju::LuckPillar &lp = chart.luck->pillars[std::size_t(i)];
    return LuckPeriodNow{lp.pillar, lp.age, lp.age + 9};
}

namespace FortuneChatContext {

namespace {

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString pillarText(const saju::Pillar &p)
{
    //: %1 the pillar in Hanja (甲子), %2 in Hangul (갑자)
    return QCoreApplication::translate("FortuneChatContext", "%1 (%2)").arg(p.hanja(), p.hangul());
}

void birthLines(const saju::BirthInput &b, const saju::FourPillars &p, QStringList &out)
{
    const QString date =
        QStringLiteral("%1-%2-%3").arg(b.year, 4, 10, QLatin1Char('0')).arg(twoDigits(b.month), twoDigits(b.day));
    const QString calendar =
        b.calendar == saju::CalendarKind::Solar
            ? QCoreApplication::translate("FortuneChatContext", "solar calendar")
            : (b.leapMonth ? QCoreApplication::translate("FortuneChatContext", "lunar calendar, leap month")
                           : QCoreApplication::translate("FortuneChatContext", "lunar calendar"));
    if (b.hasTime())
        out << QCoreApplication::translate("FortuneChatContext", "Birth: %1 %2 (%3)")
                   .arg(date, twoDigits(b.hour) + QLatin1Char(':') + twoDigits(b.minute), calendar);
    else
        out << QCoreApplication::translate("FortuneChatContext", "Birth: %1, time unknown (%2)").arg(date, calendar);
    if (b.calendar == saju::CalendarKind::Lunar)
        out << QCoreApplication::translate("FortuneChatContext", "Solar date: %1").arg(p.civilDate.toString());
}

QString longitudeText(double lon, const QLocale &locale)
{
    const QString degrees = locale.toString(qAbs(lon), 'f', 3);
    return lon >= 0 ? QCoreApplication::translate("FortuneChatContext", "%1° E").arg(degrees)
                    : QCoreApplication::translate("FortuneChatContext", "%1° W").arg(degrees);
}

QString ziRuleText(saju::ZiRule rule)
{
    switch (rule) {
    case saju::ZiRule::Split:
        return QCoreApplication::translate("FortuneChatContext", "split at midnight (야자시/조자시)");
    case saju::ZiRule::ChangeAt23:
        return QCoreApplication::translate("FortuneChatContext", "the day changes at 23:00 (정자시)");
    case saju::ZiRule::Midnight:
        break;
    }
    return QCoreApplication::translate("FortuneChatContext", "the day changes at midnight, no split");
}

} // namespace

QString build(const FortuneChatInput &in, const QLocale &locale)
{
    QStringList out;
    const QString name = in.name.trimmed();
    out << QCoreApplication::translate("FortuneChatContext", "Name: %1")
               .arg(name.isEmpty() ? QCoreApplication::translate("FortuneChatContext", "unnamed") : name);
    birthLines(in.birth, in.pillars, out);
    out << QCoreApplication::translate("FortuneChatContext", "Birthplace longitude: %1")
               .arg(longitudeText(in.pillars.longitude, locale));
    out << QCoreApplication::translate("FortuneChatContext", "Zi (子) hour rule: %1").arg(ziRuleText(in.pillars.zi));
    // Korea's standard offsets were at most +9:00; +9:30 and +10:00 were summer time.
    out << (in.pillars.utcOffset > 9 * 3600
                ? QCoreApplication::translate("FortuneChatContext", "Daylight saving time: in effect at the birth time")
                : QCoreApplication::translate("FortuneChatContext",
                                              "Daylight saving time: not in effect at the birth time"));

    out << QCoreApplication::translate("FortuneChatContext", "Four pillars:");
    const struct
    {
        const char *label;
        const saju::Pillar *pillar;
    } rows[] = {{QT_TRANSLATE_NOOP("FortuneChatContext", "Year"), &in.pillars.year},
                {QT_TRANSLATE_NOOP("FortuneChatContext", "Month"), &in.pillars.month},
                {QT_TRANSLATE_NOOP("FortuneChatContext", "Day"), &in.pillars.day},
                {QT_TRANSLATE_NOOP("FortuneChatContext", "Hour"), in.pillars.hasHour ? &in.pillars.hour : nullptr}};
    for (const auto &row : rows)
        out << QStringLiteral("  ") + QCoreApplication::translate("FortuneChatContext", row.label)
                   + QStringLiteral(": ")
                   + (row.pillar ? pillarText(*row.pillar)
                                 : QCoreApplication::translate("FortuneChatContext", "unknown"));

    const int dm = static_cast<int>(in.pillars.dayMasterElement());
    out << QCoreApplication::translate("FortuneChatContext", "Day master: %1 (%2), element %3")
               .arg(saju::stemHanja(in.pillars.day.stem), in.pillars.dayMasterName(), FortuneText::elementName(dm));
    const std::array<int, 5> counts = in.pillars.elementCounts();
    QStringList elements;
    for (int e = 0; e < 5; ++e)
        elements << FortuneText::elementName(e) + QLatin1Char(' ') + locale.toString(counts[std::size_t(e)]);
    out << QCoreApplication::translate("FortuneChatContext", "Five elements: %1")
               .arg(elements.join(QStringLiteral(", ")));

    if (in.luckNow) {
        const QString luck = pillarText(in.luckNow->pillar);
        if (in.luckNow->startAge >= 0 && in.luckNow->endAge >= 0)
            out << QCoreApplication::translate("FortuneChatContext", "Current 10-year luck (대운): %1, ages %2–%3")
                       .arg(luck, locale.toString(in.luckNow->startAge), locale.toString(in.luckNow->endAge));
        else
            out << QCoreApplication::translate("FortuneChatContext", "Current 10-year luck (대운): %1").arg(luck);
    }

    if (in.fortune && in.fortune->hasContent()) {
        const FortuneResult &f = *in.fortune;
        const QString day = in.fortuneDate.isValid() ? locale.toString(in.fortuneDate, QLocale::LongFormat)
                                                     : QCoreApplication::translate("FortuneChatContext", "today");
        out << QCoreApplication::translate("FortuneChatContext", "Fortune for %1:").arg(day);
        for (const QString &section : f.sections()) {
            out << QStringLiteral("  ") + FortuneText::sectionTitle(section) + QLatin1Char(':');
            out << FortuneText::lines(f.section(section), 4, locale);
        }
        out << FortuneText::lines(f.extras, 2, locale);
        if (!f.narrative.trimmed().isEmpty())
            out << QStringLiteral("  ")
                       + QCoreApplication::translate("FortuneChatContext", "Fortune text: %1")
                             .arg(f.narrative.simplified());
    }
    return out.join(QLatin1Char('\n'));
}

QString instruction()
{
    return QCoreApplication::translate(
        "FortuneChatContext",
        "Answer the user's questions about this saju and fortune kindly and concretely, in the user's "
        "language.");
}

QString systemPrompt(const FortuneChatInput &input, const QLocale &locale)
{
    return build(input, locale) + QStringLiteral("\n\n") + instruction();
}

} // namespace FortuneChatContext
} // namespace sajudesk
