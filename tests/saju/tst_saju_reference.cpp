// SPDX-License-Identifier: GPL-3.0-or-later
// Every row of the reference tables (reference-10k, edge-cases, conventions-1k) must come out of
// the engine unchanged: pillars, hangul, flags, and where given the UTC instant, offset, LMT,
// the day under the other 子 rule, the Korean lunar date and the 127.5°E columns.
#include "TsvTable.h"
#include "saju/LunarCalendar.h"
#include "saju/SajuEngine.h"

#include <QTest>

using namespace sajudesk::saju;

namespace {

// Flags the reference tables know; the engine adds near-jie and lmt-era on top.
QString referenceFlags(const FourPillars &p)
{
    QStringList names = p.flagNames();
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const QString &n) {
                                   return n == QLatin1String("lmt-era") || n.startsWith(QLatin1String("near-jie:"));
                               }),
                names.end());
    return names.isEmpty() ? QStringLiteral("-") : names.join(QLatin1Char(','));
}

QString lmtText(const FourPillars &p)
{
    return p.hasHour ? formatLocalSeconds(p.lmtLocal) : QStringLiteral("-");
}

ZiRule otherZi(ZiRule zi)
{
    return zi == ZiRule::ChangeAt23 ? ZiRule::Split : ZiRule::ChangeAt23;
}

class Checker
{
public:
    void expect(const QString &what, const QString &input, const QString &column, const QString &got,
                const QString &want)
    {
        ++m_checks;
        if (got == want)
            return;
        if (++m_mismatches <= 25)
            qWarning().noquote() << what << "input" << input << "column" << column << "got" << got << "want" << want;
    }
    int mismatches() const { return m_mismatches; }
    int checks() const { return m_checks; }

private:
    int m_mismatches = 0;
    int m_checks = 0;
};

} // namespace

class TstSajuReference : public QObject
{
    Q_OBJECT

private slots:
    void defaultConventionTables_data();
    void defaultConventionTables();
    void conventionsTable();
};

void TstSajuReference::defaultConventionTables_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("expectedRows");
    QTest::newRow("reference-10k") << QStringLiteral("reference-10k.tsv") << 10000;
    QTest::newRow("edge-cases") << QStringLiteral("edge-cases.tsv") << 368;
}

void TstSajuReference::defaultConventionTables()
{
    QFETCH(QString, file);
    QFETCH(int, expectedRows);
    const TsvTable t(QStringLiteral(SAJUDESK_TEST_DATA_DIR "/") + file);
    QCOMPARE(t.rows.size(), expectedRows);
    const int cInput = t.column("input");
    const int cCase = t.column("case");
    const int c1275Day = t.column("day_1275");
    const int c1275Hour = t.column("hour_1275");
    struct Col
    {
        const char *name;
        int index;
    };
    std::vector<Col> cols;
    for (const char *name : {"utc", "utc_offset", "tz_note", "lmt", "year", "month", "day", "hour", "hangul", "day_alt",
                             "lunar_src_date", "kr_lunar", "flags"}) {
        cols.push_back({name, t.column(name)});
        QVERIFY2(cols.back().index >= 0, name);
    }

    Checker check;
    for (const QStringList &row : t.rows) {
        QCOMPARE(row.size(), t.header.size());
        const QString input = row.at(cInput);
        const QString what = cCase >= 0 ? row.at(cCase) : file;
        const Result<FourPillars> r = SajuEngine::computeLine(input);
        if (!r) {
            check.expect(what, input, QStringLiteral("(error)"), r.error().message(), QStringLiteral("pillars"));
            continue;
        }
        const FourPillars &p = r.value();
        BirthInput alt = parseBirthLine(QStringView(input)).value();
        alt.zi = otherZi(alt.zi);
        const Result<FourPillars> altP = SajuEngine::compute(alt);
        const Result<LunarDate> lunar = solarToLunar(p.civilDate);
        const QString note = p.flags.testFlag(SajuFlag::TzGap)       ? QStringLiteral("gap")
                             : p.flags.testFlag(SajuFlag::TzOverlap) ? QStringLiteral("overlap")
                                                                     : QStringLiteral("ok");
        for (const Col &c : cols) {
            const QString col = QLatin1String(c.name);
            QString got;
            if (col == QLatin1String("utc"))
                got = formatUtcInstant(p.utc);
            else if (col == QLatin1String("utc_offset"))
                got = formatUtcOffset(p.utcOffset);
            else if (col == QLatin1String("tz_note"))
                got = note;
            else if (col == QLatin1String("lmt"))
                got = lmtText(p);
            else if (col == QLatin1String("year"))
                got = p.year.hanja();
            else if (col == QLatin1String("month"))
                got = p.month.hanja();
            else if (col == QLatin1String("day"))
                got = p.day.hanja();
            else if (col == QLatin1String("hour"))
                got = p.hourHanja();
            else if (col == QLatin1String("hangul"))
                got = p.hangulText();
            else if (col == QLatin1String("day_alt"))
                got = altP ? altP->day.hanja() : altP.error().message();
            else if (col == QLatin1String("lunar_src_date"))
                got = p.civilDate.toString();
            else if (col == QLatin1String("kr_lunar"))
                got = lunar ? lunar->toString() : QStringLiteral("-");
            else if (col == QLatin1String("flags"))
                got = referenceFlags(p);
            check.expect(what, input, col, got, row.at(c.index));
        }
        if (c1275Day >= 0) {
            BirthInput in = parseBirthLine(QStringView(input)).value();
            in.longitude = 127.5;
            const Result<FourPillars> q = SajuEngine::compute(in);
            QVERIFY(q.ok());
            check.expect(what, input, QStringLiteral("day_1275"), q->day.hanja(), row.at(c1275Day));
            check.expect(what, input, QStringLiteral("hour_1275"), q->hourHanja(), row.at(c1275Hour));
        }
    }
    qInfo("%s: %d rows, %d values checked, %d mismatches", qPrintable(file), int(t.rows.size()), check.checks(),
          check.mismatches());
    QCOMPARE(check.mismatches(), 0);
}

void TstSajuReference::conventionsTable()
{
    const TsvTable t(QStringLiteral(SAJUDESK_TEST_DATA_DIR "/conventions-1k.tsv"));
    QCOMPARE(t.rows.size(), 9000);
    const int cZi = t.column("zi"), cLon = t.column("lon"), cInput = t.column("input"), cYear = t.column("year"),
              cMonth = t.column("month"), cDay = t.column("day"), cHour = t.column("hour"),
              cHangul = t.column("hangul"), cFlags = t.column("flags");
    QVERIFY(cZi >= 0 && cLon >= 0 && cInput >= 0 && cFlags >= 0);

    Checker check;
    QSet<QString> seen;
    for (const QStringList &row : t.rows) {
        BirthInput options;
        const std::optional<ZiRule> zi = ziRuleFromName(row.at(cZi));
        QVERIFY2(zi.has_value(), qPrintable(row.at(cZi)));
        options.zi = *zi;
        const Result<double> lon = parseLongitude(row.at(cLon));
        QVERIFY(lon.ok());
        options.longitude = lon.value();
        seen.insert(row.at(cZi) + QLatin1Char('/') + row.at(cLon));

        const QString input = row.at(cInput);
        const QString what = row.at(cZi) + QLatin1Char(' ') + row.at(cLon);
        const Result<FourPillars> r = SajuEngine::computeLine(input, options);
        if (!r) {
            check.expect(what, input, QStringLiteral("(error)"), r.error().message(), QStringLiteral("pillars"));
            continue;
        }
        check.expect(what, input, QStringLiteral("year"), r->year.hanja(), row.at(cYear));
        check.expect(what, input, QStringLiteral("month"), r->month.hanja(), row.at(cMonth));
        check.expect(what, input, QStringLiteral("day"), r->day.hanja(), row.at(cDay));
        check.expect(what, input, QStringLiteral("hour"), r->hourHanja(), row.at(cHour));
        check.expect(what, input, QStringLiteral("hangul"), r->hangulText(), row.at(cHangul));
        check.expect(what, input, QStringLiteral("flags"), referenceFlags(r.value()), row.at(cFlags));
    }
    QCOMPARE(seen.size(), 9); // every 子 rule × longitude
    qInfo("conventions-1k: %d rows, %d values checked, %d mismatches", int(t.rows.size()), check.checks(),
          check.mismatches());
    QCOMPARE(check.mismatches(), 0);
}

QTEST_GUILESS_MAIN(TstSajuReference)
#include "tst_saju_reference.moc"
