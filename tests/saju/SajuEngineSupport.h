// SPDX-License-Identifier: GPL-3.0-or-later
// Date parsing and pillar helpers shared by tst_saju_calendar and tst_saju_engine_api.
#pragma once

#include "TsvTable.h"
#include "saju/LunarCalendar.h"
#include "saju/SajuApiCheck.h"
#include "saju/SajuEngine.h"
#include "saju/SajuTables.h"
#include "saju/SolarTerms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(sajudesk::saju::SajuErrorCode)

namespace sajudesk::saju::test {

inline SolarDate dateFromIso(const QString &iso)
{
    return SolarDate{iso.mid(0, 4).toInt(), iso.mid(5, 2).toInt(), iso.mid(8, 2).toInt()};
}

// "2012-L03-01" (diff table format) → LunarDate
inline LunarDate lunarFromDiffFormat(const QString &s)
{
    const QStringList p = s.split(QLatin1Char('-'));
    const bool leap = p.at(1).startsWith(QLatin1Char('L'));
    return LunarDate{p.at(0).toInt(), QStringView(p.at(1)).mid(leap ? 1 : 0).toInt(), p.at(2).toInt(), leap};
}

inline FourPillars mustCompute(const QString &line, const BirthInput &options = BirthInput())
{
    const Result<FourPillars> r = SajuEngine::computeLine(line, options);
    if (!r)
        qFatal("compute(%s) failed: %s", qPrintable(line), qPrintable(r.error().message()));
    return r.value();
}

inline QString pillarsText(const FourPillars &p)
{
    return p.year.hanja() + QLatin1Char(' ') + p.month.hanja() + QLatin1Char(' ') + p.day.hanja() + QLatin1Char(' ')
           + p.hourHanja();
}

} // namespace sajudesk::saju::test
