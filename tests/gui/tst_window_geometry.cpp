// SPDX-License-Identifier: GPL-3.0-or-later
// Where a window opens and how a saved geometry is fitted to the screen (pure rectangle logic).
#include "WindowGeometry.h"

#include <QTest>

using namespace sajudesk;

class TstWindowGeometry : public QObject
{
    Q_OBJECT
private slots:
    void initial_data();
    void initial();
    void clamped_data();
    void clamped();
    void boundedMinimum_data();
    void boundedMinimum();
};

void TstWindowGeometry::initial_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QSize>("preferred");
    QTest::addColumn<QSize>("minimum");
    QTest::addColumn<QRect>("expected");
    const QSize none(0, 0);
    QTest::newRow("large screen: preferred size, centred")
        << QRect(0, 0, 1920, 1040) << QSize(1100, 760) << none << QRect(410, 140, 1100, 760);
    QTest::newRow("1024x600 netbook: 90 % both ways")
        << QRect(0, 0, 1024, 600) << QSize(1100, 760) << none << QRect(51, 30, 921, 540);
    QTest::newRow("1024x600 with a 880x580 minimum: minimum wins, still inside")
        << QRect(0, 0, 1024, 600) << QSize(1100, 760) << QSize(880, 580) << QRect(51, 10, 921, 580);
    QTest::newRow("1366x768 at QT_SCALE_FACTOR=2 (683x384 logical)")
        << QRect(0, 0, 683, 384) << QSize(1100, 760) << none << QRect(35, 19, 614, 345);
    QTest::newRow("minimum larger than the screen: the screen")
        << QRect(0, 0, 683, 384) << QSize(1100, 760) << QSize(880, 580) << QRect(0, 0, 683, 384);
    QTest::newRow("only the height is short")
        << QRect(0, 0, 1600, 700) << QSize(1100, 760) << none << QRect(250, 35, 1100, 630);
    QTest::newRow("panel on the left, second screen offset")
        << QRect(1970, 0, 1870, 1080) << QSize(1100, 760) << none << QRect(2355, 160, 1100, 760);
}

void TstWindowGeometry::initial()
{
    QFETCH(QRect, available);
    QFETCH(QSize, preferred);
    QFETCH(QSize, minimum);
    QFETCH(QRect, expected);
    const QRect rect = windowgeometry::initial(available, preferred, minimum);
    QCOMPARE(rect, expected);
    QVERIFY(available.contains(rect));
}

void TstWindowGeometry::clamped_data()
{
    QTest::addColumn<QRect>("saved");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("expected");
    const QRect fullHd(0, 0, 1920, 1040);
    QTest::newRow("fits: unchanged") << QRect(100, 80, 1100, 760) << fullHd << QRect(100, 80, 1100, 760);
    QTest::newRow("fits exactly: unchanged") << fullHd << fullHd << fullHd;
    QTest::newRow("hangs off the right: moved in") << QRect(1500, 80, 1100, 760) << fullHd << QRect(820, 80, 1100, 760);
    QTest::newRow("above the top (panel): moved down")
        << QRect(100, -30, 1100, 760) << QRect(0, 32, 1920, 1048) << QRect(100, 32, 1100, 760);
    QTest::newRow("from a larger screen: 90 %, centred")
        << QRect(200, 100, 2400, 1300) << QRect(0, 0, 1024, 600) << QRect(51, 30, 921, 540);
    QTest::newRow("screen scaled ×2 since: 90 %, centred")
        << QRect(20, 10, 1100, 760) << QRect(0, 0, 960, 540) << QRect(48, 27, 864, 486);
    QTest::newRow("only a little too wide: 90 %, centred")
        << QRect(0, 0, 1000, 500) << QRect(0, 0, 960, 540) << QRect(48, 27, 864, 486);
    QTest::newRow("on a screen that is gone: brought onto this one")
        << QRect(2500, 200, 800, 500) << fullHd << QRect(1120, 200, 800, 500);
    QTest::newRow("invalid: invalid") << QRect() << fullHd << QRect();
}

void TstWindowGeometry::clamped()
{
    QFETCH(QRect, saved);
    QFETCH(QRect, available);
    QFETCH(QRect, expected);
    const QRect rect = windowgeometry::clamped(saved, available);
    QCOMPARE(rect, expected);
    if (rect.isValid())
        QVERIFY(available.contains(rect));
}

void TstWindowGeometry::boundedMinimum_data()
{
    QTest::addColumn<QSize>("minimum");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("large screen: as asked") << QSize(880, 580) << QRect(0, 0, 1920, 1040) << QSize(880, 580);
    QTest::newRow("1024x600 with a panel: 90 % of the height")
        << QSize(880, 580) << QRect(0, 27, 1024, 573) << QSize(880, 515);
    QTest::newRow("scaled ×2: 90 % both ways") << QSize(880, 580) << QRect(0, 0, 683, 384) << QSize(614, 345);
}

void TstWindowGeometry::boundedMinimum()
{
    QFETCH(QSize, minimum);
    QFETCH(QRect, available);
    QFETCH(QSize, expected);
    QCOMPARE(windowgeometry::boundedMinimum(minimum, available), expected);
}

QTEST_GUILESS_MAIN(TstWindowGeometry)
#include "tst_window_geometry.moc"
