// SPDX-License-Identifier: GPL-3.0-or-later
// bench_empty_window: the baseline of tests/bench/run.sh. An empty QMainWindow built in the same
// tree with the same flags as sajudesk, timed with the same first-paint probe
// (ui/FirstPaint, ui/bench/BenchProbe) and the same hidden option:
//   bench_empty_window [--window-size WxH] [--bench-exit-after-first-paint] [--with-text]
// --with-text puts one Korean label in it: the least a window that shows any text costs (Qt then
// starts fontconfig and loads a font), to tell that floor from the app's own start-up work.
// Without the option it stays open (the harness reads its idle RSS from /proc and ends it).
#include "FirstPaint.h"
#include "bench/BenchProbe.h"

#include <QApplication>
#include <QByteArray>
#include <QLabel>
#include <QMainWindow>

namespace {
QSize sizeFrom(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArray(argv[i]) == "--window-size") {
            const QList<QByteArray> wh = QByteArray(argv[i + 1]).split('x');
            if (wh.size() == 2)
                return QSize(wh.at(0).toInt(), wh.at(1).toInt());
        }
    }
    return QSize(800, 600);
}

bool hasFlag(int argc, char *argv[], const char *flag)
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == flag)
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    sajudesk::bench::startTiming();
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(sizeFrom(argc, argv));
    if (hasFlag(argc, argv, "--with-text"))
        window.setCentralWidget(new QLabel(QStringLiteral("사주 · SajuDesk")));
    const bool exitAfterPaint = hasFlag(argc, argv, "--bench-exit-after-first-paint");
    new sajudesk::FirstPaintWatcher(&window, [exitAfterPaint] {
        if (exitAfterPaint)
            sajudesk::bench::printAndExit(
                QByteArray("{\"first_paint_ms\": ") + QByteArray::number(sajudesk::bench::msSinceStart(), 'f', 2)
                + ", \"rss_kib\": " + QByteArray::number(sajudesk::bench::residentKiB()) + "}");
    });
    window.show();
    return app.exec();
}
