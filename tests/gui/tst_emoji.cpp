// SPDX-License-Identifier: GPL-3.0-or-later
// Colour emoji in the transcript: which sequences are found (flags, keycaps, modifiers, ZWJ
// joins, VS15/VS16), and the pictures kept between runs (the disk cache round trip, a damaged
// file ignored, the key changing with size, and a picture drawn once being read back instead of
// drawn again).
#include "chat/Emoji.h"
#include "chat/EmojiCache.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sajudesk;

namespace {

// "start:length,start:length" of each found range.
QString ranges(const QString &text)
{
    QStringList out;
    for (const emoji::Range &r : emoji::find(text))
        out << QStringLiteral("%1:%2").arg(r.start).arg(r.length);
    return out.join(QLatin1Char(','));
}

QImage solid(QColor colour, QSize size = {18, 17})
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(colour);
    return image;
}

} // namespace

class TestEmoji : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void find_data();
    void find();
    void diskCacheRoundTrip();
    void damagedCacheFileIgnored();
    void pictureComesFromTheDiskCache();
    void drawnPictureIsStoredForTheNextRun();
};

void TestEmoji::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("SajuDeskEmojiTest"));
}

void TestEmoji::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain Korean") << QStringLiteral("오늘의 운세") << QString();
    QTest::newRow("one astral emoji") << QStringLiteral("좋아요 😀!") << QStringLiteral("4:2");
    QTest::newRow("BMP emoji presentation") << QStringLiteral("a⌚b") << QStringLiteral("1:1");
    QTest::newRow("text symbol without VS16") << QStringLiteral("☀ ©") << QString();
    QTest::newRow("text symbol with VS16") << QStringLiteral("☀\uFE0F") << QStringLiteral("0:2");
    QTest::newRow("emoji with VS15 stays text") << QStringLiteral("⌚\uFE0E") << QString();
    QTest::newRow("skin tone modifier") << QStringLiteral("👍🏽") << QStringLiteral("0:4");
    QTest::newRow("ZWJ family") << QStringLiteral("👨\u200D👩\u200D👧") << QStringLiteral("0:8");
    QTest::newRow("flag pair") << QStringLiteral("🇰🇷🇯🇵") << QStringLiteral("0:4,4:4");
    QTest::newRow("lone regional indicator") << QStringLiteral("x🇰") << QStringLiteral("1:2");
    QTest::newRow("keycap") << QStringLiteral("1\uFE0F\u20E3 2") << QStringLiteral("0:3");
    QTest::newRow("keycap without VS16") << QStringLiteral("#\u20E3") << QStringLiteral("0:2");
    QTest::newRow("digits alone") << QStringLiteral("2026") << QString();
    QTest::newRow("enclosed alphanumeric is text") << QStringLiteral("🅰") << QString();
    QTest::newRow("enclosed alphanumeric with VS16") << QStringLiteral("🅰\uFE0F") << QStringLiteral("0:3");
    QTest::newRow("two in a row") << QStringLiteral("🎉🎉") << QStringLiteral("0:2,2:2");
}

void TestEmoji::find()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ranges(text), expected);
}

void TestEmoji::diskCacheRoundTrip()
{
    QTemporaryDir dir;
    const emoji::DiskCache cache(dir.path() + QStringLiteral("/emoji"));
    const QString party = QStringLiteral("🎉");
    QVERIFY(cache.load(party, 17, 1.0).isNull());
    const QImage red = solid(Qt::red);
    QVERIFY(cache.store(party, 17, 1.0, red));
    const QImage back = cache.load(party, 17, 1.0);
    QCOMPARE(back.convertToFormat(red.format()), red);
    // Another size, ratio or sequence is another picture.
    QVERIFY(cache.pathFor(party, 18, 1.0) != cache.pathFor(party, 17, 1.0));
    QVERIFY(cache.pathFor(party, 17, 2.0) != cache.pathFor(party, 17, 1.0));
    QVERIFY(cache.pathFor(QStringLiteral("😀"), 17, 1.0) != cache.pathFor(party, 17, 1.0));
    QVERIFY(cache.load(party, 18, 1.0).isNull());
    QCOMPARE(cache.load(QStringLiteral("🎉"), 17, 2.0).isNull(), true);
    // The ratio comes back with the picture.
    QVERIFY(cache.store(party, 17, 2.0, solid(Qt::blue, {36, 34})));
    QCOMPARE(cache.load(party, 17, 2.0).devicePixelRatio(), 2.0);
}

void TestEmoji::damagedCacheFileIgnored()
{
    QTemporaryDir dir;
    const emoji::DiskCache cache(dir.path());
    QFile file(cache.pathFor(QStringLiteral("😀"), 17, 1.0));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x89PNG\r\n\x1a\n not really");
    file.close();
    QVERIFY(cache.load(QStringLiteral("😀"), 17, 1.0).isNull());
}

void TestEmoji::pictureComesFromTheDiskCache()
{
    // What a previous run stored is shown without drawing: a solid green picture stands in for it.
    const emoji::DiskCache cache;
    const QString rocket = QStringLiteral("🚀");
    const QImage green = solid(Qt::green);
    QVERIFY(cache.store(rocket, 17, 1.0, green));
    QCOMPARE(emoji::picture(rocket, 17).convertToFormat(green.format()), green);
    QFile::remove(cache.pathFor(rocket, 17, 1.0));
}

void TestEmoji::drawnPictureIsStoredForTheNextRun()
{
    const emoji::DiskCache cache;
    const QString star = QStringLiteral("⭐");
    QFile::remove(cache.pathFor(star, 21, 1.0));
    const QImage drawn = emoji::picture(star, 21);
    QVERIFY(!drawn.isNull());
    QCOMPARE(drawn.height(), 21);
    // Written after the paint, from the event loop.
    QTRY_VERIFY(QFile::exists(cache.pathFor(star, 21, 1.0)));
    QCOMPARE(cache.load(star, 21, 1.0).convertToFormat(drawn.format()), drawn);
    QFile::remove(cache.pathFor(star, 21, 1.0));
}

QTEST_MAIN(TestEmoji)
#include "tst_emoji.moc"
