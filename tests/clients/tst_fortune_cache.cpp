// SPDX-License-Identifier: GPL-3.0-or-later
// FortuneCache on a temporary folder: keys, files, damage, pruning, concurrent writers.
#include "saju/SajuEngine.h"
#include "sajuapi/FortuneCache.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace sajudesk;

namespace {

const QUrl kBase(QStringLiteral("https://api.sajuapi.dev"));
const QDateTime kNow(QDate(2026, 5, 2), QTime(3, 4, 5, 678), Qt::UTC);

FortuneParams params()
{
    const auto p = saju::SajuEngine::computeLine(u"1992-08-26 05:40");
    FortuneParams out;
    out.saju = p->toSajuJson();
    out.userName = QStringLiteral("이서준");
    out.date = QDate(2026, 5, 2);
    return out;
}

FortuneResult result(int score = 71)
{
    FortuneResult r;
    r.fortune = {{QStringLiteral("score"), score}};
    r.character = {{QStringLiteral("dayMaster"), QStringLiteral("갑목")}};
    r.meta = FortuneMeta::fromJson(QJsonObject{{QStringLiteral("requestId"), QStringLiteral("req_1")},
                                               {QStringLiteral("model"), QStringLiteral("haiku")},
                                               {QStringLiteral("cost"), 0.013}});
    r.narrative = QStringLiteral("오늘은 좋은 날");
    r.complete = true;
    return r;
}

FortuneComputation computation()
{
    return FortuneComputation::fromPillars(*saju::SajuEngine::computeLine(u"1992-08-26 05:40"));
}

QStringList entryFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files);
}

} // namespace

class TestFortuneCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keyChangesWithEveryInput_data();
    void keyChangesWithEveryInput();
    void storeAndLoad();
    void oneFilePerEntryNoIndex();
    void computationOptions_data();
    void computationOptions();
    void damagedEntriesSetAside_data();
    void damagedEntriesSetAside();
    void newerFormatLeftAlone();
    void prunesOldEntriesOncePerDay();
    void entriesForPerson();
    void concurrentWritersNeverTear();
    void unwritableFolderFailsCleanly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FortuneCache> m_cache;
};

void TestFortuneCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cache = std::make_unique<FortuneCache>(m_dir->path() + QStringLiteral("/fortunes"));
    m_cache->setClock([] { return kNow; });
}

void TestFortuneCache::keyChangesWithEveryInput_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("sameKey");
    QTest::newRow("nothing") << QString() << true;
    QTest::newRow("base URL trailing slash") << QStringLiteral("slash") << true;
    QTest::newRow("name with spaces around") << QStringLiteral("spaces") << true;
    QTest::newRow("base URL") << QStringLiteral("url") << false;
    QTest::newRow("day pillar") << QStringLiteral("day") << false;
    QTest::newRow("hour pillar unknown") << QStringLiteral("hour") << false;
    QTest::newRow("day master") << QStringLiteral("dayMaster") << false;
    QTest::newRow("name") << QStringLiteral("name") << false;
    QTest::newRow("model") << QStringLiteral("model") << false;
    QTest::newRow("date") << QStringLiteral("date") << false;
    QTest::newRow("type fortune_only") << QStringLiteral("type") << false;
}

void TestFortuneCache::keyChangesWithEveryInput()
{
    QFETCH(QString, change);
    QFETCH(bool, sameKey);
    const FortuneParams base = params();
    FortuneParams p = base;
    QUrl url = kBase;
    QJsonObject pillars = p.saju.value(QLatin1String("pillars")).toObject();
    if (change == QLatin1String("slash"))
        url = QUrl(QStringLiteral("https://api.sajuapi.dev/"));
    else if (change == QLatin1String("spaces"))
        p.userName = QStringLiteral("  이서준 ");
    else if (change == QLatin1String("url"))
        url = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    else if (change == QLatin1String("day"))
        pillars.insert(QStringLiteral("day"), base.saju.value(QLatin1String("pillars"))[QLatin1String("year")]);
    else if (change == QLatin1String("hour"))
        pillars.insert(QStringLiteral("hour"), QJsonValue::Null);
    else if (change == QLatin1String("dayMaster"))
        p.saju.insert(QStringLiteral("dayMaster"), QJsonObject{{QStringLiteral("element"), QStringLiteral("fire")}});
    else if (change == QLatin1String("name"))
        p.userName = QStringLiteral("이서윤");
    else if (change == QLatin1String("model"))
        p.model = QStringLiteral("sonnet");
    else if (change == QLatin1String("date"))
        p.date = p.date.addDays(1);
    else if (change == QLatin1String("type"))
        p.fortuneOnly = true;
    if (change == QLatin1String("day") || change == QLatin1String("hour"))
        p.saju.insert(QStringLiteral("pillars"), pillars);
    QCOMPARE(FortuneCache::keyFor(url, p) == FortuneCache::keyFor(kBase, base), sameKey);
    QCOMPARE(FortuneCache::keyFor(kBase, base).size(), 64);

    // The cache agrees: a stored answer is found only under the same key.
    QVERIFY(m_cache->store(m_cache->entryFor(kBase, base, computation(), result())));
    QCOMPARE(m_cache->load(url, p).has_value(), sameKey);
}

void TestFortuneCache::storeAndLoad()
{
    FortuneParams p = params();
    QVERIFY(!m_cache->load(kBase, p));
    const FortuneCacheEntry e = m_cache->entryFor(kBase, p, computation(), result());
    QString error;
    QVERIFY2(m_cache->store(e, &error), qPrintable(error));
    const auto hit = m_cache->load(kBase, p);
    QVERIFY(hit);
    QVERIFY(hit->result == e.result);
    QVERIFY(hit->computation == e.computation);
    QCOMPARE(hit->fetchedAt, kNow);
    QCOMPARE(hit->requestId(), QStringLiteral("req_1"));
    QCOMPARE(hit->model(), QStringLiteral("haiku"));
    QCOMPARE(hit->cost(), 0.013);
    QCOMPARE(hit->params.saju, p.saju);
    QCOMPARE(hit->params.date, p.date);
    // A newer answer to the same request replaces the old one.
    QVERIFY(m_cache->store(m_cache->entryFor(kBase, p, computation(), result(12))));
    QCOMPARE(m_cache->load(kBase, p)->result.fortune.value(QLatin1String("score")).toInt(), 12);
    QVERIFY(m_cache->remove(kBase, p));
    QVERIFY(!m_cache->load(kBase, p));
}

void TestFortuneCache::oneFilePerEntryNoIndex()
{
    FortuneParams p = params();
    QVERIFY(m_cache->store(m_cache->entryFor(kBase, p, computation(), result())));
    p.model = QStringLiteral("gpt4o");
    QVERIFY(m_cache->store(m_cache->entryFor(kBase, p, computation(), result())));
    const QStringList files = entryFiles(m_cache->directory());
    QCOMPARE(files.size(), 2);
    QFile f(m_cache->directory() + QLatin1Char('/') + files.first());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    for (const char *key : {"format", "key", "service", "request", "computation", "fetchedAt", "result"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QLatin1String("fetchedAt")).toString(), QStringLiteral("2026-05-02T03:04:05.678Z"));
    const QJsonObject comp = o.value(QLatin1String("computation")).toObject();
    for (const char *key : {"ziRule", "longitude", "dstApplied", "engineVersion"})
        QVERIFY2(comp.contains(QLatin1String(key)), key);
}

void TestFortuneCache::computationOptions_data()
{
    QTest::addColumn<QString>("birth");
    QTest::addColumn<bool>("dst");
    QTest::newRow("1992, no DST") << QStringLiteral("1992-08-26 05:40") << false;
    QTest::newRow("1988 summer time (+10)") << QStringLiteral("1988-07-01 12:00") << true;
    QTest::newRow("1957 summer time (+9:30)") << QStringLiteral("1957-07-01 12:00") << true;
    QTest::newRow("1957 winter (+8:30)") << QStringLiteral("1957-12-01 12:00") << false;
}

void TestFortuneCache::computationOptions()
{
    QFETCH(QString, birth);
    QFETCH(bool, dst);
    saju::BirthInput options;
    options.zi = saju::ZiRule::ChangeAt23;
    options.longitude = 129.075;
    const auto p = saju::SajuEngine::computeLine(birth, options);
    QVERIFY(p);
    const FortuneComputation c = FortuneComputation::fromPillars(*p);
    QCOMPARE(c.dstApplied, dst);
    QCOMPARE(c.ziRule, QStringLiteral("23"));
    QCOMPARE(c.longitude, 129.075);
    QVERIFY(!c.engineVersion.isEmpty());
    QVERIFY(FortuneComputation::fromJson(c.toJson()) == c);
}

void TestFortuneCache::damagedEntriesSetAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("\xff\xfe garbage");
    QTest::newRow("cut in the middle") << QByteArray("{\"format\":1,\"key\":\"ab");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("no result") << QByteArray("{\"format\":1}");
    QTest::newRow("edited request") << QByteArray("edit");
    QTest::newRow("over 4 MiB") << QByteArray(5 * 1024 * 1024, ' ');
}

void TestFortuneCache::damagedEntriesSetAside()
{
    QFETCH(QByteArray, content);
    const FortuneParams p = params();
    QVERIFY(m_cache->store(m_cache->entryFor(kBase, p, computation(), result())));
    const QString path = m_cache->directory() + QLatin1Char('/') + entryFiles(m_cache->directory()).first();
    QFile f(path);
    if (content == "edit") {
        QVERIFY(f.open(QIODevice::ReadOnly));
        content = f.readAll().replace("이서준", "홍길동");
        f.close();
    }
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();

    QVERIFY(!m_cache->load(kBase, p));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QFile::exists(path + QStringLiteral(".damaged")));
    QVERIFY(m_cache->entriesFor(kBase, p.saju, p.userName, p.date).isEmpty());
    // Asking again fills it anew.
    QVERIFY(m_cache->store(m_cache->entryFor(kBase, p, computation(), result())));
    QVERIFY(m_cache->load(kBase, p));
}

void TestFortuneCache::newerFormatLeftAlone()
{
    const FortuneParams p = params();
    FortuneCacheEntry e = m_cache->entryFor(kBase, p, computation(), result());
    QVERIFY(m_cache->store(e));
    const QString path = m_cache->directory() + QLatin1Char('/') + entryFiles(m_cache->directory()).first();
    QJsonObject o = FortuneCache::toJson(e);
    o.insert(QStringLiteral("format"), FortuneCache::FormatVersion + 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
    f.close();
    QVERIFY(!m_cache->load(kBase, p));
    QVERIFY(QFile::exists(path)); // a newer SajuDesk wrote it: not ours to set aside
}

void TestFortuneCache::prunesOldEntriesOncePerDay()
{
    const QString dir = m_cache->directory();
    FortuneParams old = params();
    old.date = kNow.date().addDays(-91);
    FortuneCache past(dir);
    past.setClock([] { return kNow.addDays(-91); });
    QVERIFY(past.store(past.entryFor(kBase, old, computation(), result())));
    FortuneParams recent = params();
    recent.date = kNow.date().addDays(-89);
    FortuneCache lessPast(dir);
    lessPast.setClock([] { return kNow.addDays(-89); });
    QVERIFY(lessPast.store(lessPast.entryFor(kBase, recent, computation(), result())));
    QCOMPARE(entryFiles(dir).size(), 2);

    // The first write of a new day prunes: 91 days old goes, 89 days old stays.
    QVERIFY(m_cache->store(m_cache->entryFor(kBase, params(), computation(), result())));
    QCOMPARE(entryFiles(dir).size(), 2);
    QVERIFY(!m_cache->load(kBase, old));
    QVERIFY(m_cache->load(kBase, recent));

    // An old entry appearing later the same day waits for the next day's first write.
    FortuneCacheEntry stale = past.entryFor(kBase, old, computation(), result());
    QFile f(dir + QStringLiteral("/copied-in.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(FortuneCache::toJson(stale)).toJson());
    f.close();
    FortuneParams other = params();
    other.model = QStringLiteral("sonnet");
    QVERIFY(m_cache->store(m_cache->entryFor(kBase, other, computation(), result())));
    QVERIFY(QFile::exists(f.fileName()));
    m_cache->setClock([] { return kNow.addDays(1); });
    other.model = QStringLiteral("gpt4o");
    QVERIFY(m_cache->store(m_cache->entryFor(kBase, other, computation(), result())));
    QVERIFY(!QFile::exists(f.fileName()));
    QCOMPARE(m_cache->prune(), 0);
}

void TestFortuneCache::entriesForPerson()
{
    FortuneParams p = params();
    QVERIFY(m_cache->store(m_cache->entryFor(kBase, p, computation(), result(1))));
    m_cache->setClock([] { return kNow.addSecs(60); });
    p.model = QStringLiteral("sonnet");
    QVERIFY(m_cache->store(m_cache->entryFor(kBase, p, computation(), result(2))));
    FortuneParams someoneElse = params();
    someoneElse.userName = QStringLiteral("김하늘");
    QVERIFY(m_cache->store(m_cache->entryFor(kBase, someoneElse, computation(), result(3))));

    const auto entries = m_cache->entriesFor(kBase, p.saju, QStringLiteral(" 이서준 "), p.date);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).model(), QStringLiteral("haiku")); // result.meta.model wins over the request
    QCOMPARE(entries.at(0).params.model, QStringLiteral("sonnet"));
    QCOMPARE(entries.at(1).params.model, QStringLiteral("haiku"));
    QVERIFY(m_cache->entriesFor(kBase, p.saju, p.userName, p.date.addDays(1)).isEmpty());
    QVERIFY(m_cache->entriesFor(QUrl(QStringLiteral("http://other")), p.saju, p.userName, p.date).isEmpty());
}

void TestFortuneCache::concurrentWritersNeverTear()
{
    // Two writers (as the GUI and the CLI) replace the same entry while a reader reads it.
    const FortuneParams p = params();
    QVERIFY(m_cache->store(m_cache->entryFor(kBase, p, computation(), result(0))));
    std::atomic<bool> stop{false};
    std::atomic<int> bad{0};
    auto writer = [&](int base) {
        FortuneCache cache(m_cache->directory());
        cache.setClock([] { return kNow; });
        for (int i = 0; i < 60; ++i) {
            if (!cache.store(cache.entryFor(kBase, p, computation(), result(base + i))))
                ++bad;
        }
    };
    std::thread reader([&] {
        FortuneCache cache(m_cache->directory());
        while (!stop) {
            if (!cache.load(kBase, p))
                ++bad;
        }
    });
    std::thread a(writer, 1000);
    std::thread b(writer, 2000);
    a.join();
    b.join();
    stop = true;
    reader.join();
    QCOMPARE(bad.load(), 0);
    QCOMPARE(QDir(m_cache->directory()).entryList({QStringLiteral("*.damaged")}, QDir::Files).size(), 0);
    QCOMPARE(entryFiles(m_cache->directory()).size(), 1);
}

void TestFortuneCache::unwritableFolderFailsCleanly()
{
    QFile blocker(m_dir->path() + QStringLiteral("/blocked"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    FortuneCache cache(blocker.fileName() + QStringLiteral("/fortunes"));
    QString error;
    QVERIFY(!cache.store(cache.entryFor(kBase, params(), computation(), result()), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!cache.load(kBase, params()));
}

QTEST_GUILESS_MAIN(TestFortuneCache)
#include "tst_fortune_cache.moc"
