// SPDX-License-Identifier: GPL-3.0-or-later
// bench_conversation_index: what startup costs with many saved conversations. Each figure is a
// fresh process (this executable with --child), median of several runs, warm file cache:
//
//   empty      QCoreApplication only (the baseline every other row is compared with)
//   index      ConversationLibrary::start(): the list filled from conversations/cache/index.bin
//              (what the first paint needs)
//   checked    index + the worker's check of the folder (names, sizes, times) finished
//   rebuild    no index file: every conversation read once to make it (first start after upgrade)
//   loadAll    ConversationStore::loadAll(), every conversation parsed (what startup did before)
//
// for 100 and 1,000 conversations × 50 messages. Reports time (in the process and wall), resident
// memory with the data held, the ratio loadAll / index, and memory growth from 100 to 1,000.
// Fails when the index is not at least 5× faster than loadAll or its memory grows by more than
// 4 MB from 100 to 1,000 conversations.
//   ctest -L bench -R bench_conversation_index --output-on-failure
//   build/release/tests/chat/bench_conversation_index [runs]
#include "BenchSupport.h"
#include "ConversationCorpus.h"
#include "chat/ConversationLibrary.h"
#include "chat/ConversationStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace sajudesk;

namespace {

int child(const QString &mode, const QString &directory)
{
    QElapsedTimer timer;
    timer.start();
    if (mode == QLatin1String("empty")) {
        bench::printResult(double(timer.nsecsElapsed()) / 1e6);
        return 0;
    }
    if (mode == QLatin1String("loadall")) {
        const QList<Conversation> all = ConversationStore(directory).loadAll();
        bench::printResult(double(timer.nsecsElapsed()) / 1e6);
        return all.isEmpty() ? 1 : 0;
    }
    if (mode == QLatin1String("rebuild"))
        QFile::remove(ConversationIndex(directory).filePath());
    ConversationLibrary library(directory);
    library.start();
    if (mode != QLatin1String("index"))
        library.waitForRefresh();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (library.model()->rowCount() == 0)
        return 1;
    bench::printResult(ms);
    return 0;
}

struct Row
{
    double ms = 0;
    double wallMs = 0;
    double rssMB = 0;
};

Row measure(const QString &mode, const QString &directory, int runs)
{
    QList<double> ms, wall, rss;
    for (int i = 0; i < runs; ++i) {
        const bench::ChildResult r = bench::runChild({mode, directory});
        ms.append(r.ms);
        wall.append(r.wallMs);
        rss.append(double(r.rssKiB) / 1024.0);
    }
    return {bench::median(ms), bench::median(wall), bench::median(rss)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--child"))
        return child(args.at(2), args.at(3));
    const int runs = args.size() > 1 ? args.at(1).toInt() : 5;

    QTemporaryDir root;
    const QList<int> counts{100, 1000};
    QHash<int, QString> dirs;
    corpus::Shape shape;
    for (const int count : counts) {
        dirs.insert(count, root.path() + QStringLiteral("/c%1").arg(count));
        corpus::writeAll(dirs.value(count), count, shape, QDateTime::currentDateTimeUtc());
        ConversationLibrary library(dirs.value(count)); // writes the index once
        library.start();
        library.waitForRefresh();
        library.flushIndex();
    }
    std::printf("%d runs each, median; RSS with the data held\n\n", runs);
    std::printf("%-6s %-9s %10s %10s %9s\n", "convs", "mode", "in-proc", "wall", "RSS");
    const Row empty = measure(QStringLiteral("empty"), root.path(), runs);
    std::printf("%-6s %-9s %7.1f ms %7.1f ms %6.1f MB\n", "-", "empty", empty.ms, empty.wallMs, empty.rssMB);
    QHash<int, Row> index, checked, loadAll;
    for (const int count : counts) {
        index.insert(count, measure(QStringLiteral("index"), dirs.value(count), runs));
        checked.insert(count, measure(QStringLiteral("checked"), dirs.value(count), runs));
        const Row rebuild = measure(QStringLiteral("rebuild"), dirs.value(count), 1);
        loadAll.insert(count, measure(QStringLiteral("loadall"), dirs.value(count), runs));
        // The rebuild removed the index; put it back for the next runs.
        ConversationLibrary library(dirs.value(count));
        library.start();
        library.waitForRefresh();
        library.flushIndex();
        const auto print = [count](const char *mode, const Row &r) {
            std::printf("%-6d %-9s %7.1f ms %7.1f ms %6.1f MB\n", count, mode, r.ms, r.wallMs, r.rssMB);
        };
        print("index", index.value(count));
        print("checked", checked.value(count));
        print("rebuild", rebuild);
        print("loadAll", loadAll.value(count));
    }
    const int n = counts.last();
    const double timeRatio = loadAll.value(n).ms / index.value(n).ms;
    const double checkedRatio = loadAll.value(n).ms / checked.value(n).ms;
    const double memIndex = index.value(n).rssMB - empty.rssMB;
    const double memAll = loadAll.value(n).rssMB - empty.rssMB;
    const double growthIndex = index.value(n).rssMB - index.value(counts.first()).rssMB;
    const double growthAll = loadAll.value(n).rssMB - loadAll.value(counts.first()).rssMB;
    std::printf("\n%d conversations: loadAll takes %.1fx the index (%.1fx the index plus the folder check);\n"
                "memory over the empty process: index %.1f MB, loadAll %.1f MB (%.0fx)\n"
                "growth from %d to %d conversations: index %+.1f MB, loadAll %+.1f MB\n",
                n, timeRatio, checkedRatio, memIndex, memAll, memAll / qMax(0.1, memIndex), counts.first(), n,
                growthIndex, growthAll);
    const bool pass = timeRatio >= 5.0 && growthIndex <= 4.0;
    std::printf("target: index >= 5x faster than loadAll and <= 4 MB growth: %s\n", pass ? "PASS" : "MISS");
    return pass ? 0 : 1;
}
