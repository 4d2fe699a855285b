// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchMode.h"

#include "BenchProbe.h"
#include "FirstPaint.h"
#include "MainWindow.h"
#include "chat/ChatPane.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCommandLineParser>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

namespace sajudesk::bench {

namespace {
constexpr int settleMs = 300;       // after the first paint, before a scenario starts
constexpr int watchdogMs = 180000;  // a scenario that hangs still ends the process
constexpr int searchQuietMs = 250;  // a keystroke's work is done when nothing painted for this long
constexpr int scrollPositions = 10; // stops on the way to the top (and as many back)
const QString benchModel = QStringLiteral("openai/gpt-5.2");

QCommandLineOption hidden(const QString &name, const QString &valueName = QString())
{
    QCommandLineOption option(name, QStringLiteral("Benchmark mode (tests/bench/run.sh)."), valueName);
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QJsonValue rounded(double ms)
{
    return std::round(ms * 100) / 100;
}
} // namespace

void addBenchOptions(QCommandLineParser &parser)
{
    parser.addOptions({hidden(QStringLiteral("bench-exit-after-first-paint")),
                       hidden(QStringLiteral("bench-open"), QStringLiteral("id")),
                       hidden(QStringLiteral("bench-stream"), QStringLiteral("prompt")),
                       hidden(QStringLiteral("bench-search"), QStringLiteral("text"))});
}

BenchOptions benchOptions(const QCommandLineParser &parser)
{
    BenchOptions options;
    options.exitAfterFirstPaint = parser.isSet(QStringLiteral("bench-exit-after-first-paint"));
    options.openId = parser.value(QStringLiteral("bench-open"));
    options.streamPrompt = parser.value(QStringLiteral("bench-stream"));
    options.searchText = parser.value(QStringLiteral("bench-search"));
    return options;
}

BenchMode::BenchMode(MainWindow *window, const BenchOptions &options)
    : QObject(window)
    , m_window(window)
    , m_pane(window->chatPane())
    , m_options(options)
{
    m_clock.start();
    new sajudesk::FirstPaintWatcher(window, [this] { onFirstPaint(); });
    QTimer::singleShot(watchdogMs, this, [this] { fail(QStringLiteral("timeout")); });
}

double BenchMode::now() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

void BenchMode::finish(QJsonObject result)
{
    result.insert(QStringLiteral("first_paint_ms"), rounded(m_firstPaintMs));
    result.insert(QStringLiteral("rss_kib"), double(residentKiB()));
    printAndExit(QJsonDocument(result).toJson(QJsonDocument::Compact));
}

void BenchMode::fail(const QString &why)
{
    printAndExit(QJsonDocument(QJsonObject{{QStringLiteral("error"), why}}).toJson(QJsonDocument::Compact), 3);
}

void BenchMode::onFirstPaint()
{
    m_firstPaintMs = msSinceStart();
    if (m_options.exitAfterFirstPaint)
        finish({});
    QTimer::singleShot(settleMs, this, [this] {
        if (!m_options.openId.isEmpty())
            runOpen();
        else if (!m_options.streamPrompt.isEmpty())
            runStream();
        else if (!m_options.searchText.isEmpty())
            runSearch();
    });
}

void BenchMode::afterNextPaint(QWidget *widget, std::function<void(double)> then)
{
    m_paintWidget = widget;
    m_afterPaint = std::move(then);
    widget->installEventFilter(this);
}

bool BenchMode::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint)
        return false;
    bool stamp = false;
    if (m_streaming && watched == m_pane->transcriptViewport()) {
        // What this paint shows; the time is taken once the frame has been flushed.
        m_paints.append({m_pane->shownAnswerLength(), -1});
        ++m_unstampedPaints;
        stamp = true;
    }
    if (m_searchEdit && watched != m_searchEdit) {
        m_searchPainted = true;
        stamp = true;
    }
    if (watched == m_paintWidget && m_afterPaint) {
        m_paintWidget = nullptr;
        m_pendingCallback = std::move(m_afterPaint);
        m_afterPaint = nullptr;
        stamp = true;
    }
    if (stamp && !m_stampQueued) {
        m_stampQueued = true;
        QTimer::singleShot(0, this, [this] { stampPaints(); });
    }
    return false;
}

void BenchMode::stampPaints()
{
    m_stampQueued = false;
    const double t = now();
    for (qsizetype i = m_paints.size() - m_unstampedPaints; i < m_paints.size(); ++i)
        m_paints[i].at = t;
    m_unstampedPaints = 0;
    if (m_searchPainted) {
        m_searchPainted = false;
        m_lastPaintAt = t;
    }
    if (m_pendingCallback) {
        const std::function<void(double)> callback = std::move(m_pendingCallback);
        m_pendingCallback = nullptr;
        callback(t);
    }
}

// ---- open a long conversation, then scroll it --------------------------------------------

void BenchMode::runOpen()
{
    const double start = now();
    if (!m_pane->openConversation(m_options.openId))
        fail(QStringLiteral("no conversation %1").arg(m_options.openId));
    const double returned = now();
    afterNextPaint(m_pane->transcriptViewport(), [this, start, returned](double painted) {
        m_openMs = painted - start;
        m_openCallMs = returned - start;
        auto *area = qobject_cast<QAbstractScrollArea *>(m_pane->transcriptViewport()->parentWidget());
        m_scrollBar = area ? area->verticalScrollBar() : nullptr;
        if (m_scrollBar) {
            // From the end (where the conversation opens) to the top in even jumps, and back.
            const int max = m_scrollBar->maximum();
            for (int i = scrollPositions - 1; i >= 0; --i)
                m_scrollSteps.append(max * i / scrollPositions);
            for (int i = 1; i <= scrollPositions; ++i)
                m_scrollSteps.append(max * i / scrollPositions);
        }
        QTimer::singleShot(0, this, [this] { scrollStep(); });
    });
}

void BenchMode::scrollStep()
{
    while (!m_scrollSteps.isEmpty() && m_scrollSteps.first() == m_scrollBar->value())
        m_scrollSteps.removeFirst(); // no move, no paint
    if (m_scrollSteps.isEmpty()) {
        finish({{QStringLiteral("history_open_ms"), rounded(m_openMs)},
                {QStringLiteral("history_open_call_ms"), rounded(m_openCallMs)},
                {QStringLiteral("scroll_max_frame_ms"), rounded(m_worstFrame)},
                {QStringLiteral("scroll_range_px"), m_scrollBar ? m_scrollBar->maximum() : -1}});
    }
    const int value = m_scrollSteps.takeFirst();
    const double start = now();
    afterNextPaint(m_pane->transcriptViewport(), [this, start](double painted) {
        m_worstFrame = std::max(m_worstFrame, painted - start);
        QTimer::singleShot(0, this, [this] { scrollStep(); });
    });
    m_scrollBar->setValue(value);
}

// ---- stream an answer into the pane ------------------------------------------------------

void BenchMode::runStream()
{
    connect(m_pane, &ChatPane::answerTextReceived, this, [this](qsizetype length) {
        m_arrivals.append({length, now()});
    });
    connect(m_pane, &ChatPane::answerFinished, this, [this] {
        m_streaming = false;
        m_finishedAt = now();
        afterNextPaint(m_pane->transcriptViewport(), [this](double painted) { finishStream(painted); });
    });
    m_pane->transcriptViewport()->installEventFilter(this);
    m_pane->setModel(benchModel);
    m_pane->setInputText(m_options.streamPrompt);
    m_streaming = true;
    m_sendAt = now();
    m_pane->send();
    if (!m_pane->isBusy())
        fail(QStringLiteral("the pane did not send (no RunYour key or model?)"));
}

void BenchMode::finishStream(double endAt)
{
    // Each piece is visible at the first flushed paint that shows its whole length; pieces no
    // paint showed while streaming become visible with the finished answer.
    QList<double> visible;
    visible.reserve(m_arrivals.size());
    qsizetype p = 0;
    int streamingPaints = 0;
    for (const Paint &paint : std::as_const(m_paints))
        streamingPaints += paint.shown > 0 ? 1 : 0;
    for (const Arrival &arrival : std::as_const(m_arrivals)) {
        while (p < m_paints.size() && (m_paints.at(p).shown < arrival.length || m_paints.at(p).at < arrival.at))
            ++p;
        visible.append(p < m_paints.size() ? m_paints.at(p).at : endAt);
    }
    QList<double> latencies;
    latencies.reserve(m_arrivals.size());
    for (qsizetype i = 0; i < m_arrivals.size(); ++i)
        latencies.append(visible.at(i) - m_arrivals.at(i).at);
    const qsizetype n = m_arrivals.size();
    constexpr qsizetype window = 1000;
    QJsonObject result{{QStringLiteral("stream_ms"), rounded(endAt - m_sendAt)},
                       {QStringLiteral("finish_to_paint_ms"), rounded(endAt - m_finishedAt)},
                       {QStringLiteral("chunks"), double(n)},
                       {QStringLiteral("paints"), streamingPaints},
                       {QStringLiteral("chunk_to_visible_ms_median"), rounded(median(latencies))}};
    if (n >= 2 * window) {
        result.insert(QStringLiteral("first_1000_ms"), rounded(visible.at(window - 1) - m_arrivals.at(0).at));
        result.insert(QStringLiteral("last_1000_ms"), rounded(visible.at(n - 1) - m_arrivals.at(n - window).at));
    }
    finish(result);
}

// ---- type into the conversation search -----------------------------------------------------

void BenchMode::runSearch()
{
    m_searchEdit = m_window->findChild<QLineEdit *>(QStringLiteral("conversationSearchEdit"));
    if (!m_searchEdit)
        finish({{QStringLiteral("search_keystroke_ms"), QJsonValue::Null},
                {QStringLiteral("note"), QStringLiteral("no conversationSearchEdit")}});
    QApplication::setCursorFlashTime(0);             // a blinking caret would never let the window go quiet
    m_searchEdit->setFocus(Qt::ShortcutFocusReason); // as Ctrl+F does: starts building the search store
    qApp->installEventFilter(this);
    // Keystrokes are measured against the built store; how long the build took is reported apart.
    const double start = now();
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [this, poll, start] {
        ConversationLibrary *library = m_pane->library();
        if (library && !library->isSearchReady() && now() - start < 120000)
            return;
        poll->deleteLater();
        m_searchBuildMs = now() - start;
        typeNextSearchKey();
    });
    poll->start();
}

void BenchMode::typeNextSearchKey()
{
    if (m_keyIndex >= m_options.searchText.size())
        finish({{QStringLiteral("search_keystroke_ms"), rounded(median(m_keystrokes))},
                {QStringLiteral("search_keystroke_max_ms"),
                 rounded(*std::max_element(m_keystrokes.cbegin(), m_keystrokes.cend()))},
                {QStringLiteral("search_store_build_ms"), rounded(m_searchBuildMs)}});
    // Committed text, as a Korean input method delivers each finished syllable.
    QInputMethodEvent commit;
    commit.setCommitString(m_options.searchText.mid(m_keyIndex++, 1));
    m_lastPaintAt = 0;
    m_keyAt = now();
    QCoreApplication::sendEvent(m_searchEdit, &commit);
    waitForQuiet();
}

void BenchMode::waitForQuiet()
{
    QTimer::singleShot(searchQuietMs / 5, this, [this] {
        const double last = std::max(m_keyAt, m_lastPaintAt);
        if (now() - last < searchQuietMs || m_stampQueued) {
            waitForQuiet();
            return;
        }
        m_keystrokes.append(std::max(0.0, m_lastPaintAt - m_keyAt));
        typeNextSearchKey();
    });
}

} // namespace sajudesk::bench
