// SPDX-License-Identifier: GPL-3.0-or-later
// The saju pane's model (SajuSession): which changes mean "another person", the chart built
// from the fields, and "now" for the current 대운, 세운 and 월운 with a fixed clock.
// Reference: a man born 1992-08-26 05:40 in Seoul (the example): 대운 forward from age
// 4, pillars 己酉 (1996) 庚戌 (2006) 辛亥 (2016) 壬子 (2026) …; 立春 2026 is 2026-02-04 05:02 KST
// (2026-02-03 20:02 UTC, KASI).
#include "saju/SajuSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace sajudesk::saju;

class TestSajuSession : public QObject
{
    Q_OBJECT
private slots:
    void nameOnlyChangeIsAnotherPersonButSameChart();
    void birthChangeRebuildsTheChart();
    void setPersonAlwaysSwitches();
    void retranslateKeepsThePerson();
    void engineErrorsLandOnTheirField();
    void requestNeedsChartAndName();
    void currentYearFollowsIpchun_data();
    void currentYearFollowsIpchun();
    void currentLuckPillar_data();
    void currentLuckPillar();
    void annualWindowIsClamped();
    void currentMonth();

private:
    static BirthFields example();
    static std::function<QDateTime()> at(const QString &isoUtc);
};

BirthFields TestSajuSession::example()
{
    BirthFields f;
    f.name = QStringLiteral("이서준");
    f.gender = Gender::Male;
    f.date = QStringLiteral("1992-08-26");
    f.hour = 5;
    f.minute = 40;
    return f;
}

std::function<QDateTime()> TestSajuSession::at(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return [t] { return t; };
}

void TestSajuSession::nameOnlyChangeIsAnotherPersonButSameChart()
{
    SajuSession s;
    s.setFields(example());
    QSignalSpy person(&s, &SajuSession::personChanged);
    QSignalSpy chart(&s, &SajuSession::chartChanged);
    QSignalSpy fields(&s, &SajuSession::fieldsChanged);
    const quint64 serial = s.personSerial();
    BirthFields f = example();
    f.name = QStringLiteral("김하늘");
    s.setFields(f);
    QCOMPARE(person.count(), 1);
    QCOMPARE(chart.count(), 0);
    QCOMPARE(fields.count(), 1);
    QVERIFY(s.personSerial() > serial);
    // Setting the same values again is no change at all.
    s.setFields(f);
    QCOMPARE(fields.count(), 1);
    QCOMPARE(person.count(), 1);
}

void TestSajuSession::birthChangeRebuildsTheChart()
{
    SajuSession s;
    s.setFields(example());
    QVERIFY(s.chart());
    QCOMPARE(s.chart()->pillars.hour.hanja(), QStringLiteral("丁卯"));
    QSignalSpy person(&s, &SajuSession::personChanged);
    QSignalSpy chart(&s, &SajuSession::chartChanged);
    BirthFields f = example();
    f.hour = 7;
    s.setFields(f);
    QCOMPARE(person.count(), 1);
    QCOMPARE(chart.count(), 1);
    QCOMPARE(s.chart()->pillars.hour.hanja(), QStringLiteral("戊辰"));
}

void TestSajuSession::setPersonAlwaysSwitches()
{
    SajuSession s;
    s.setFields(example());
    QSignalSpy person(&s, &SajuSession::personChanged);
    const quint64 serial = s.personSerial();
    s.setPerson(QStringLiteral("p1"), example());
    QCOMPARE(person.count(), 1);
    QCOMPARE(s.profileId(), QStringLiteral("p1"));
    QVERIFY(s.personSerial() > serial);
    // Saving a new person gives it an id; that is not another person.
    s.setProfileId(QStringLiteral("p2"));
    QCOMPARE(person.count(), 1);
}

void TestSajuSession::retranslateKeepsThePerson()
{
    SajuSession s;
    s.setFields(example());
    QSignalSpy person(&s, &SajuSession::personChanged);
    QSignalSpy chart(&s, &SajuSession::chartChanged);
    s.retranslate();
    QCOMPARE(person.count(), 0);
    QCOMPARE(chart.count(), 1);
}

void TestSajuSession::engineErrorsLandOnTheirField()
{
    SajuSession s;
    BirthFields f = example();
    f.date = QStringLiteral("2023-02-29");
    s.setFields(f);
    QVERIFY(!s.chart());
    QVERIFY(s.check().hasError(BirthField::Date));
    QVERIFY(!s.requestReady());
}

void TestSajuSession::requestNeedsChartAndName()
{
    SajuSession s;
    BirthFields f = example();
    f.name.clear();
    s.setFields(f);
    QVERIFY(s.chart());
    QVERIFY(!s.requestReady());
    f.name = QStringLiteral("이서준");
    s.setFields(f);
    QVERIFY(s.requestReady());
}

void TestSajuSession::currentYearFollowsIpchun_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<int>("year");
    QTest::newRow("new year's day, before 立春") << QStringLiteral("2026-01-01T00:00:00Z") << 2025;
    QTest::newRow("a minute before 立春") << QStringLiteral("2026-02-03T20:01:00Z") << 2025;
    QTest::newRow("a minute after 立春") << QStringLiteral("2026-02-03T20:03:00Z") << 2026;
    QTest::newRow("december") << QStringLiteral("2026-12-31T12:00:00Z") << 2026;
}

void TestSajuSession::currentYearFollowsIpchun()
{
    QFETCH(QString, now);
    QFETCH(int, year);
    SajuSession s;
    s.setClock(at(now));
    QCOMPARE(s.currentSajuYear(), year);
    QCOMPARE(s.selectedYear(), year);
}

void TestSajuSession::currentLuckPillar_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("pillar");
    QTest::newRow("1995, before the first") << QStringLiteral("1995-06-01T00:00:00Z") << -1 << QString();
    QTest::newRow("1996") << QStringLiteral("1996-06-01T00:00:00Z") << 0 << QStringLiteral("己酉");
    QTest::newRow("2025") << QStringLiteral("2025-06-01T00:00:00Z") << 2 << QStringLiteral("辛亥");
    QTest::newRow("2026") << QStringLiteral("2026-06-01T00:00:00Z") << 3 << QStringLiteral("壬子");
}

void TestSajuSession::currentLuckPillar()
{
    QFETCH(QString, now);
    QFETCH(int, index);
    QFETCH(QString, pillar);
    SajuSession s;
    s.setClock(at(now));
    s.setFields(example());
    QCOMPARE(s.currentLuckIndex(), index);
    if (index >= 0)
        QCOMPARE(s.chart()->luck->pillars[std::size_t(index)].pillar.hanja(), pillar);
    BirthFields f = example();
    f.gender = Gender::Unknown;
    s.setFields(f);
    QCOMPARE(s.currentLuckIndex(), -1);
}

void TestSajuSession::annualWindowIsClamped()
{
    SajuSession s;
    s.setClock(at(QStringLiteral("2026-06-01T00:00:00Z")));
    s.setFields(example());
    QVector<LuckPeriod> years = s.annualLuck();
    QCOMPARE(years.size(), 2 * SajuSession::kAnnualSpan + 1);
    QCOMPARE(years.first().year, 2021);
    QCOMPARE(years.last().year, 2031);
    QCOMPARE(years.at(5).pillar.hanja(), QStringLiteral("丙午"));
    QSignalSpy selected(&s, &SajuSession::selectedYearChanged);
    s.setSelectedYear(2100);
    QCOMPARE(s.annualLuck().size(), 6);
    s.setSelectedYear(3000);
    QCOMPARE(s.selectedYear(), 2100);
    s.setSelectedYear(1800);
    QCOMPARE(s.selectedYear(), 1900);
    QCOMPARE(s.annualLuck().first().year, 1900);
    QCOMPARE(selected.count(), 2);
    BirthFields f = example();
    f.date = QStringLiteral("bad");
    s.setFields(f);
    QVERIFY(s.annualLuck().isEmpty());
    QVERIFY(s.monthlyLuck().isEmpty());
}

void TestSajuSession::currentMonth()
{
    SajuSession s;
    s.setClock(at(QStringLiteral("2026-06-01T00:00:00Z")));
    s.setFields(example());
    // 立夏 (May 5) opens month 4 (巳); 芒種 (June 5/6) month 5.
    QCOMPARE(s.currentMonthIndex(), 4);
    QCOMPARE(s.monthlyLuck().size(), 12);
    QCOMPARE(s.monthlyLuck().at(3).pillar.hanja(), QStringLiteral("癸巳"));
    s.setSelectedYear(2027);
    QCOMPARE(s.currentMonthIndex(), 0);
}

QTEST_GUILESS_MAIN(TestSajuSession)
#include "tst_saju_session.moc"
