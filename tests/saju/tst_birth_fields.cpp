// SPDX-License-Identifier: GPL-3.0-or-later
// The birth form's rules without widgets (BirthFields): which field each problem lands on, and
// when the 윤달 box applies. Leap months are Korean (KASI) facts, checked against the published
// Korean calendar: 2012 윤3월 and 2017 윤5월 (Chinese calendars have 윤4월 / 윤6월 there), 2020
// 윤4월, 2023 윤2월 (solar 2023-03-22 … 04-19, 29 days), 1990 윤5월, none in 2024.
#include "saju/BirthFields.h"

#include <QTest>

using namespace sajudesk::saju;

Q_DECLARE_METATYPE(sajudesk::saju::BirthField)
Q_DECLARE_METATYPE(sajudesk::saju::BirthFields)

class TestBirthFields : public QObject
{
    Q_OBJECT
private slots:
    void errorsLandOnTheirField_data();
    void errorsLandOnTheirField();
    void leapMonthAvailability_data();
    void leapMonthAvailability();
    void validInputReachesTheEngine();
    void nameIsOptionalForTheChart();
    void sameBirthIgnoresTheName();
};

namespace {

BirthFields solar(const QString &date)
{
    BirthFields f;
    f.date = date;
    return f;
}

BirthFields lunar(const QString &date, bool leap)
{
    BirthFields f;
    f.date = date;
    f.calendar = CalendarKind::Lunar;
    f.leapMonth = leap;
    return f;
}

} // namespace

void TestBirthFields::errorsLandOnTheirField_data()
{
    QTest::addColumn<BirthFields>("fields");
    QTest::addColumn<BirthField>("field");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("computable");

    QTest::newRow("empty date") << solar(QString()) << BirthField::Date << QStringLiteral("YYYY-MM-DD") << false;
    QTest::newRow("date without day") << solar(QStringLiteral("1992-08")) << BirthField::Date
                                      << QStringLiteral("for example") << false;
    QTest::newRow("february 29 of 2023") << solar(QStringLiteral("2023-02-29")) << BirthField::Date
                                         << QStringLiteral("28 days") << false;
    QTest::newRow("month 13") << solar(QStringLiteral("2023-13-01")) << BirthField::Date << QStringLiteral("1–12")
                              << false;
    QTest::newRow("before 1900") << solar(QStringLiteral("1899-12-31")) << BirthField::Date
                                 << QStringLiteral("1900-01-01") << false;
    QTest::newRow("after 2100") << solar(QStringLiteral("2101-01-01")) << BirthField::Date
                                << QStringLiteral("2100-12-31") << false;
    QTest::newRow("lunar 2024 has no leap month") << lunar(QStringLiteral("2024-02-15"), true) << BirthField::LeapMonth
                                                  << QStringLiteral("2024 has no leap month") << false;
    QTest::newRow("lunar 2023 leap is month 2") << lunar(QStringLiteral("2023-03-01"), true) << BirthField::LeapMonth
                                                << QStringLiteral("month 2, not month 3") << false;
    QTest::newRow("29-day leap month") << lunar(QStringLiteral("2023-02-30"), true) << BirthField::Date
                                       << QStringLiteral("(29 days)") << false;
    QTest::newRow("lunar day 31") << lunar(QStringLiteral("1990-05-31"), false) << BirthField::Date
                                  << QStringLiteral("1–30") << false;
    QTest::newRow("lunar after the KASI table")
        << lunar(QStringLiteral("2051-01-01"), false) << BirthField::Date << QStringLiteral("2050-11-18") << false;
    BirthFields badTime = solar(QStringLiteral("1992-08-26"));
    badTime.hour = 24;
    QTest::newRow("hour 24") << badTime << BirthField::Time << QStringLiteral("23:59") << false;
    BirthFields badLongitude = solar(QStringLiteral("1992-08-26"));
    badLongitude.longitude = 200;
    QTest::newRow("longitude 200") << badLongitude << BirthField::Longitude << QStringLiteral("180") << false;
    BirthFields longName = solar(QStringLiteral("1992-08-26"));
    longName.name = QString(kMaxNameLength + 1, QChar(0xAC00));
    QTest::newRow("name too long") << longName << BirthField::Name << QStringLiteral("100") << true;
}

void TestBirthFields::errorsLandOnTheirField()
{
    QFETCH(BirthFields, fields);
    QFETCH(BirthField, field);
    QFETCH(QString, says);
    QFETCH(bool, computable);
    const BirthCheck check = checkBirthFields(fields);
    QCOMPARE(check.errors.keys(), QList<BirthField>{field});
    QVERIFY2(check.error(field).contains(says), qPrintable(check.error(field)));
    QCOMPARE(check.chartReady(), computable);
}

void TestBirthFields::leapMonthAvailability_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("available");
    QTest::addColumn<int>("leapMonth");
    QTest::newRow("2023 month 2") << QStringLiteral("2023-02-15") << true << 2;
    QTest::newRow("2023 month 2, day not typed yet") << QStringLiteral("2023-02") << true << 2;
    QTest::newRow("2023 month 3") << QStringLiteral("2023-03-15") << false << 2;
    QTest::newRow("2024 (none)") << QStringLiteral("2024-02-15") << false << 0;
    QTest::newRow("2020 month 4") << QStringLiteral("2020-04-01") << true << 4;
    QTest::newRow("2017 month 5 (Korean, not 6)") << QStringLiteral("2017-05-10") << true << 5;
    QTest::newRow("2017 month 6") << QStringLiteral("2017-06-10") << false << 5;
    QTest::newRow("2012 month 3 (Korean, not 4)") << QStringLiteral("2012-03-10") << true << 3;
    QTest::newRow("1990 month 5") << QStringLiteral("1990-05-10") << true << 5;
    QTest::newRow("year only") << QStringLiteral("2023") << false << 2;
    QTest::newRow("nothing typed") << QString() << false << 0;
}

void TestBirthFields::leapMonthAvailability()
{
    QFETCH(QString, date);
    QFETCH(bool, available);
    QFETCH(int, leapMonth);
    const BirthCheck check = checkBirthFields(lunar(date, false));
    QCOMPARE(check.leapAvailable, available);
    QCOMPARE(check.leapMonthOfYear, leapMonth);
    // A solar date never offers the 윤달 box.
    QVERIFY(!checkBirthFields(solar(date)).leapAvailable);
}

void TestBirthFields::validInputReachesTheEngine()
{
    BirthFields f = lunar(QStringLiteral("1990-05-10"), true);
    f.hour = 14;
    f.minute = 30;
    f.longitude = 129.075;
    f.zi = ZiRule::ChangeAt23;
    const BirthCheck check = checkBirthFields(f);
    QVERIFY(check.errors.isEmpty());
    QVERIFY(check.input);
    QCOMPARE(check.input->year, 1990);
    QCOMPARE(check.input->month, 5);
    QCOMPARE(check.input->day, 10);
    QVERIFY(check.input->leapMonth);
    QCOMPARE(check.input->calendar, CalendarKind::Lunar);
    QCOMPARE(check.input->hour, 14);
    QCOMPARE(check.input->minute, 30);
    QCOMPARE(check.input->longitude, 129.075);
    QCOMPARE(check.input->zi, ZiRule::ChangeAt23);

    f.timeKnown = false;
    QCOMPARE(checkBirthFields(f).input->hour, -1);
    // The 윤달 flag of a solar date is ignored, not an error.
    BirthFields s = solar(QStringLiteral("1992-08-26"));
    s.leapMonth = true;
    QVERIFY(checkBirthFields(s).errors.isEmpty());
    QVERIFY(!checkBirthFields(s).input->leapMonth);
}

void TestBirthFields::nameIsOptionalForTheChart()
{
    BirthFields f = solar(QStringLiteral("1992-08-26"));
    QVERIFY(nameMissing(f));
    QVERIFY(checkBirthFields(f).chartReady());
    f.name = QStringLiteral("  ");
    QVERIFY(nameMissing(f));
    f.name = QStringLiteral("이서준");
    QVERIFY(!nameMissing(f));
}

void TestBirthFields::sameBirthIgnoresTheName()
{
    BirthFields a = solar(QStringLiteral("1992-08-26"));
    BirthFields b = a;
    b.name = QStringLiteral("김하늘");
    QVERIFY(a.sameBirth(b));
    QVERIFY(a != b);
    b.gender = Gender::Female;
    QVERIFY(!a.sameBirth(b));
    // With the time unknown, the time fields do not matter.
    a.timeKnown = b.timeKnown = false;
    b = a;
    b.hour = 3;
    QVERIFY(a.sameBirth(b));
}

QTEST_GUILESS_MAIN(TestBirthFields)
#include "tst_birth_fields.moc"
