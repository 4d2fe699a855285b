// SPDX-License-Identifier: GPL-3.0-or-later
// The 만세력 chart in the real window: the rows of three reference births (Korean UI), element
// colours readable on any palette, the UTC instant and local mean time, the calculation trace,
// the two candidate charts near a boundary, the 대운/세운/월운 strip and the exports.
// Expected values: birth 1 is the example (1992-08-26 05:40, male, Seoul); births 2 and
// 3 were taken from `sajudesk-cli chart --json` (the engine checked by tst_saju_chart_rules and
// 3,000 lunar-javascript births):
//   sajudesk-cli chart --gender=female --city=부산 --json "L!1990-05-10 14:30"
//   sajudesk-cli chart --gender=male --json "2024-02-04 17:27"      (7 s before 立春)
#include "SajuPaneFixture.h"
#include "saju/ChartExport.h"
#include "saju/ChartExtras.h"
#include "saju/ChartTiles.h"
#include "saju/ChartView.h"
#include "saju/ElementStyle.h"
#include "saju/LuckStrip.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QToolButton>

using namespace sajudesk;
using namespace sajudesk::guitest;

class TestSajuChartView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chartRowsOfReferenceBirths_data();
    void chartRowsOfReferenceBirths();
    void elementColoursAreReadable();
    void timesUsedAreShown();
    void traceIsCollapsedUntilOpened();
    void boundaryShowsBothCharts();
    void unknownTimeOnASolarTermDay();
    void luckStripHighlightsNowAndOpensMonths();
    void noGenderExplainsTheMissingLuck();
    void exportsEveryFormat();
    void darkPaletteKeepsTextReadable();

private:
    void enterExample();
    QString column(const char *row, const char *position) const;

    LanguageManager *m_languages = nullptr;
    SajuPaneFixture m_f;
};

void TestSajuChartView::initTestCase()
{
    m_languages = SajuPaneFixture::setUpOnce(this);
}

void TestSajuChartView::init()
{
    QVERIFY(m_f.open(m_languages));
}

void TestSajuChartView::cleanup()
{
    m_f.close();
}

void TestSajuChartView::enterExample()
{
    m_f.setName(QStringLiteral("이서준"));
    m_f.setMale(true);
    m_f.fillBirth(QStringLiteral("1992-08-26"), QTime(5, 40));
}

// Test data written as UTF-8 literals (the build forbids implicit ASCII casts).
static QStringList utf8(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

QString TestSajuChartView::column(const char *row, const char *position) const
{
    const QString name = QLatin1String(row) + QLatin1Char('_') + QLatin1String(position);
    if (auto *tile = m_f.window->findChild<GlyphTile *>(name))
        return tile->glyph();
    return m_f.child<QLabel>(name)->text();
}

void TestSajuChartView::chartRowsOfReferenceBirths_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("lunar");
    QTest::addColumn<bool>("male");
    QTest::addColumn<int>("city"); // index in the city list
    // Each row lists hour, day, month, year, as the chart shows them.
    QTest::addColumn<QStringList>("stems");
    QTest::addColumn<QStringList>("branches");
    QTest::addColumn<QStringList>("stemGods");
    QTest::addColumn<QStringList>("branchGods");
    QTest::addColumn<QStringList>("hidden");
    QTest::addColumn<QStringList>("stages");
    QTest::addColumn<QString>("voids");
    QTest::addColumn<QStringList>("voidBadges"); // positions whose branch is marked 공망
    QTest::addColumn<QString>("luck");           // summary must contain
    QTest::addColumn<QStringList>("firstLuck");

    QTest::newRow("issue example, male, Seoul")
        << QStringLiteral("1992-08-26 05:40") << false << true << 0 << utf8({"丁", "甲", "戊", "壬"})
        << utf8({"卯", "戌", "申", "申"}) << utf8({"상관", "일간", "편재", "편인"})
        << utf8({"겁재", "편재", "편관", "편관"})
        << utf8({"甲乙\n갑을", "辛丁戊\n신정무", "戊壬庚\n무임경", "戊壬庚\n무임경"})
        << utf8({"제왕", "양", "절", "절"}) << QStringLiteral("申酉") << utf8({"month", "year"})
        << QStringLiteral("순행, 대운수 4") << utf8({"己酉", "庚戌"});
    QTest::newRow("lunar leap month, female, Busan")
        << QStringLiteral("1990-05-10 14:30") << true << false << 1 << utf8({"己", "戊", "壬", "庚"})
        << utf8({"未", "辰", "午", "午"}) << utf8({"겁재", "일간", "편재", "식신"})
        << utf8({"겁재", "비견", "정인", "정인"})
        << utf8({"丁乙己\n정을기", "乙癸戊\n을계무", "丙己丁\n병기정", "丙己丁\n병기정"})
        << utf8({"쇠", "관대", "제왕", "제왕"}) << QStringLiteral("戌亥") << QStringList()
        << QStringLiteral("역행, 대운수 9") << utf8({"辛巳", "庚辰"});
    QTest::newRow("7 s before 立春, male, Seoul")
        << QStringLiteral("2024-02-04 17:27") << false << true << 0 << utf8({"庚", "戊", "乙", "癸"})
        << utf8({"申", "戌", "丑", "卯"}) << utf8({"식신", "일간", "정관", "정재"})
        << utf8({"식신", "비견", "겁재", "정관"})
        << utf8({"戊壬庚\n무임경", "辛丁戊\n신정무", "癸辛己\n계신기", "甲乙\n갑을"})
        << utf8({"병", "묘", "양", "목욕"}) << QStringLiteral("辰巳") << QStringList()
        << QStringLiteral("역행, 대운수 10") << utf8({"甲子", "癸亥"});
}

void TestSajuChartView::chartRowsOfReferenceBirths()
{
    QFETCH(QString, date);
    QFETCH(bool, lunar);
    QFETCH(bool, male);
    QFETCH(int, city);
    QFETCH(QStringList, stems);
    QFETCH(QStringList, branches);
    QFETCH(QStringList, stemGods);
    QFETCH(QStringList, branchGods);
    QFETCH(QStringList, hidden);
    QFETCH(QStringList, stages);
    QFETCH(QString, voids);
    QFETCH(QStringList, voidBadges);
    QFETCH(QString, luck);
    QFETCH(QStringList, firstLuck);

    SajuPaneFixture::setLanguage(m_languages, QStringLiteral("ko"));
    m_f.setName(QStringLiteral("김하늘"));
    m_f.setMale(male);
    m_f.setLunar(lunar);
    m_f.fillBirth(date.left(10), QTime::fromString(date.mid(11), QStringLiteral("HH:mm")));
    if (lunar)
        m_f.child<QCheckBox>("leapMonthCheckBox")->setChecked(true);
    m_f.child<QComboBox>("cityComboBox")->setCurrentIndex(city);
    QVERIFY(m_f.pane->session()->chart());

    const char *positions[] = {"hour", "day", "month", "year"};
    for (int i = 0; i < 4; ++i) {
        const char *pos = positions[i];
        QCOMPARE(column("stemTile", pos), stems.at(i));
        QCOMPARE(column("branchTile", pos), branches.at(i));
        QCOMPARE(column("stemGod", pos), stemGods.at(i));
        QCOMPARE(column("branchGod", pos), branchGods.at(i));
        QCOMPARE(column("hiddenStems", pos), hidden.at(i));
        QCOMPARE(column("twelveStage", pos), stages.at(i));
        auto *branch = m_f.child<GlyphTile>(QStringLiteral("branchTile_") + QLatin1String(pos));
        QCOMPARE(branch->badge().isEmpty(), !voidBadges.contains(QLatin1String(pos)));
        // Every tile is coloured by its element and carries its Hangul reading.
        QVERIFY(branch->element().has_value());
        QVERIFY2(!branch->caption().isEmpty(), pos);
    }
    QVERIFY2(m_f.child<QLabel>("chartSummaryLabel")->text().contains(voids),
             qPrintable(m_f.child<QLabel>("chartSummaryLabel")->text()));
    const QString summary = m_f.child<LuckStrip>("luckStrip")->luckSummary();
    QVERIFY2(summary.contains(luck), qPrintable(summary));
    QCOMPARE(m_f.child<LuckCell>("luckPillar0Button")->pillar().hanja(), firstLuck.at(0));
    QCOMPARE(m_f.child<LuckCell>("luckPillar1Button")->pillar().hanja(), firstLuck.at(1));
    SajuPaneFixture::setLanguage(m_languages, QStringLiteral("en"));
}

void TestSajuChartView::elementColoursAreReadable()
{
    const QColor windows[] = {QColor(0xef, 0xef, 0xef), QColor(0xff, 0xff, 0xff), QColor(0x35, 0x35, 0x35),
                              QColor(0x1e, 0x1e, 0x1e)};
    for (int e = 0; e < 5; ++e) {
        const auto element = static_cast<saju::Element>(e);
        QVERIFY2(contrastRatio(elementFill(element), elementInk(element)) >= 4.5,
                 qPrintable(elementFill(element).name()));
    }
    for (const QColor &window : windows) {
        QPalette palette;
        palette.setColor(QPalette::Window, window);
        QVERIFY2(contrastRatio(errorColor(palette), window) >= 4.5, qPrintable(window.name()));
        QVERIFY2(contrastRatio(cautionColor(palette), window) >= 4.5, qPrintable(window.name()));
    }
    // The WCAG formula itself: black on white is 21:1, a colour on itself 1:1.
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white)), 21);
    QCOMPARE(contrastRatio(Qt::red, Qt::red), 1.0);
}

void TestSajuChartView::timesUsedAreShown()
{
    enterExample();
    const QString text = m_f.child<QLabel>("chartTimeLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("1992-08-25T20:40:00Z")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1992-08-26 05:07:55")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("126.978° E")), qPrintable(text));
    QCOMPARE(m_f.pane->pillarsText(), QStringLiteral("壬申 戊申 甲戌 丁卯"));
}

void TestSajuChartView::traceIsCollapsedUntilOpened()
{
    enterExample();
    auto *trace = m_f.child<TraceView>("traceView");
    auto *body = m_f.child<QLabel>("traceLabel");
    QVERIFY(!trace->isExpanded());
    QVERIFY(!body->isVisible());
    QTest::mouseClick(m_f.child<QToolButton>("traceToggleButton"), Qt::LeftButton);
    QVERIFY(trace->isExpanded());
    QVERIFY(body->isVisible());
    const QStringList lines = trace->plainText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 7);
    QVERIFY2(lines.at(0).contains(QStringLiteral("1992-08-26 05:40")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(3).contains(QStringLiteral("1992-08-25T20:40:00Z")), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(4).contains(QStringLiteral("05:07:55")), qPrintable(lines.at(4)));
    QVERIFY2(lines.at(6).contains(QStringLiteral("壬申 戊申 甲戌 丁卯")), qPrintable(lines.at(6)));
    QVERIFY(body->text().contains(QStringLiteral("1992-08-25T20:40:00Z")));
}

void TestSajuChartView::boundaryShowsBothCharts()
{
    enterExample();
    auto *boundaries = m_f.child<BoundaryView>("boundaryView");
    QVERIFY(!boundaries->isVisible());
    m_f.fillBirth(QStringLiteral("2024-02-04"), QTime(17, 27));
    QVERIFY(boundaries->isVisible());
    QCOMPARE(boundaries->warnings().size(), 1);
    const QString warning = boundaries->warnings().first();
    QVERIFY2(warning.contains(QStringLiteral("7 seconds before")) && warning.contains(QStringLiteral("立春")),
             qPrintable(warning));
    QVERIFY(warning.contains(QStringLiteral("2024-02-04 17:27:07")));
    // Side by side: this birth (before 立春: 癸卯 year, 乙丑 month) and the minute after it.
    QCOMPARE(m_f.child<MiniChart>("boundaryThisChart_0")->pillarsText(), QStringLiteral("庚申 戊戌 乙丑 癸卯"));
    QCOMPARE(m_f.child<MiniChart>("boundaryOtherChart_0")->pillarsText(), QStringLiteral("庚申 戊戌 丙寅 甲辰"));
    m_f.fillBirth(QStringLiteral("2024-02-04"), QTime(17, 40));
    QVERIFY(!boundaries->isVisible());
}

void TestSajuChartView::unknownTimeOnASolarTermDay()
{
    enterExample();
    m_f.fillBirth(QStringLiteral("2024-02-04"), QTime());
    QCOMPARE(column("stemTile", "hour"), QString());
    QCOMPARE(column("stemGod", "hour"), QStringLiteral("–"));
    // Read at noon, before 立春 (17:27): still 癸卯 year, 乙丑 month.
    QCOMPARE(m_f.pane->pillarsText(), QStringLiteral("癸卯 乙丑 戊戌"));
    auto *boundaries = m_f.child<BoundaryView>("boundaryView");
    QVERIFY(boundaries->isVisible());
    QVERIFY2(boundaries->warnings().first().contains(QStringLiteral("Enter the birth time")),
             qPrintable(boundaries->warnings().first()));
    QCOMPARE(m_f.child<MiniChart>("boundaryOtherChart_0")->pillarsText(), QStringLiteral("? 戊戌 丙寅 甲辰"));
    QVERIFY(m_f.child<QLabel>("chartTimeLabel")->text().contains(QStringLiteral("unknown")));
}

void TestSajuChartView::luckStripHighlightsNowAndOpensMonths()
{
    enterExample();
    // The clock says 2026: the 대운 from 2026 (壬子, age 34) and the 세운 2026 are current.
    for (int i = 0; i < 10; ++i)
        QCOMPARE(m_f.child<LuckCell>(QStringLiteral("luckPillar%1Button").arg(i))->isCurrent(), i == 3);
    QCOMPARE(m_f.child<LuckCell>("luckPillar3Button")->pillar().hanja(), QStringLiteral("壬子"));
    QCOMPARE(m_f.child<LuckCell>("luckPillar3Button")->label(), QStringLiteral("Age 34"));
    // Each row is a whole cell high (not cut to its label).
    for (const char *row : {"luckRowScrollArea", "annualRowScrollArea", "monthlyRowScrollArea"})
        QVERIFY2(m_f.child<QWidget>(row)->height() >= m_f.child<LuckCell>("luckPillar3Button")->sizeHint().height(),
                 row);
    auto *year2026 = m_f.child<LuckCell>("annualLuck2026Button");
    QVERIFY(year2026->isCurrent());
    QVERIFY(year2026->isChecked());
    QVERIFY(m_f.child<LuckCell>("annualLuck2021Button") && m_f.child<LuckCell>("annualLuck2031Button"));
    QVERIFY(m_f.child<LuckCell>("monthlyLuck4Button")->isCurrent()); // June 1: 巳 month from 立夏

    QTest::mouseClick(m_f.child<LuckCell>("annualLuck2028Button"), Qt::LeftButton);
    QCOMPARE(m_f.pane->session()->selectedYear(), 2028);
    QVERIFY(m_f.child<QLabel>("monthlyTitleLabel")->text().contains(QStringLiteral("2028")));
    QCOMPARE(m_f.child<LuckCell>("monthlyLuck1Button")->pillar().hanja(), QStringLiteral("甲寅")); // 戊申 year
    QVERIFY(m_f.child<LuckCell>("annualLuck2033Button"));                                          // centred on 2028
    QVERIFY(!m_f.child<LuckCell>("monthlyLuck4Button")->isCurrent());

    QTest::mouseClick(m_f.child<LuckCell>("luckPillar4Button"), Qt::LeftButton);
    QCOMPARE(m_f.pane->session()->selectedYear(), 2036);
    QTest::mouseClick(m_f.child<QPushButton>("thisYearButton"), Qt::LeftButton);
    QCOMPARE(m_f.pane->session()->selectedYear(), 2026);
}

void TestSajuChartView::noGenderExplainsTheMissingLuck()
{
    m_f.fillBirth(QStringLiteral("1992-08-26"), QTime(5, 40));
    QVERIFY(!m_f.window->findChild<LuckCell *>(QStringLiteral("luckPillar0Button")));
    QVERIFY(m_f.child<LuckStrip>("luckStrip")->luckSummary().contains(QStringLiteral("gender")));
    QVERIFY(m_f.child<LuckCell>("annualLuck2026Button")); // 세운 do not need it
    m_f.setMale(false);
    QCOMPARE(m_f.child<LuckCell>("luckPillar0Button")->pillar().hanja(), QStringLiteral("丁未")); // backward for her
}

void TestSajuChartView::exportsEveryFormat()
{
    enterExample();
    QTemporaryDir dir;
    const saju::SajuSession &session = *m_f.pane->session();
    QWidget *area = m_f.pane->chartView()->chartArea();
    for (const QString &format : ChartExport::formats()) {
        QString error;
        const QString path = dir.filePath(ChartExport::suggestedFileName(session, format));
        QVERIFY2(ChartExport::save(format, path, session, area, &error), qPrintable(error));
        QVERIFY2(QFileInfo(path).size() > 100, qPrintable(path));
    }
    QFile text(dir.filePath(QStringLiteral("이서준-1992-08-26.txt")));
    QVERIFY(text.open(QIODevice::ReadOnly));
    const QString t = QString::fromUtf8(text.readAll());
    for (const char *expected : {"이서준", "壬 임", "申 신", "甲 갑", "己酉", "기유"})
        QVERIFY2(t.contains(QString::fromUtf8(expected)), expected);

    QFile json(dir.filePath(QStringLiteral("이서준-1992-08-26.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("input")).toString(), QStringLiteral("1992-08-26 05:40"));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("이서준"));
    QCOMPARE(o.value(QStringLiteral("pillars")).toObject().value(QStringLiteral("year")).toString(),
             QStringLiteral("壬申"));
    QCOMPARE(o.value(QStringLiteral("luck")).toObject().value(QStringLiteral("startAge")).toInt(), 4);
    const QJsonObject settings = o.value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("zi")).toString(), QStringLiteral("split"));
    QCOMPARE(settings.value(QStringLiteral("gender")).toString(), QStringLiteral("male"));
    QCOMPARE(settings.value(QStringLiteral("longitude")).toDouble(), 126.978);
    QCOMPARE(settings.value(QStringLiteral("city")).toString(), QStringLiteral("서울"));
    QCOMPARE(settings.value(QStringLiteral("luckRounding")).toString(), QStringLiteral("half-up"));

    const QImage png(dir.filePath(QStringLiteral("이서준-1992-08-26.png")));
    QVERIFY(!png.isNull());
    QVERIFY(png.width() >= 2 * 300);
    QFile pdf(dir.filePath(QStringLiteral("이서준-1992-08-26.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5).startsWith("%PDF-"));
    QVERIFY(!QFile::exists(pdf.fileName() + QStringLiteral(".part")));

    // Nothing to export without a chart: a clear error, no file.
    m_f.fillBirth(QStringLiteral("2023-02-29"), QTime(1, 0));
    QString error;
    QVERIFY(!ChartExport::save(QStringLiteral("txt"), dir.filePath(QStringLiteral("none.txt")), session, area, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.txt"))));
    QVERIFY(!m_f.child<QPushButton>("exportChartButton")->isEnabled());
}

void TestSajuChartView::darkPaletteKeepsTextReadable()
{
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Mid, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::Highlight, QColor(0x4a, 0x90, 0xd9));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    QApplication::setPalette(dark);
    enterExample();
    m_f.fillBirth(QStringLiteral("2023-02-29"), QTime(17, 27));
    QCoreApplication::processEvents();
    // Error and caution text follow the palette: readable on the dark window.
    auto *error = m_f.child<QLabel>("dateErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(contrastRatio(error->palette().color(QPalette::WindowText), dark.color(QPalette::Window)) >= 4.5,
             qPrintable(error->palette().color(QPalette::WindowText).name()));
    m_f.fillBirth(QStringLiteral("2024-02-04"), QTime(17, 27));
    auto *warning = m_f.child<QLabel>("boundaryWarning_0");
    QVERIFY2(contrastRatio(warning->palette().color(QPalette::WindowText), dark.color(QPalette::Window)) >= 4.5,
             qPrintable(warning->palette().color(QPalette::WindowText).name()));
    // SAJUDESK_SCREENSHOT_DIR=… keeps pictures of the pane with this palette (for review).
    if (const QString dir = qEnvironmentVariable("SAJUDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        SajuPaneFixture::setLanguage(m_languages, QStringLiteral("ko"));
        m_f.fillBirth(QStringLiteral("1992-08-26"), QTime(5, 40));
        QTest::qWait(300);
        m_f.window->grab().save(dir + QStringLiteral("/dark-ko-chart.png"));
        m_f.fillBirth(QStringLiteral("2024-02-04"), QTime(17, 27));
        QTest::qWait(300);
        m_f.child<QScrollArea>("chartScrollArea")->ensureWidgetVisible(m_f.child<QWidget>("boundaryView"));
        QTest::qWait(100);
        m_f.window->grab().save(dir + QStringLiteral("/dark-ko-boundary.png"));
        SajuPaneFixture::setLanguage(m_languages, QStringLiteral("en"));
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestSajuChartView)
#include "tst_saju_chartview.moc"
