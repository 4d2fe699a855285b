// SPDX-License-Identifier: GPL-3.0-or-later
// The application icon exists at every hicolor size the package installs, with the right dimensions and a
// transparent outside, and sajudesk_ui embeds the same images under :/icons for setWindowIcon().
#include <QImage>
#include <QTest>

namespace {

QString sourcePng(int size)
{
    return QStringLiteral(SAJUDESK_ICON_PNG_DIR "/sajudesk-%1.png").arg(size);
}

QString resourcePng(int size)
{
    // The 256 px image doubles as the default ":/icons/sajudesk.png".
    return size == 256 ? QStringLiteral(":/icons/sajudesk.png") : QStringLiteral(":/icons/sajudesk-%1.png").arg(size);
}

} // namespace

class TstPackagingIcons : public QObject
{
    Q_OBJECT

private slots:
    void pngHasSizeAndShape_data();
    void pngHasSizeAndShape();
    void resourceMatchesFile_data();
    void resourceMatchesFile();
};

static void addSizeRows()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        QTest::newRow(qPrintable(QStringLiteral("%1px").arg(size))) << size;
}

void TstPackagingIcons::pngHasSizeAndShape_data()
{
    addSizeRows();
}

void TstPackagingIcons::pngHasSizeAndShape()
{
    QFETCH(int, size);
    const QImage image(sourcePng(size));
    QVERIFY2(!image.isNull(), qPrintable(QStringLiteral("cannot load %1").arg(sourcePng(size))));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    // Rounded square: the corners are (almost) transparent, the middle is fully painted.
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    const int last = size - 1;
    for (const QPoint corner : {QPoint(0, 0), QPoint(last, 0), QPoint(0, last), QPoint(last, last)})
        QVERIFY2(qAlpha(argb.pixel(corner)) < 64,
                 qPrintable(QStringLiteral("corner %1,%2 is not transparent").arg(corner.x()).arg(corner.y())));
    QCOMPARE(qAlpha(argb.pixel(size / 2, size / 2)), 255);
}

void TstPackagingIcons::resourceMatchesFile_data()
{
    addSizeRows();
}

void TstPackagingIcons::resourceMatchesFile()
{
    QFETCH(int, size);
    const QImage embedded(resourcePng(size));
    QVERIFY2(!embedded.isNull(),
             qPrintable(QStringLiteral("%1 is not embedded in sajudesk_ui").arg(resourcePng(size))));
    const QImage onDisk(sourcePng(size));
    QCOMPARE(embedded.convertToFormat(QImage::Format_ARGB32), onDisk.convertToFormat(QImage::Format_ARGB32));
}

QTEST_GUILESS_MAIN(TstPackagingIcons)
#include "tst_packaging_icons.moc"
