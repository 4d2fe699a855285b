// SPDX-License-Identifier: GPL-3.0-or-later
// bench_saju: pillars of all 10,000 reference inputs, repeated. Reports pillar sets per second,
// the first-call ("table set-up") time, and compares with baselines measured in the same run:
// parsing the input lines, and parsing + computing + building the Saju API JSON.
// Not a pass/fail timing test: it fails only if a computed pillar differs from the table.
//   ctest -L bench --output-on-failure   (or run build/tests/bench/bench_saju [repeats])
#include "saju/SajuEngine.h"
#include "saju/SajuTables.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <vector>

using namespace sajudesk::saju;

namespace {

struct Expected
{
    QString year, month, day, hour;
};

double nsPer(qint64 ns, qint64 count)
{
    return double(ns) / double(count);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int repeats = argc > 1 ? QByteArray(argv[1]).toInt() : 50;

    QFile f(QStringLiteral(SAJUDESK_TEST_DATA_DIR "/reference-10k.tsv"));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(f.fileName()));
        return 1;
    }
    QStringList lines;
    std::vector<Expected> expected;
    bool header = true;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QStringList c = QString::fromUtf8(raw).split(QLatin1Char('\t'));
        lines << c.at(0);
        expected.push_back({c.at(5), c.at(6), c.at(7), c.at(8)});
    }
    const qint64 n = lines.size();

    // First call: any lazy set-up (there is none: the tables are constant data) plus cold caches.
    QElapsedTimer timer;
    timer.start();
    const Result<FourPillars> first = SajuEngine::computeLine(lines.first());
    const qint64 setupNs = timer.nsecsElapsed();
    if (!first)
        return 1;

    // Baseline: parsing alone.
    std::vector<BirthInput> inputs(static_cast<std::size_t>(n));
    qint64 bestParse = -1;
    for (int rep = 0; rep < repeats; ++rep) {
        timer.restart();
        for (qint64 i = 0; i < n; ++i)
            inputs[static_cast<std::size_t>(i)] = parseBirthLine(QStringView(lines.at(i))).value();
        const qint64 t = timer.nsecsElapsed();
        bestParse = bestParse < 0 || t < bestParse ? t : bestParse;
    }

    // The engine on pre-parsed inputs.
    std::vector<FourPillars> out(static_cast<std::size_t>(n));
    qint64 bestCompute = -1;
    for (int rep = 0; rep < repeats; ++rep) {
        timer.restart();
        for (qint64 i = 0; i < n; ++i)
            out[static_cast<std::size_t>(i)] = SajuEngine::compute(inputs[static_cast<std::size_t>(i)]).value();
        const qint64 t = timer.nsecsElapsed();
        bestCompute = bestCompute < 0 || t < bestCompute ? t : bestCompute;
    }

    // End to end as the CLI/GUI use it: parse + compute + Saju API JSON.
    qint64 bestJson = -1;
    qint64 jsonKeys = 0;
    for (int rep = 0; rep < std::max(1, repeats / 10); ++rep) {
        timer.restart();
        for (qint64 i = 0; i < n; ++i)
            jsonKeys += SajuEngine::computeLine(lines.at(i)).value().toSajuJson().size();
        const qint64 t = timer.nsecsElapsed();
        bestJson = bestJson < 0 || t < bestJson ? t : bestJson;
    }

    int mismatches = 0;
    for (qint64 i = 0; i < n; ++i) {
        const FourPillars &p = out[static_cast<std::size_t>(i)];
        const Expected &e = expected[static_cast<std::size_t>(i)];
        if (p.year.hanja() != e.year || p.month.hanja() != e.month || p.day.hanja() != e.day || p.hourHanja() != e.hour)
            ++mismatches;
    }

    const std::size_t embedded = sizeof(tables::kJieUtc) + sizeof(tables::kLunarMonths);
    std::printf("bench_saju: %lld inputs, best of %d runs\n", static_cast<long long>(n), repeats);
    std::printf("  first call (table set-up + cold caches): %8.1f us\n", double(setupNs) / 1000.0);
    std::printf("  baseline parse only:     %8.3f ms total  %7.1f ns/input\n", double(bestParse) / 1e6,
                nsPer(bestParse, n));
    std::printf("  compute (pillars):       %8.3f ms total  %7.1f ns/input  %.2f M pillar sets/s\n",
                double(bestCompute) / 1e6, nsPer(bestCompute, n), double(n) * 1e3 / double(bestCompute));
    std::printf("  parse+compute+API JSON:  %8.3f ms total  %7.1f ns/input\n", double(bestJson) / 1e6,
                nsPer(bestJson, n));
    std::printf("  compute / parse ratio:   %.2f\n", double(bestCompute) / double(bestParse));
    std::printf("  embedded tables: %zu bytes (jie %zu, lunar %zu)\n", embedded, sizeof(tables::kJieUtc),
                sizeof(tables::kLunarMonths));
    std::printf("  mismatches vs reference: %d (json keys %lld)\n", mismatches, static_cast<long long>(jsonKeys));
    return mismatches == 0 ? 0 : 1;
}
