// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QCommandLineParser;
class QJsonObject;
class QLineEdit;
class QScrollBar;

namespace sajudesk {
class ChatPane;
class MainWindow;
} // namespace sajudesk

namespace sajudesk::bench {

/// Hidden options of `sajudesk` for tests/bench/run.sh. They never appear in --help and are not
/// translated; each prints one JSON line on stdout and ends the process (exit 0, or 3 with an
/// "error" key), without saving anything:
///   --bench-exit-after-first-paint  {"first_paint_ms", "rss_kib"} once the window has painted
///   --bench-open ID                 after the first paint, opens saved conversation ID:
///                                   {"history_open_ms"} = open request → transcript painted,
///                                   {"scroll_max_frame_ms"} = worst frame while paging to the top and back
///   --bench-stream PROMPT           sends PROMPT (model openai/gpt-5.2) and follows the answer:
///                                   {"stream_ms", "chunks", "paints", "chunk_to_visible_ms_median",
///                                    "first_1000_ms", "last_1000_ms"}
///   --bench-search TEXT             types TEXT into the conversation search field (objectName
///                                   "conversationSearchEdit"), one character at a time:
///                                   {"search_keystroke_ms"} (median; null while there is no search field)
/// The app is driven only through MainWindow::chatPane() and ChatPane's entry points:
/// setInputText, send, setModel, openConversation, transcriptViewport, shownAnswerLength and the
/// signals answerTextReceived and answerFinished.
struct BenchOptions
{
    bool exitAfterFirstPaint = false;
    QString openId;
    QString streamPrompt;
    QString searchText;

    bool any() const
    {
        return exitAfterFirstPaint || !openId.isEmpty() || !streamPrompt.isEmpty() || !searchText.isEmpty();
    }
};

void addBenchOptions(QCommandLineParser &parser);
BenchOptions benchOptions(const QCommandLineParser &parser);

/// Runs the scenario of `options` on `window` (call before window.show()).
class BenchMode : public QObject
{
    Q_OBJECT
public:
    BenchMode(MainWindow *window, const BenchOptions &options);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Arrival
    {
        qsizetype length;
        double at;
    };
    struct Paint
    {
        qsizetype shown;
        double at;
    };

    void onFirstPaint();
    void runOpen();
    void scrollStep();
    void runStream();
    void finishStream(double endAt);
    void runSearch();
    void typeNextSearchKey();
    void waitForQuiet();
    double now() const;
    /// Calls `then(ms)` once the next paint of `widget` has been flushed.
    void afterNextPaint(QWidget *widget, std::function<void(double)> then);
    void stampPaints();
    [[noreturn]] void finish(QJsonObject result);
    [[noreturn]] void fail(const QString &why);

    MainWindow *m_window;
    ChatPane *m_pane;
    BenchOptions m_options;
    QElapsedTimer m_clock;
    double m_firstPaintMs = 0;

    QWidget *m_paintWidget = nullptr;
    std::function<void(double)> m_afterPaint;
    std::function<void(double)> m_pendingCallback;
    bool m_stampQueued = false;

    // open and scroll
    double m_openMs = 0;
    double m_openCallMs = 0;
    QScrollBar *m_scrollBar = nullptr;
    QList<int> m_scrollSteps;
    double m_worstFrame = 0;

    // streaming
    bool m_streaming = false;
    double m_sendAt = 0;
    double m_finishedAt = 0;
    QList<Arrival> m_arrivals;
    QList<Paint> m_paints;
    qsizetype m_unstampedPaints = 0;

    // search
    QLineEdit *m_searchEdit = nullptr;
    bool m_searchPainted = false;
    QList<double> m_keystrokes;
    qsizetype m_keyIndex = 0;
    double m_keyAt = 0;
    double m_searchBuildMs = 0; ///< focus on the search box until its store was ready
    double m_lastPaintAt = 0;
};

} // namespace sajudesk::bench
