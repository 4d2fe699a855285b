// SPDX-License-Identifier: GPL-3.0-or-later
// Transcript benchmark (issue 17, "Speed"); run by bench_transcript.sh, which adds the CLI baseline.
// Prints one JSON line.
//   bench_transcript --open [--messages 2000]   a long conversation (code and a table in every
//       tenth message, ≈2 MB of Markdown) is written, loaded by the pane, then opened:
//       open_ms (open → transcript painted), load_ms (reading the file), scroll_max_frame_ms
//       (worst frame of 10 jumps to the top and 10 back, as BenchMode does), page_max_frame_ms
//       (worst of 100 Page Ups from the end), laid_out_rows.
//   bench_transcript --stream URL               sends one prompt to a sajudesk-fakeapi at URL and
//       follows the answer: stream_ms (send → answer finished), chunks, paints,
//       chunk_to_visible_ms_median, first_1000_ms, last_1000_ms.
#include "AppServices.h"
#include "chat/ChatPane.h"
#include "chat/ConversationStore.h"
#include "chat/TranscriptView.h"
#include "core/CoreLibrary.h"
#include "keys/KeyManager.h"
#include "keys/MemoryKeyStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace sajudesk;

namespace {

const QString benchKey = QStringLiteral("runyour-v1-00000000-0000-0000-0000-000000000000-bench");
const QString model = QStringLiteral("openai/gpt-5.2");

// The same shape as tests/bench/gen_data.py of the bench harness: mostly Korean words, some
// English, inline bold, an emoji now and then, code + table + list in every tenth message.
struct Generator
{
    QRandomGenerator rng{2000};
    QStringList ko =
        QStringLiteral("사주 팔자 일간 오행 목 화 토 금 수 음양 대운 세운 궁합 천간 지지 갑자 을축 병인 정묘 무진 "
                       "기사 오늘 운세 조언 건강 재물 관계 시간 흐름 균형 에너지 성격 장점 주의 합니다 "
                       "있습니다 좋습니다 그리고 하지만 따라서 예를 들어 중요한 부분은")
            .split(QLatin1Char(' '));
    QStringList en = QStringLiteral("the day master pillar element balance wood fire earth metal water yin yang luck "
                                    "cycle energy strong weak season month year hour stem branch harmony clash support "
                                    "and with which means that your chart shows a gentle steady growth")
                         .split(QLatin1Char(' '));
    QStringList emoji = QStringLiteral("🌱 🔥 ⛰️ ⚙️ 💧 ✨ 🙂").split(QLatin1Char(' '));

    int between(int lo, int hi) { return lo + static_cast<int>(rng.bounded(hi - lo + 1)); }
    const QString &pick(const QStringList &l)
    {
        return l.at(static_cast<int>(rng.bounded(static_cast<int>(l.size()))));
    }
    QString sentence(const QStringList &words, int n)
    {
        QStringList parts;
        for (int i = 0; i < n; ++i)
            parts << pick(words);
        QString s = parts.join(QLatin1Char(' '));
        s[0] = s.at(0).toUpper();
        return s + QLatin1Char('.');
    }
    QString paragraph(int sentences)
    {
        const QStringList &words = rng.generateDouble() < 0.6 ? ko : en;
        QStringList parts;
        for (int i = 0; i < sentences; ++i)
            parts << sentence(words, between(6, 16));
        if (rng.generateDouble() < 0.2)
            parts << pick(emoji);
        if (rng.generateDouble() < 0.5)
            parts.insert(1, QStringLiteral("**%1**").arg(pick(words)));
        return parts.join(QLatin1Char(' '));
    }
    QString richAnswer(int index)
    {
        QString rows;
        for (int i = 0; i < 6; ++i)
            rows += QStringLiteral("| %1 | %2 | %3 |\n").arg(pick(ko), pick(en)).arg(between(1, 99));
        QString code;
        for (int i = 0; i < 12; ++i)
            code += QStringLiteral("    total += pillar_%1 * %2  # %3\n").arg(i).arg(between(2, 9)).arg(pick(en));
        return QStringLiteral(
                   "## 답변 %1\n\n%2\n\n```python\ndef score(pillars):\n    total = 0\n%3    return total\n```\n\n"
                   "| 항목 | item | 점수 |\n| --- | --- | ---: |\n%4\n- %5\n- %6\n\n%7")
            .arg(index)
            .arg(paragraph(3), code, rows, paragraph(1), paragraph(1), paragraph(2));
    }
    Conversation conversation(int count)
    {
        Conversation c = Conversation::create(ChatSettings{model, {}, {}, {}, true});
        c.title = QStringLiteral("긴 대화 — %1 messages").arg(count);
        QDateTime t(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < count; ++i) {
            t = t.addSecs(between(5, 90));
            if (i % 2 == 0) {
                c.messages.append(ChatMessage::create(ChatMessage::Role::User, paragraph(between(1, 2)), t));
                continue;
            }
            QString content;
            if (i % 10 == 9) {
                content = richAnswer(i);
            } else {
                QStringList paragraphs;
                for (int p = between(1, 3); p > 0; --p)
                    paragraphs << paragraph(between(9, 16));
                content = paragraphs.join(QStringLiteral("\n\n"));
            }
            ChatMessage answer = ChatMessage::create(ChatMessage::Role::Assistant, content, t);
            answer.model = model;
            c.messages.append(answer);
        }
        c.createdAt = QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
        c.updatedAt = t;
        return c;
    }
};

QElapsedTimer clock_;

/// CPU time of the whole process (all threads) in ms: less disturbed by other load than wall time.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double now()
{
    return clock_.nsecsElapsed() / 1e6;
}

/// Calls `done(ms)` once `widget` has painted and the frame was handed on (the next event-loop turn).
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *widget, std::function<void(double)> each)
        : m_each(std::move(each))
    {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_pending) {
            m_pending = true;
            QTimer::singleShot(0, this, [this] {
                m_pending = false;
                m_each(now());
            });
        }
        return false;
    }

private:
    std::function<void(double)> m_each;
    bool m_pending = false;
};

double waitPainted(QWidget *viewport, const std::function<void()> &action)
{
    double painted = -1;
    PaintWatch watch(viewport, [&painted](double at) {
        if (painted < 0)
            painted = at;
    });
    QEventLoop loop;
    PaintWatch quit(viewport, [&loop](double) { loop.quit(); });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    const double start = now();
    action();
    if (painted < 0)
        loop.exec();
    return painted - start;
}

struct Setup
{
    QTemporaryDir dir;
    MemoryKeyStore keys;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<ChatPane> pane;

    void start(const QString &url)
    {
        keys.write(ApiKeyStore::Service::RunYour, benchKey, &keys, [](const ApiKeyStore::WriteResult &) {});
        AppOptions options;
        options.dataDirectory = dir.path();
        options.keyStore = &keys;
        options.runYourUrl = url;
        services = std::make_unique<AppServices>(options);
        services->start();
        QElapsedTimer wait;
        wait.start();
        while (!services->keys()->isLoaded() && wait.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    void show()
    {
        pane = std::make_unique<ChatPane>();
        pane->setServices(services.get());
        pane->setModel(model);
        pane->resize(1100, 720);
        pane->show();
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < 500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
};

QJsonObject benchOpen(int messages)
{
    Setup s;
    s.start(QStringLiteral("http://127.0.0.1:9/v1"));
    Generator gen;
    const Conversation long_ = gen.conversation(messages);
    qint64 bytes = 0;
    for (const ChatMessage &m : long_.messages)
        bytes += m.content.toUtf8().size();
    ConversationStore store(s.services->conversationsDirectory());
    store.save(long_);
    Conversation small = Conversation::create(ChatSettings{model, {}, {}, {}, true});
    small.messages.append(
        ChatMessage::create(ChatMessage::Role::User, QStringLiteral("짧은 대화"), QDateTime::currentDateTimeUtc()));
    store.save(small); // newer: shown at start, like a user's last conversation
    const double loadStart = now();
    const QList<Conversation> loaded = store.loadAll();
    const double loadMs = now() - loadStart;
    s.show();

    QJsonObject result;
    result.insert(QStringLiteral("markdown_bytes"), bytes);
    result.insert(QStringLiteral("load_ms"), loadMs);
    result.insert(QStringLiteral("open_ms"),
                  waitPainted(s.pane->transcriptViewport(), [&] { s.pane->openConversation(long_.id); }));
    TranscriptView *view = s.pane->transcript();
    QScrollBar *bar = view->verticalScrollBar();
    QList<int> steps;
    const int max = bar->maximum();
    for (int i = 9; i >= 0; --i)
        steps << max * i / 10;
    for (int i = 1; i <= 10; ++i)
        steps << max * i / 10;
    double worst = 0;
    QJsonArray frames;
    for (int value : std::as_const(steps)) {
        if (bar->value() == value)
            continue;
        const double frame = waitPainted(view->viewport(), [bar, value] { bar->setValue(value); });
        frames.append(qRound(frame * 10) / 10.0);
        worst = std::max(worst, frame);
    }
    result.insert(QStringLiteral("scroll_frames_ms"), frames);
    result.insert(QStringLiteral("scroll_max_frame_ms"), worst);
    double worstPage = 0;
    view->setFocus();
    for (int i = 0; i < 100; ++i) {
        worstPage = std::max(worstPage, waitPainted(view->viewport(), [view] {
                                 QKeyEvent key(QEvent::KeyPress, Qt::Key_PageUp, Qt::NoModifier);
                                 QCoreApplication::sendEvent(view, &key);
                             }));
    }
    result.insert(QStringLiteral("page_max_frame_ms"), worstPage);
    result.insert(QStringLiteral("laid_out_rows"), view->laidOutRows());
    result.insert(QStringLiteral("rows"), view->model() ? view->model()->rowCount() : 0);
    return result;
}

QJsonObject benchStream(const QString &url, const QString &prompt)
{
    Setup s;
    s.start(url);
    s.show();
    s.pane->newConversation();
    struct Arrival
    {
        double at;
        qsizetype length;
    };
    QList<Arrival> arrivals;
    QList<Arrival> paints;
    arrivals.reserve(25000);
    QObject::connect(s.pane.get(), &ChatPane::answerTextReceived, [&arrivals](qsizetype length) {
        arrivals.append({now(), length});
    });
    qsizetype shown = -1;
    // What a paint shows is known when it starts; it is visible once it is done.
    struct ShownProbe : QObject
    {
        ChatPane *pane;
        qsizetype *shown;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                *shown = pane->shownAnswerLength();
            return false;
        }
    } probe;
    probe.pane = s.pane.get();
    probe.shown = &shown;
    s.pane->transcriptViewport()->installEventFilter(&probe);
    PaintWatch watch(s.pane->transcriptViewport(), [&paints, &shown](double at) { paints.append({at, shown}); });
    bool finished = false;
    double finishedAt = 0;
    QObject::connect(s.pane.get(), &ChatPane::answerFinished, [&] {
        finished = true;
        finishedAt = now();
    });
    s.pane->setInputText(prompt);
    QEventLoop loop;
    QObject::connect(s.pane.get(), &ChatPane::answerFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    const double start = now();
    const double cpuStart = cpuMs();
    s.pane->send();
    loop.exec();
    const double cpu = cpuMs() - cpuStart;
    const qsizetype finalLength = arrivals.isEmpty() ? 0 : arrivals.last().length;
    waitPainted(s.pane->transcriptViewport(), [&] { s.pane->transcriptViewport()->update(); });
    QList<double> latencies;
    int p = 0;
    for (const Arrival &a : std::as_const(arrivals)) {
        while (p < paints.size() && (paints.at(p).at < a.at || paints.at(p).length < a.length))
            ++p;
        // Text not painted while streaming is visible with the finished answer's first paint.
        latencies << (p < paints.size() ? paints.at(p).at - a.at : paints.isEmpty() ? -1 : paints.last().at - a.at);
    }
    std::sort(latencies.begin(), latencies.end());
    const int n = static_cast<int>(arrivals.size());
    QJsonObject result;
    result.insert(QStringLiteral("stream_ms"), finishedAt - start);
    result.insert(QStringLiteral("stream_cpu_ms"), cpu);
    result.insert(QStringLiteral("chunks"), n);
    result.insert(QStringLiteral("answer_chars"), static_cast<qint64>(finalLength));
    result.insert(QStringLiteral("paints"), static_cast<int>(paints.size()));
    result.insert(QStringLiteral("chunk_to_visible_ms_median"), latencies.isEmpty() ? -1 : latencies.at(n / 2));
    if (n >= 2000) {
        result.insert(QStringLiteral("first_1000_ms"), arrivals.at(999).at - arrivals.at(0).at);
        result.insert(QStringLiteral("last_1000_ms"), arrivals.at(n - 1).at - arrivals.at(n - 1000).at);
    }
    result.insert(QStringLiteral("completed"), finished);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    clock_.start();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("SajuDesk-bench"));
    initCore();
    registerApiErrorMetaType();
    QCommandLineParser parser;
    const QCommandLineOption openOption(QStringLiteral("open"), QStringLiteral("Open a long conversation."));
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Its length."),
                                            QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption streamOption(QStringLiteral("stream"), QStringLiteral("Stream from URL."),
                                          QStringLiteral("url"));
    const QCommandLineOption promptOption(QStringLiteral("prompt"), QStringLiteral("What to send."),
                                          QStringLiteral("text"), QStringLiteral("bench"));
    parser.addOptions({openOption, messagesOption, streamOption, promptOption});
    parser.process(app);
    QJsonObject result;
    if (parser.isSet(openOption))
        result = benchOpen(parser.value(messagesOption).toInt());
    else if (parser.isSet(streamOption))
        result = benchStream(parser.value(streamOption), parser.value(promptOption));
    else
        parser.showHelp(2);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return 0;
}
