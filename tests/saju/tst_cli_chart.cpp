// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `sajudesk-cli chart` binary: the JSON Lines contract of issue 14 (checked on its
// worked example), the same input handling, typed errors and exit codes as `pillars`, --gender,
// --luck-rounding, --years/--months, the text chart in both languages, and 1,000 reference inputs.
#include "TsvTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QString &command, const QStringList &args, const QByteArray &stdinData = QByteArray())
{
    QProcess p;
    p.setProgram(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-cli"));
    p.setArguments(QStringList{command} + args);
    p.start();
    if (!p.waitForStarted(30000))
        return Run{};
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return Run{};
    }
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

Run chart(const QStringList &args, const QByteArray &stdinData = QByteArray())
{
    return runCli(QStringLiteral("chart"), args, stdinData);
}

QVector<QJsonObject> jsonLines(const QString &out)
{
    QVector<QJsonObject> objects;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError error;
        objects << QJsonDocument::fromJson(line.toUtf8(), &error).object();
        if (error.error != QJsonParseError::NoError)
            return {};
    }
    return objects;
}

QJsonObject pair(const char *stem, const char *branch)
{
    return QJsonObject{
        {QStringLiteral("stem"), stem ? QJsonValue(QString::fromUtf8(stem)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("branch"), QString::fromUtf8(branch)}};
}

QJsonArray hanja(const char *chars)
{
    QJsonArray a;
    for (const QChar c : QString::fromUtf8(chars))
        a.append(QString(c));
    return a;
}

} // namespace

class TstCliChart : public QObject
{
    Q_OBJECT

private slots:
    void issueExample();
    void jsonLinesAndUnknownHour();
    void sameErrorsAsPillars();
    void genderOption();
    void luckRounding();
    void annualAndMonthly();
    void textChart_data();
    void textChart();
    void sameOptionsAsPillars();
    void badOptions_data();
    void badOptions();
    void referenceInputs();
};

void TstCliChart::issueExample()
{
    const Run r =
        chart({QStringLiteral("--json"), QStringLiteral("--gender=male"), QStringLiteral("1992-08-26 05:40")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QVector<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 1);
    const QJsonObject &o = lines.first();
    QCOMPARE(o.value(QStringLiteral("input")).toString(), QStringLiteral("1992-08-26 05:40"));
    QCOMPARE(o.value(QStringLiteral("pillars")).toObject(),
             (QJsonObject{{QStringLiteral("year"), QStringLiteral("壬申")},
                          {QStringLiteral("month"), QStringLiteral("戊申")},
                          {QStringLiteral("day"), QStringLiteral("甲戌")},
                          {QStringLiteral("hour"), QStringLiteral("丁卯")}}));
    QCOMPARE(o.value(QStringLiteral("tenGods")).toObject(),
             (QJsonObject{{QStringLiteral("year"), pair("편인", "편관")},
                          {QStringLiteral("month"), pair("편재", "편관")},
                          {QStringLiteral("day"), pair(nullptr, "편재")},
                          {QStringLiteral("hour"), pair("상관", "겁재")}}));
    QCOMPARE(o.value(QStringLiteral("hiddenStems")).toObject(), (QJsonObject{{QStringLiteral("year"), hanja("戊壬庚")},
                                                                             {QStringLiteral("month"), hanja("戊壬庚")},
                                                                             {QStringLiteral("day"), hanja("辛丁戊")},
                                                                             {QStringLiteral("hour"), hanja("甲乙")}}));
    QCOMPARE(o.value(QStringLiteral("twelveStages")).toObject(),
             (QJsonObject{{QStringLiteral("year"), QStringLiteral("절")},
                          {QStringLiteral("month"), QStringLiteral("절")},
                          {QStringLiteral("day"), QStringLiteral("양")},
                          {QStringLiteral("hour"), QStringLiteral("제왕")}}));
    QCOMPARE(o.value(QStringLiteral("void")).toArray(), hanja("申酉"));
    const QJsonObject luck = o.value(QStringLiteral("luck")).toObject();
    QCOMPARE(luck.value(QStringLiteral("direction")).toString(), QStringLiteral("forward"));
    QCOMPARE(luck.value(QStringLiteral("startAge")).toVariant().toString(), QStringLiteral("4")); // an integer
    QCOMPARE(luck.value(QStringLiteral("start")).toObject().value(QStringLiteral("years")).toInt(), 4);
    QCOMPARE(luck.value(QStringLiteral("start")).toObject().value(QStringLiteral("months")).toInt(), 2);
    const QJsonArray pillars = luck.value(QStringLiteral("pillars")).toArray();
    QCOMPARE(pillars.size(), 10);
    const char *expected[] = {"己酉", "庚戌", "辛亥", "壬子", "癸丑", "甲寅", "乙卯", "丙辰", "丁巳", "戊午"};
    for (int i = 0; i < 10; ++i) {
        const QJsonObject p = pillars.at(i).toObject();
        QCOMPARE(p.value(QStringLiteral("ganzhi")).toString(), QString::fromUtf8(expected[i]));
        QCOMPARE(p.value(QStringLiteral("age")).toInt(), 4 + 10 * i);
    }
    const QJsonArray trace = o.value(QStringLiteral("trace")).toArray();
    QCOMPARE(trace.size(), 7);
    QCOMPARE(trace.at(0).toObject().value(QStringLiteral("step")).toString(), QStringLiteral("civil"));
    for (const QJsonValue &step : trace) {
        QVERIFY(step.toObject().value(QStringLiteral("step")).isString());
        QVERIFY(step.toObject().value(QStringLiteral("value")).isString());
    }
}

void TstCliChart::jsonLinesAndUnknownHour()
{
    const Run r = chart({QStringLiteral("--json"), QStringLiteral("--gender=female")},
                        "# births\n1992-08-26 05:40\r\n1986-05-29\nL!2012-03-01 12:00\n");
    QCOMPARE(r.exitCode, 0);
    const QVector<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 3);
    const QJsonObject &noTime = lines.at(1);
    QCOMPARE(noTime.value(QStringLiteral("input")).toString(), QStringLiteral("1986-05-29"));
    for (const char *key : {"pillars", "tenGods", "hiddenStems", "twelveStages"})
        QVERIFY2(noTime.value(QLatin1String(key)).toObject().value(QStringLiteral("hour")).isNull(), key);
    QVERIFY(noTime.value(QStringLiteral("luck")).toObject().value(QStringLiteral("fromNoon")).toBool());
    QVERIFY(noTime.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("luck-from-noon")));
    QCOMPARE(lines.at(2).value(QStringLiteral("pillars")).toObject().value(QStringLiteral("day")).toString(),
             QStringLiteral("壬子"));
    QCOMPARE(lines.at(0).value(QStringLiteral("luck")).toObject().value(QStringLiteral("direction")).toString(),
             QStringLiteral("backward"));
}

void TstCliChart::sameErrorsAsPillars()
{
    const QByteArray in = "1992-08-26 05:40\n\xff\xfe bad\n\n1899-12-31\nL!2023-03-01\n2023-02-29\n25:00\n";
    const Run c = chart({QStringLiteral("--json")}, in);
    const Run p = runCli(QStringLiteral("pillars"), {QStringLiteral("--json")}, in);
    QCOMPARE(c.exitCode, 1);
    QCOMPARE(p.exitCode, 1);
    QCOMPARE(jsonLines(c.out).size(), 1);
    QString expected = p.err;
    expected.replace(QStringLiteral("sajudesk-cli pillars:"), QStringLiteral("sajudesk-cli chart:"));
    QCOMPARE(c.err, expected);
    for (const char *code : {"[invalid-encoding]", "[empty-input]", "[out-of-range]", "[nonexistent-leap-month]",
                             "[invalid-date]", "[malformed]"})
        QVERIFY2(c.err.contains(QLatin1String(code)), code);
    // Text mode reports the same lines.
    const Run text = chart({}, in);
    QCOMPARE(text.exitCode, 1);
    QCOMPARE(text.err, c.err);
}

void TstCliChart::genderOption()
{
    // Without --gender: the chart without 대운, still exit 0.
    const Run none = chart({QStringLiteral("--json"), QStringLiteral("1992-08-26 05:40")});
    QCOMPARE(none.exitCode, 0);
    const QJsonObject o = jsonLines(none.out).value(0);
    QVERIFY(o.value(QStringLiteral("luck")).isNull());
    QCOMPARE(o.value(QStringLiteral("luckStatus")).toString(), QStringLiteral("no-gender"));
    QCOMPARE(o.value(QStringLiteral("pillars")).toObject().value(QStringLiteral("hour")).toString(),
             QStringLiteral("丁卯"));
    QVERIFY(chart({QStringLiteral("--language=en"), QStringLiteral("1992-08-26 05:40")})
                .out.contains(QStringLiteral("--gender=male")));
    const Run female = chart({QStringLiteral("--json"), QStringLiteral("--gender"), QStringLiteral("FEMALE"),
                              QStringLiteral("1992-08-26 05:40")});
    QCOMPARE(jsonLines(female.out)
                 .value(0)
                 .value(QStringLiteral("luck"))
                 .toObject()
                 .value(QStringLiteral("direction"))
                 .toString(),
             QStringLiteral("backward"));
}

void TstCliChart::luckRounding()
{
    // 2016-01-06 (noon), a woman: Δ / 3 days = 9.76 → 10 rounded half-up, 9 truncated.
    const auto startAge = [](const QStringList &extra) {
        const Run r =
            chart(QStringList{QStringLiteral("--json"), QStringLiteral("--gender=female"), QStringLiteral("2016-01-06")}
                  + extra);
        return jsonLines(r.out)
            .value(0)
            .value(QStringLiteral("luck"))
            .toObject()
            .value(QStringLiteral("startAge"))
            .toInt();
    };
    QCOMPARE(startAge({}), 10);
    QCOMPARE(startAge({QStringLiteral("--luck-rounding=half-up")}), 10);
    QCOMPARE(startAge({QStringLiteral("--luck-rounding=floor")}), 9);
}

void TstCliChart::annualAndMonthly()
{
    const Run r = chart({QStringLiteral("--json"), QStringLiteral("--years=2024-2026"), QStringLiteral("--months=2026"),
                         QStringLiteral("1992-08-26 05:40")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = jsonLines(r.out).value(0);
    const QJsonArray years = o.value(QStringLiteral("annualLuck")).toArray();
    QCOMPARE(years.size(), 3);
    QCOMPARE(years.at(0).toObject().value(QStringLiteral("ganzhi")).toString(), QStringLiteral("甲辰"));
    QCOMPARE(years.at(0).toObject().value(QStringLiteral("start")).toString(), QStringLiteral("2024-02-04T08:27:07Z"));
    const QJsonArray months = o.value(QStringLiteral("monthlyLuck")).toArray();
    QCOMPARE(months.size(), 12);
    QCOMPARE(months.at(0).toObject().value(QStringLiteral("ganzhi")).toString(), QStringLiteral("庚寅"));
    QCOMPARE(months.at(11).toObject().value(QStringLiteral("jie")).toString(), QStringLiteral("小寒"));
    QVERIFY(!jsonLines(chart({QStringLiteral("--json"), QStringLiteral("1992-08-26 05:40")}).out)
                 .value(0)
                 .contains(QStringLiteral("annualLuck")));
    const Run text =
        chart({QStringLiteral("--language=en"), QStringLiteral("--years=2026"), QStringLiteral("1992-08-26")});
    QVERIFY2(text.out.contains(QStringLiteral("2026  丙午 병오")), qPrintable(text.out));
}

void TstCliChart::textChart_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Hour"),
                                       QStringLiteral("Ten god"),
                                       QStringLiteral("丁 정"),
                                       QStringLiteral("甲乙"),
                                       QStringLiteral("제왕"),
                                       QStringLiteral("申酉 신유"),
                                       QStringLiteral("forward, from age 4"),
                                       QStringLiteral("己酉"),
                                       QStringLiteral("1996"),
                                       QStringLiteral("How this was calculated"),
                                       QStringLiteral("1992-08-26 05:07:55")};
    QTest::newRow("ko") << QStringLiteral(
        "ko") << QStringList{QStringLiteral("시주"),     QStringLiteral("십성"),      QStringLiteral("지장간"),
                             QStringLiteral("12운성"),   QStringLiteral("丁 정"),     QStringLiteral("순행"),
                             QStringLiteral("대운수 4"), QStringLiteral("계산 과정"), QStringLiteral("표준시")};
}

void TstCliChart::textChart()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const Run r = chart({QStringLiteral("--language=") + language, QStringLiteral("--gender=male"),
                         QStringLiteral("1992-08-26 05:40")});
    QCOMPARE(r.exitCode, 0);
    for (const QString &s : expected)
        QVERIFY2(r.out.contains(s), qPrintable(s + QStringLiteral(" not in:\n") + r.out));
    if (language == QLatin1String("ko")) {
        for (const char *english : {"Hour", "Ten god", "Luck pillars", "How this was calculated", "Daylight"})
            QVERIFY2(!r.out.contains(QLatin1String(english)), english);
    }
}

void TstCliChart::sameOptionsAsPillars()
{
    // 2023-08-05 23:30 at 135°E: split → 乙未 戊子; 23 → 丙申 戊子 (RULES.md §1.4).
    const auto dayHour = [](const QStringList &args) {
        const QJsonObject p = jsonLines(chart(QStringList{QStringLiteral("--json")} + args).out)
                                  .value(0)
                                  .value(QStringLiteral("pillars"))
                                  .toObject();
        return p.value(QStringLiteral("day")).toString() + p.value(QStringLiteral("hour")).toString();
    };
    const QString line = QStringLiteral("2023-08-05 23:30");
    QCOMPARE(dayHour({QStringLiteral("--lon=135"), line}), QStringLiteral("乙未戊子"));
    QCOMPARE(dayHour({QStringLiteral("--lon=135"), QStringLiteral("--zi=23"), line}), QStringLiteral("丙申戊子"));
    QCOMPARE(dayHour({QStringLiteral("--city=Busan"), QStringLiteral("2000-06-15 11:31")}), QStringLiteral("甲辰庚午"));
    QCOMPARE(dayHour({QStringLiteral("2000-06-15"), QStringLiteral("11:31")}), QStringLiteral("甲辰己巳"));
    QVERIFY(chart({QStringLiteral("--list-cities")}).out.contains(QStringLiteral("부산\tBusan")));
}

void TstCliChart::badOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("gender") << QStringList{QStringLiteral("--gender=other"), QStringLiteral("2000-01-01")};
    QTest::newRow("rounding") << QStringList{QStringLiteral("--luck-rounding=up"), QStringLiteral("2000-01-01")};
    QTest::newRow("years") << QStringList{QStringLiteral("--years=2030-2020"), QStringLiteral("2000-01-01")};
    QTest::newRow("years span") << QStringList{QStringLiteral("--years=1000-3000"), QStringLiteral("2000-01-01")};
    QTest::newRow("months") << QStringList{QStringLiteral("--months=soon"), QStringLiteral("2000-01-01")};
    QTest::newRow("language") << QStringList{QStringLiteral("--language=fr"), QStringLiteral("2000-01-01")};
    QTest::newRow("zi") << QStringList{QStringLiteral("--zi=noon"), QStringLiteral("2000-01-01")};
    QTest::newRow("lon") << QStringList{QStringLiteral("--lon=200"), QStringLiteral("2000-01-01")};
    QTest::newRow("city") << QStringList{QStringLiteral("--city=Atlantis"), QStringLiteral("2000-01-01")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("2000-01-01")};
}

void TstCliChart::badOptions()
{
    QFETCH(QStringList, args);
    const Run r = chart(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TstCliChart::referenceInputs()
{
    const TsvTable t(QStringLiteral(SAJUDESK_TEST_DATA_DIR "/reference-10k.tsv"));
    QByteArray in;
    const int cInput = t.column("input"), cYear = t.column("year"), cMonth = t.column("month"), cDay = t.column("day"),
              cHour = t.column("hour");
    for (int i = 0; i < 1000; ++i)
        in += t.rows.at(i).at(cInput).toUtf8() + '\n';
    const Run r = chart({QStringLiteral("--json"), QStringLiteral("--gender=male")}, in);
    QCOMPARE(r.exitCode, 0);
    const QVector<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 1000);
    int mismatches = 0, outOfRangeRows = 0;
    for (int i = 0; i < 1000; ++i) {
        const QStringList &row = t.rows.at(i);
        const QJsonObject p = lines.at(i).value(QStringLiteral("pillars")).toObject();
        const QString hour =
            p.value(QStringLiteral("hour")).isNull() ? QStringLiteral("-") : p.value(QStringLiteral("hour")).toString();
        const QString got =
            QStringList{p.value(QStringLiteral("year")).toString(), p.value(QStringLiteral("month")).toString(),
                        p.value(QStringLiteral("day")).toString(), hour}
                .join(QLatin1Char(' '));
        const QString want =
            QStringList{row.at(cYear), row.at(cMonth), row.at(cDay), row.at(cHour)}.join(QLatin1Char(' '));
        if (got != want && ++mismatches <= 10)
            qWarning().noquote() << row.at(cInput) << "got" << got << "want" << want;
        // Every chart has its ten 대운, except a backward one before 1900's 小寒 (1900-01-03 01:33 here).
        const QJsonObject &o = lines.at(i);
        const bool outOfRange = o.value(QStringLiteral("luckStatus")).toString() == QLatin1String("out-of-range");
        if (outOfRange)
            ++outOfRangeRows;
        else if (o.value(QStringLiteral("luck")).toObject().value(QStringLiteral("pillars")).toArray().size() != 10)
            ++mismatches;
    }
    QCOMPARE(outOfRangeRows, 1);
    QCOMPARE(mismatches, 0);
}

QTEST_GUILESS_MAIN(TstCliChart)
#include "tst_cli_chart.moc"
