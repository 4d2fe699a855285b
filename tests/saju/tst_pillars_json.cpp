// SPDX-License-Identifier: GPL-3.0-or-later
// The direct JSON writer of `sajudesk-cli pillars --json` (saju/PillarsJson) against what it
// replaced, QJsonDocument(FourPillars::toDetailJson() + "input").toJson(Compact): byte for byte,
// for every input of the three reference tables under several conventions, and for strings that
// need escapes, non-ASCII text and surrogates.
#include "TsvTable.h"
#include "saju/PillarsJson.h"
#include "saju/SajuEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sajudesk::saju;

namespace {

QByteArray viaQt(const FourPillars &p, const QString &input)
{
    QJsonObject o = p.toDetailJson();
    o.insert(QStringLiteral("input"), input);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray direct(const FourPillars &p, const QString &input)
{
    QByteArray out("prefix:"); // appends, never replaces
    appendDetailJsonLine(out, p, input);
    return out.mid(7);
}

} // namespace

class TstPillarsJson : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQJsonDocument_data();
    void sameBytesAsQJsonDocument();
    void strings_data();
    void strings();
};

void TstPillarsJson::sameBytesAsQJsonDocument_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("zi");
    QTest::addColumn<double>("longitude");
    QTest::newRow("reference-10k, defaults") << "reference-10k"
                                             << "split" << kSeoulLongitude;
    QTest::newRow("edge-cases, defaults") << "edge-cases"
                                          << "split" << kSeoulLongitude;
    QTest::newRow("edge-cases, zi 23, 127.5°E") << "edge-cases"
                                                << "23" << 127.5;
    QTest::newRow("edge-cases, zi midnight, 135°E") << "edge-cases"
                                                    << "midnight" << 135.0;
    QTest::newRow("edge-cases, 0.5°W (negative LMT offset)") << "edge-cases"
                                                             << "split" << -0.5;
    QTest::newRow("edge-cases, 179.999°E") << "edge-cases"
                                           << "split" << 179.999;
    QTest::newRow("conventions-1k, zi 23, Busan") << "conventions-1k"
                                                  << "23" << 129.075;
}

void TstPillarsJson::sameBytesAsQJsonDocument()
{
    QFETCH(QString, table);
    QFETCH(QString, zi);
    QFETCH(double, longitude);
    const TsvTable t(QStringLiteral(SAJUDESK_TEST_DATA_DIR "/%1.tsv").arg(table));
    const int cInput = t.column("input");
    QVERIFY(cInput >= 0 && !t.rows.isEmpty());
    BirthInput options;
    options.zi = ziRuleFromName(zi).value();
    options.longitude = longitude;
    int compared = 0, withJie = 0, withoutHour = 0;
    for (const QStringList &row : t.rows) {
        const QString input = row.at(cInput);
        const Result<BirthInput> in = parseBirthLine(QStringView(input), options);
        QVERIFY2(in, qPrintable(input));
        const Result<FourPillars> p = SajuEngine::compute(in.value());
        QVERIFY2(p, qPrintable(input));
        const QByteArray expected = viaQt(p.value(), input);
        const QByteArray got = direct(p.value(), input);
        if (got != expected)
            QFAIL(qPrintable(QStringLiteral("%1\n  Qt:     %2\n  direct: %3")
                                 .arg(input, QString::fromUtf8(expected), QString::fromUtf8(got))));
        ++compared;
        withJie += p.value().jie >= 0 ? 1 : 0;
        withoutHour += p.value().hasHour ? 0 : 1;
    }
    QVERIFY(compared == t.rows.size());
    if (table == QLatin1String("edge-cases")) {
        // The optional parts ("jie", null hour and lmt) were exercised too.
        QVERIFY(withJie > 0);
        QVERIFY(withoutHour > 0);
    }
}

void TstPillarsJson::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("1992-08-26 05:40");
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c");
    QTest::newRow("slash is not escaped") << QStringLiteral("1992/08/26");
    QTest::newRow("control characters") << QString::fromUtf16(u"\t\n\r\b\f\x01\x1f");
    QTest::newRow("DEL") << QString::fromUtf16(u"\x7f");
    QTest::newRow("two-byte UTF-8") << QString::fromUtf16(u"é\x07ff\x0080");
    QTest::newRow("three-byte UTF-8") << QStringLiteral("이서준 立春 \uffff \u0800");
    QTest::newRow("surrogate pair (emoji)") << QStringLiteral("🌱 L!2023-02-15");
    QTest::newRow("lone high surrogate") << QString(QChar(0xd800)) + QStringLiteral("x");
    QTest::newRow("lone low surrogate") << QStringLiteral("x") + QString(QChar(0xdc00));
    QTest::newRow("replacement character") << QString(QChar(0xfffd));
}

void TstPillarsJson::strings()
{
    QFETCH(QString, text);
    const QByteArray qt = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    QByteArray got("[");
    appendJsonString(got, text);
    got += ']';
    QCOMPARE(got, qt);
}

QTEST_GUILESS_MAIN(TstPillarsJson)
#include "tst_pillars_json.moc"
