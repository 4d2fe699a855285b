// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `sajudesk-cli pillars` binary: TSV rows, per-line errors on stderr with exit
// code 1, stdin input (including bytes that are not UTF-8), --json, --city/--lon and bad options,
// and all 10,000 reference inputs piped through it.
#include "TsvTable.h"

#include <QCryptographicHash>
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

Run runCli(const QStringList &args, const QByteArray &stdinData = QByteArray())
{
    QProcess p;
    p.setProgram(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-cli"));
    p.setArguments(QStringList{QStringLiteral("pillars")} + args);
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

const QString kHeader = QStringLiteral("input\tyear\tmonth\tday\thour\thangul\tflags\n");

} // namespace

class TstCliPillars : public QObject
{
    Q_OBJECT

private slots:
    void argumentsWithABadLine();
    void stdinWithBadBytes();
    void unquotedDateAndTime();
    void json();
    void cityAndLongitude();
    void ziOption();
    void badOptions_data();
    void badOptions();
    void referenceInputsThroughStdin();
    void jsonOutputUnchanged_data();
    void jsonOutputUnchanged();
};

void TstCliPillars::argumentsWithABadLine()
{
    const Run r = runCli({QStringLiteral("1992-08-26 05:40"), QStringLiteral("2024-02-04"),
                          QStringLiteral("2023-02-29"), QStringLiteral("L!2012-03-01 12:00")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out,
             kHeader
                 + QStringLiteral("1992-08-26 05:40\t壬申\t戊申\t甲戌\t丁卯\t임신 무신 갑술 정묘\t-\n"
                                  "2024-02-04\t癸卯\t乙丑\t戊戌\t-\t계묘 을축 무술 -\tjie-day:立春,time-unknown\n"
                                  "L!2012-03-01 12:00\t壬辰\t甲辰\t壬子\t丙午\t임진 갑진 임자 병오\t-\n"));
    QVERIFY2(r.err.contains(QStringLiteral("line 3")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("2023-02-29")));
    QVERIFY(r.err.contains(QStringLiteral("[invalid-date]")));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

void TstCliPillars::stdinWithBadBytes()
{
    const QByteArray in =
        "# comment\r\n1900-01-06 02:31\r\n\xff\xfe garbage\n\n1899-12-31\nL!2023-03-01\n2000-01-01 00:00\n";
    const Run r = runCli({}, in);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, kHeader
                        + QStringLiteral(
                            "1900-01-06 02:31\t己亥\t丙子\t己卯\t乙丑\t기해 병자 기묘 을축\tlmt-era,near-jie:小寒\n"
                            "2000-01-01 00:00\t己卯\t丙子\t丁巳\t壬子\t기묘 병자 정사 임자\t-\n"));
    for (const char *code : {"[invalid-encoding]", "[empty-input]", "[out-of-range]", "[nonexistent-leap-month]"})
        QVERIFY2(r.err.contains(QLatin1String(code)), code);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 4);
}

void TstCliPillars::unquotedDateAndTime()
{
    const Run r = runCli({QStringLiteral("1992-08-26"), QStringLiteral("05:40"), QStringLiteral("1992-08-26")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QLatin1Char('\n')), 3);
    QVERIFY(r.out.contains(QStringLiteral("1992-08-26 05:40\t")));
}

void TstCliPillars::json()
{
    const Run r = runCli({QStringLiteral("--json"), QStringLiteral("1992-08-26 05:40"), QStringLiteral("1986-05-29")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QJsonParseError error;
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0).toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(first.value(QStringLiteral("input")).toString(), QStringLiteral("1992-08-26 05:40"));
    const QJsonObject saju = first.value(QStringLiteral("saju")).toObject();
    QCOMPARE(saju.value(QStringLiteral("dayMaster")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("갑목"));
    QCOMPARE(saju.value(QStringLiteral("pillars"))
                 .toObject()
                 .value(QStringLiteral("hour"))
                 .toObject()
                 .value(QStringLiteral("stem"))
                 .toObject()
                 .value(QStringLiteral("hanja"))
                 .toString(),
             QStringLiteral("丁"));
    QCOMPARE(first.value(QStringLiteral("utc")).toString(), QStringLiteral("1992-08-25T20:40:00Z"));
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1).toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(second.value(QStringLiteral("saju"))
                .toObject()
                .value(QStringLiteral("pillars"))
                .toObject()
                .value(QStringLiteral("hour"))
                .isNull());
    QCOMPARE(second.value(QStringLiteral("flags")).toArray(), QJsonArray{QStringLiteral("time-unknown")});
}

void TstCliPillars::cityAndLongitude()
{
    // 11:31 KST on a 甲辰 day: Seoul LMT 10:58:55 (己巳) but Busan (129.075°E) 11:07:18 (庚午).
    const QString line = QStringLiteral("2000-06-15 11:31");
    const Run seoul = runCli({line});
    const Run busanKo = runCli({QStringLiteral("--city=부산"), line});
    const Run busanEn = runCli({QStringLiteral("--city"), QStringLiteral("Busan"), line});
    const Run busanLon = runCli({QStringLiteral("--lon=129.075"), line});
    QCOMPARE(seoul.exitCode, 0);
    QCOMPARE(busanKo.exitCode, 0);
    QVERIFY2(seoul.out.contains(QStringLiteral("\t己巳\t")), qPrintable(seoul.out));
    QVERIFY2(busanKo.out.contains(QStringLiteral("\t庚午\t")), qPrintable(busanKo.out));
    QCOMPARE(busanEn.out, busanKo.out);
    QCOMPARE(busanLon.out, busanKo.out);
    const Run list = runCli({QStringLiteral("--list-cities")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(QStringLiteral("강릉\tGangneung\t128.876")));
}

void TstCliPillars::ziOption()
{
    const QString line = QStringLiteral("2023-08-05 23:30");
    QVERIFY(runCli({QStringLiteral("--lon=135"), line}).out.contains(QStringLiteral("\t乙未\t戊子\t")));
    QVERIFY(runCli({QStringLiteral("--lon=135"), QStringLiteral("--zi=23"), line})
                .out.contains(QStringLiteral("\t丙申\t戊子\t")));
    QVERIFY(runCli({QStringLiteral("--lon=135"), QStringLiteral("--zi=midnight"), line})
                .out.contains(QStringLiteral("\t乙未\t丙子\t")));
}

void TstCliPillars::badOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("zi") << QStringList{QStringLiteral("--zi=noon"), QStringLiteral("2000-01-01")};
    QTest::newRow("lon") << QStringList{QStringLiteral("--lon=east"), QStringLiteral("2000-01-01")};
    QTest::newRow("lon range") << QStringList{QStringLiteral("--lon=200"), QStringLiteral("2000-01-01")};
    QTest::newRow("city") << QStringList{QStringLiteral("--city=Atlantis"), QStringLiteral("2000-01-01")};
    QTest::newRow("both") << QStringList{QStringLiteral("--city=Seoul"), QStringLiteral("--lon=127"),
                                         QStringLiteral("2000-01-01")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("2000-01-01")};
}

void TstCliPillars::badOptions()
{
    QFETCH(QStringList, args);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TstCliPillars::referenceInputsThroughStdin()
{
    const TsvTable t(QStringLiteral(SAJUDESK_TEST_DATA_DIR "/reference-10k.tsv"));
    QCOMPARE(t.rows.size(), 10000);
    QByteArray in;
    QStringList expected{kHeader.trimmed()};
    const int cols[] = {t.column("input"), t.column("year"), t.column("month"),
                        t.column("day"),   t.column("hour"), t.column("hangul")};
    for (const QStringList &row : t.rows) {
        in += row.at(cols[0]).toUtf8() + '\n';
        QStringList cells;
        for (int c : cols)
            cells << row.at(c);
        expected << cells.join(QLatin1Char('\t'));
    }
    const Run r = runCli({}, in);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QStringList got = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(got.size(), expected.size());
    int mismatches = 0;
    for (int i = 1; i < got.size(); ++i) {
        // Drop the flags column: the reference has none here, the CLI adds lmt-era/near-jie.
        const QString row = got.at(i).section(QLatin1Char('\t'), 0, 5);
        if (row != expected.at(i) && ++mismatches <= 10)
            qWarning().noquote() << "got" << row << "want" << expected.at(i);
    }
    QCOMPARE(mismatches, 0);
}

void TstCliPillars::jsonOutputUnchanged_data()
{
    // SHA-256 of the --json output of the QJsonDocument-based writer this CLI used before its
    // direct writer (saju/PillarsJson): the bytes must not change.
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("sha256");
    QTest::newRow("reference-10k") << "reference-10k" << 10000 << QStringList{}
                                   << QByteArray("809be381da6e39abb61960ffc98b74bd7f057b5cd108526947d8132c0654e7f5");
    QTest::newRow("edge-cases, zi 23, 127.5")
        << "edge-cases" << 368 << QStringList{QStringLiteral("--zi=23"), QStringLiteral("--lon=127.5")}
        << QByteArray("08e006f2d52264cb2636ab574b4595a0d8e5b7ff70b9483b65e06e55fed73851");
    QTest::newRow("edge-cases, zi midnight, Busan")
        << "edge-cases" << 368 << QStringList{QStringLiteral("--zi=midnight"), QStringLiteral("--city=부산")}
        << QByteArray("c7c748a51f0b4ca37e0d775d386cb42c0cd5ff1858382d4feaa774b0be744e4c");
    QTest::newRow("edge-cases, 135") << "edge-cases" << 368 << QStringList{QStringLiteral("--lon=135")}
                                     << QByteArray("00bfbcac7bb82d6e6da96959f5a241e35cce3866b68e705f8a11a0e5e01de644");
    QTest::newRow("conventions-1k, first 1000, -0.5")
        << "conventions-1k" << 1000 << QStringList{QStringLiteral("--lon=-0.5")}
        << QByteArray("3948da155f9ddab39c1e2deea8eeb4615c460a7fcf273a4de503ce331063a198");
}

void TstCliPillars::jsonOutputUnchanged()
{
    QFETCH(QString, table);
    QFETCH(int, rows);
    QFETCH(QStringList, options);
    QFETCH(QByteArray, sha256);
    const TsvTable t(QStringLiteral(SAJUDESK_TEST_DATA_DIR "/%1.tsv").arg(table));
    QByteArray in;
    for (int i = 0; i < rows; ++i)
        in += t.rows.at(i).at(t.column("input")).toUtf8() + '\n';
    const Run r = runCli(QStringList{QStringLiteral("--json")} + options, in);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QCOMPARE(r.out.count(QLatin1Char('\n')), rows);
    QCOMPARE(QCryptographicHash::hash(r.out.toUtf8(), QCryptographicHash::Sha256).toHex(), sha256);
}

QTEST_GUILESS_MAIN(TstCliPillars)
#include "tst_cli_pillars.moc"
