// SPDX-License-Identifier: GPL-3.0-or-later
// bench_conversation_search: full-text search over 1,000 conversations × 50 messages (half
// Korean, half English; tests/bench/ConversationCorpus), the way the sidebar uses it: the store
// is built from the files on a worker when a search starts, then every keystroke of a query
// being typed is one search() with snippets for up to 200 results.
//
// Reports, per keystroke of growing Korean and English queries, the median and worst time over
// several runs; pasted queries (nothing to narrow from) and queries that match nothing (the whole
// text is scanned); the build time from disk; and memory, each in a fresh process: the index
// alone, the index plus the search store, and every conversation loaded. Fails (exit 1) when a
// keystroke's median exceeds 30 ms.
//   ctest -L bench -R bench_conversation_search --output-on-failure
//   build/release/tests/chat/bench_conversation_search [conversations] [messages] [runs]
#include "BenchSupport.h"
#include "ConversationCorpus.h"
#include "chat/ConversationLibrary.h"
#include "chat/ConversationStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace sajudesk;

namespace {

constexpr double targetMs = 30.0;

struct Line
{
    QString label;
    QStringList keystrokes;
};

QStringList typing(const QString &text)
{
    QStringList steps;
    for (int i = 1; i <= text.size(); ++i) {
        const QString step = text.left(i);
        if (!step.endsWith(QLatin1Char(' ')))
            steps.append(step);
    }
    return steps;
}

// One measurement in a fresh process: "index", "search" (index + store) or "loadall".
int child(const QString &mode, const QString &directory)
{
    QElapsedTimer timer;
    timer.start();
    if (mode == QLatin1String("loadall")) {
        const QList<Conversation> all = ConversationStore(directory).loadAll();
        bench::printResult(double(timer.nsecsElapsed()) / 1e6);
        return all.isEmpty() ? 1 : 0;
    }
    ConversationLibrary library(directory);
    library.start();
    library.waitForRefresh();
    if (mode == QLatin1String("search")) {
        library.prepareSearch();
        library.waitForSearch();
    }
    bench::printResult(double(timer.nsecsElapsed()) / 1e6);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--child"))
        return child(args.at(2), args.at(3));
    const int count = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int messages = args.size() > 2 ? args.at(2).toInt() : 50;
    const int runs = args.size() > 3 ? args.at(3).toInt() : 7;

    QTemporaryDir dir;
    corpus::Shape shape;
    shape.messages = messages;
    QElapsedTimer timer;
    timer.start();
    corpus::writeAll(dir.path(), count, shape, QDateTime::currentDateTimeUtc());
    qint64 textChars = 0;
    for (int i = 0; i < count; ++i) {
        const Conversation c = corpus::make(i, shape, QDateTime::currentDateTimeUtc());
        for (const ChatMessage &m : c.messages)
            textChars += m.content.size();
    }
    std::printf("corpus: %d conversations x %d messages, %.1f M characters, written in %.1f s\n", count, messages,
                double(textChars) / 1e6, double(timer.elapsed()) / 1000.0);

    ConversationLibrary library(dir.path());
    library.start();
    library.waitForRefresh();
    library.flushIndex();
    timer.restart();
    library.prepareSearch();
    library.waitForSearch();
    std::printf("store: built from the files in %lld ms (worker thread); %.1f MB = %.2f bytes per character\n",
                timer.elapsed(), double(library.searchPayloadBytes()) / 1e6,
                double(library.searchPayloadBytes()) / double(textChars));

    const QList<Line> lines{
        {QStringLiteral("Korean, typed"), typing(QStringLiteral("서울에서 부산까지"))},
        {QStringLiteral("Korean, typed"), typing(QStringLiteral("예산 계획"))},
        {QStringLiteral("Korean, no match"), typing(QStringLiteral("뷁뷁 없는 말"))},
        {QStringLiteral("English, typed"), typing(QStringLiteral("python script"))},
        {QStringLiteral("English, typed"), typing(QStringLiteral("Benchmark result"))},
        {QStringLiteral("English, no match"), typing(QStringLiteral("xyzzy plugh"))},
        {QStringLiteral("pasted"), {QStringLiteral("주식 시장 경제")}},
        {QStringLiteral("pasted"), {QStringLiteral("interest rate market")}},
        {QStringLiteral("pasted, no match"), {QStringLiteral("zqzqzq")}},
        {QStringLiteral("pasted, no match"), {QStringLiteral("뷁뷁뷁")}},
    };

    double worstMedian = 0;
    double worstMax = 0;
    std::printf("\n%-18s %-24s %9s %9s %8s\n", "line", "query", "median", "max", "matches");
    for (const Line &line : lines) {
        QList<QList<double>> perStep(line.keystrokes.size());
        QList<int> matchCounts(line.keystrokes.size());
        for (int run = 0; run < runs; ++run) {
            library.search(QStringLiteral("\u0001")); // nothing extends it: no narrowing carried over
            for (int k = 0; k < line.keystrokes.size(); ++k) {
                QElapsedTimer t;
                t.start();
                const std::optional<ConversationSearch::Results> results = library.search(line.keystrokes.at(k));
                perStep[k].append(double(t.nsecsElapsed()) / 1e6);
                matchCounts[k] = results ? int(results->matchingIds.size()) : -1;
            }
        }
        for (int k = 0; k < line.keystrokes.size(); ++k) {
            const double med = bench::median(perStep.at(k));
            const double max = *std::max_element(perStep.at(k).cbegin(), perStep.at(k).cend());
            worstMedian = qMax(worstMedian, med);
            worstMax = qMax(worstMax, max);
            std::printf("%-18s %-24s %6.2f ms %6.2f ms %8d\n", qPrintable(line.label),
                        qPrintable(QLatin1Char('"') + line.keystrokes.at(k) + QLatin1Char('"')), med, max,
                        matchCounts.at(k));
        }
    }
    const bool pass = worstMedian <= targetMs;
    std::printf("\nslowest keystroke: median %.2f ms, worst single run %.2f ms (%d runs) — target <= %.0f ms: %s\n",
                worstMedian, worstMax, runs, targetMs, pass ? "PASS" : "MISS");

    const qint64 rssHeld = bench::statusKiB("VmRSS");
    library.releaseSearch();
    std::printf("this process: RSS %.1f MB with the store, %.1f MB after releaseSearch()\n", double(rssHeld) / 1024.0,
                double(bench::statusKiB("VmRSS")) / 1024.0);

    const bench::ChildResult index = bench::runChild({QStringLiteral("index"), dir.path()});
    const bench::ChildResult search = bench::runChild({QStringLiteral("search"), dir.path()});
    const bench::ChildResult all = bench::runChild({QStringLiteral("loadall"), dir.path()});
    std::printf("\nfresh processes (RSS at the end, data held):\n");
    std::printf("  index only            %7.1f MB\n", double(index.rssKiB) / 1024.0);
    std::printf("  index + search store  %7.1f MB  (+%.1f MB, built in %.0f ms)\n", double(search.rssKiB) / 1024.0,
                double(search.rssKiB - index.rssKiB) / 1024.0, search.ms);
    std::printf("  loadAll()             %7.1f MB  (+%.1f MB over index only, %.0f ms)\n", double(all.rssKiB) / 1024.0,
                double(all.rssKiB - index.rssKiB) / 1024.0, all.ms);
    std::printf("  store / loaded conversations: %.2f\n",
                double(search.rssKiB - index.rssKiB) / double(qMax<qint64>(1, all.rssKiB - index.rssKiB)));
    return pass ? 0 : 1;
}
