// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a small or scaled screen: CMake runs this test on a 1024x600 offscreen screen
// and on a 1920x1080 one at QT_SCALE_FACTOR=2 (960x540 logical). The window must open inside the
// available area, keep a saved geometry that still fits, and pull one that no longer fits inside.
#include "MainWindow.h"
#include "WindowGeometry.h"

#include <QApplication>
#include <QFile>
#include <QScreen>
#include <QSettings>
#include <QTest>

using namespace sajudesk;

namespace {
const QString geometryKey = QStringLiteral("ui/geometry");

QRect available()
{
    return QGuiApplication::primaryScreen()->availableGeometry();
}

QString describe(const QRect &r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}
} // namespace

class TstWindowFit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void screenIsSmall();
    void opensInsideTheScreen();
    void restoresAGeometryThatFits();
    void clampsAGeometryThatNoLongerFits();
};

void TstWindowFit::initTestCase()
{
    // Its own settings file: ctest runs the small and the scaled variant (and other GUI tests) at once.
    QCoreApplication::setApplicationName(
        QStringLiteral("SajuDesk-windowfit-%1").arg(QCoreApplication::applicationPid()));
    QSettings().clear();
}

void TstWindowFit::cleanupTestCase()
{
    QSettings settings;
    settings.clear();
    settings.sync();
    QFile::remove(settings.fileName());
}

void TstWindowFit::init()
{
    QSettings().remove(geometryKey);
}

void TstWindowFit::screenIsSmall()
{
    // Guards the test set-up itself: on the default 800x600 offscreen screen or a large one the
    // other checks would prove little.
    const QRect screen = available();
    qInfo() << "available geometry" << screen << "scale" << QGuiApplication::primaryScreen()->devicePixelRatio();
    QVERIFY2(screen.width() <= 1024 && screen.height() <= 600, qPrintable(describe(screen)));
    QVERIFY2(screen.width() < 1100 && screen.height() < 760, "smaller than the window's preferred 1100x760");
}

void TstWindowFit::opensInsideTheScreen()
{
    MainWindow window(nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect screen = available();
    QVERIFY2(screen.contains(window.geometry()),
             qPrintable(describe(window.geometry()) + QLatin1String(" not inside ") + describe(screen)));
    QVERIFY2(window.minimumWidth() <= screen.width() && window.minimumHeight() <= screen.height(),
             qPrintable(QStringLiteral("minimum %1x%2").arg(window.minimumWidth()).arg(window.minimumHeight())));
    // Centred, at most 90 % unless the minimum needs more.
    QCOMPARE(window.geometry(), windowgeometry::initial(screen, QSize(1100, 760), window.minimumSize()));
    qInfo() << "geometry" << window.geometry() << "frame" << window.frameGeometry() << "layout minimum"
            << window.minimumSizeHint();
}

void TstWindowFit::restoresAGeometryThatFits()
{
    QRect wanted;
    const QRect screen = available();
    {
        MainWindow window(nullptr);
        // Smaller than the screen, but not below the window's minimum; room above for a title bar
        // (QWidget::restoreGeometry moves a window down whose title bar would be off the screen).
        const QSize size = QSize(screen.width() - 60, screen.height() - 60).expandedTo(window.minimumSize());
        wanted = QRect(screen.topLeft() + QPoint(10, 40), size);
        window.setGeometry(wanted);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.geometry(), wanted);
        window.close(); // saves the geometry
    }
    QVERIFY(QSettings().contains(geometryKey));
    QVERIFY(screen.contains(wanted));
    MainWindow again(nullptr);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.geometry(), wanted);
}

void TstWindowFit::clampsAGeometryThatNoLongerFits()
{
    // What a window saved on a larger screen looks like.
    QWidget big;
    big.setGeometry(300, 200, 1700, 1000);
    QSettings().setValue(geometryKey, big.saveGeometry());

    MainWindow window(nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect screen = available();
    QVERIFY2(screen.contains(window.geometry()),
             qPrintable(describe(window.geometry()) + QLatin1String(" not inside ") + describe(screen)));
    QCOMPARE(window.geometry(), windowgeometry::initial(screen, QSize(1700, 1000), window.minimumSize()));
}

QTEST_MAIN(TstWindowFit)
#include "tst_window_fit.moc"
