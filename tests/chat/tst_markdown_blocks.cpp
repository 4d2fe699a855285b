// SPDX-License-Identifier: GPL-3.0-or-later
// How a message splits into the blocks the transcript lays out one by one: code fences become
// framed code blocks (an unclosed one while streaming too), lists are never cut, and - the rule
// live Markdown depends on - appending text never changes any block but the last.
#include "chat/MarkdownBlocks.h"

#include <QTest>

using namespace sajudesk;

namespace {

// "T:" text block, "C(lang):" closed code block, "C(lang)…:" unclosed; sources with \n shown as ⏎.
QString describe(const QList<MarkdownBlock> &blocks)
{
    QStringList parts;
    for (const MarkdownBlock &b : blocks) {
        QString source = b.source;
        source.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
        if (b.kind == MarkdownBlock::Kind::Text)
            parts << QStringLiteral("T:") + source;
        else
            parts << QStringLiteral("C(%1)%2:%3").arg(b.language, b.closed ? QString() : QStringLiteral("…"), source);
    }
    return parts.join(QStringLiteral(" | "));
}

const char *sampleAnswer = "Here is the plan.\nIt has two lines.\n\n"
                           "1. Install it:\n\n   ```bash\n   pip install saju\n   ```\n\n2. Run it.\n\n"
                           "Then some code:\n\n```python\ndef f(x):\n\n    return x * 2\n```\n"
                           "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                           "- one\n- two\n\n  still two\n\nDone 🌿 **bold** end.\n\n"
                           "````md\n```\nnested\n```\n````\n1990 was a year.\n";

} // namespace

class TestMarkdownBlocks : public QObject
{
    Q_OBJECT
private slots:
    void split_data();
    void split();
    void appendingNeverChangesEarlierBlocks();
    void blocksCoverTheText();
    void longParagraphsAreCutWhereNothingIsOpen();
    void longAnswerStreamsInPieces();
    void hardLineBreaks_data();
    void hardLineBreaks();
};

void TestMarkdownBlocks::split_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one paragraph") << QStringLiteral("Hello **there**") << QStringLiteral("T:Hello **there**");
    QTest::newRow("two paragraphs") << QStringLiteral("a\n\nb\n") << QStringLiteral("T:a⏎⏎ | T:b⏎");
    QTest::newRow("last line still being written is not split off")
        << QStringLiteral("a\n\nb") << QStringLiteral("T:a⏎⏎ | T:b");
    QTest::newRow("ordered list with blank lines stays one block")
        << QStringLiteral("1. a\n\n2. b\n") << QStringLiteral("T:1. a⏎⏎2. b⏎");
    QTest::newRow("paragraph then list item stays together")
        << QStringLiteral("Steps:\n\n- b\n") << QStringLiteral("T:Steps:⏎⏎- b⏎");
    QTest::newRow("list then paragraph splits") << QStringLiteral("- a\n\nb\n") << QStringLiteral("T:- a⏎⏎ | T:b⏎");
    QTest::newRow("indented continuation stays")
        << QStringLiteral("- a\n\n  more\n") << QStringLiteral("T:- a⏎⏎  more⏎");
    QTest::newRow("a digit line that is no list item splits")
        << QStringLiteral("a\n\n1990 was\n") << QStringLiteral("T:a⏎⏎ | T:1990 was⏎");
    QTest::newRow("undecided digit line waits") << QStringLiteral("a\n\n19") << QStringLiteral("T:a⏎⏎19");
    QTest::newRow("bold line is no list item") << QStringLiteral("a\n\n**b**\n") << QStringLiteral("T:a⏎⏎ | T:**b**⏎");
    QTest::newRow("fenced code between text")
        << QStringLiteral("text\n```py\nprint(1)\n```\nafter") << QStringLiteral("T:text⏎ | C(py):print(1) | T:after");
    QTest::newRow("info string keeps only the language")
        << QStringLiteral("```js title=x\nlet a\n```\n") << QStringLiteral("C(js):let a");
    QTest::newRow("unclosed fence renders as code")
        << QStringLiteral("```js\nlet x = 1\nlet y") << QStringLiteral("C(js)…:let x = 1⏎let y");
    QTest::newRow("fence line still being written is text")
        << QStringLiteral("a\n```pyth") << QStringLiteral("T:a⏎```pyth");
    QTest::newRow("closing fence without a newline closes") << QStringLiteral("```\na\n```") << QStringLiteral("C():a");
    QTest::newRow("tilde fence") << QStringLiteral("~~~\n```\n~~~\n") << QStringLiteral("C():```");
    QTest::newRow("longer fence holds a shorter one")
        << QStringLiteral("````md\n```\nx\n```\n````\n") << QStringLiteral("C(md):```⏎x⏎```");
    QTest::newRow("closing fence must be as long")
        << QStringLiteral("````\na\n```\nb") << QStringLiteral("C()…:a⏎```⏎b");
    QTest::newRow("blank lines inside code stay code")
        << QStringLiteral("```\na\n\nb\n```\n") << QStringLiteral("C():a⏎⏎b");
    QTest::newRow("fence inside a list item stays text")
        << QStringLiteral("1. x\n   ```\n   y\n   ```\n2. z\n") << QStringLiteral("T:1. x⏎   ```⏎   y⏎   ```⏎2. z⏎");
    QTest::newRow("backticks in the info string: no fence")
        << QStringLiteral("```a`b\nc\n") << QStringLiteral("T:```a`b⏎c⏎");
    QTest::newRow("table stays whole") << QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n")
                                       << QStringLiteral("T:| a | b |⏎|---|---|⏎| 1 | 2 |⏎");
}

void TestMarkdownBlocks::split()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    QCOMPARE(describe(MarkdownBlocks::split(markdown)), expected);
}

void TestMarkdownBlocks::appendingNeverChangesEarlierBlocks()
{
    // Stream the sample one character at a time: the incremental split always equals a fresh
    // one, and every block but the last is already what the finished text will have.
    const QString full = QString::fromUtf8(sampleAnswer);
    const QList<MarkdownBlock> final = MarkdownBlocks::split(full);
    QList<MarkdownBlock> running;
    for (int n = 1; n <= full.size(); ++n) {
        const QString prefix = full.left(n);
        running = MarkdownBlocks::splitAppended(running, prefix);
        const QList<MarkdownBlock> fresh = MarkdownBlocks::split(prefix);
        QVERIFY2(running == fresh,
                 qPrintable(QStringLiteral("at %1: %2 vs %3").arg(n).arg(describe(running), describe(fresh))));
        for (int i = 0; i + 1 < fresh.size(); ++i)
            QVERIFY2(i < final.size() && fresh.at(i) == final.at(i),
                     qPrintable(QStringLiteral("block %1 changed after %2 characters").arg(i).arg(n)));
    }
    QCOMPARE(describe(final),
             QStringLiteral("T:Here is the plan.⏎It has two lines.⏎⏎1. Install it:⏎⏎   ```bash⏎   pip install saju⏎   "
                            "```⏎⏎2. Run it.⏎⏎ | T:Then some code:⏎⏎ | C(python):def f(x):⏎⏎    return x * 2 | "
                            "T:| a | b |⏎|---|---|⏎| 1 | 2 |⏎⏎- one⏎- two⏎⏎  still two⏎⏎ | "
                            "T:Done 🌿 **bold** end.⏎⏎ | C(md):```⏎nested⏎``` | T:1990 was a year.⏎"));
}

void TestMarkdownBlocks::blocksCoverTheText()
{
    const QString full = QString::fromUtf8(sampleAnswer);
    for (int n = 0; n <= full.size(); n += 7) {
        const QList<MarkdownBlock> blocks = MarkdownBlocks::split(full.left(n));
        int at = 0;
        for (const MarkdownBlock &b : blocks) {
            QCOMPARE(b.start, at);
            QVERIFY(b.end > b.start);
            at = b.end;
        }
        QCOMPARE(at, n);
    }
}

void TestMarkdownBlocks::longParagraphsAreCutWhereNothingIsOpen()
{
    // One paragraph, no line break, ~9,000 characters; bold, code and a link cross many sentence ends.
    QString text;
    for (int i = 0; i < 150; ++i) {
        text += QStringLiteral("오늘의 흐름은 차분합니다. Write down what has a deadline first. ");
        if (i % 7 == 3)
            text += QStringLiteral("**굵게 시작. 아직 굵게.** ");
        if (i % 11 == 5)
            text += QStringLiteral("`code. still code` and [a link. still link](https://example.com/x). ");
    }
    const QList<MarkdownBlock> blocks = MarkdownBlocks::split(text);
    QVERIFY(blocks.size() >= 3);
    QString joined;
    for (int i = 0; i < blocks.size(); ++i) {
        const MarkdownBlock &b = blocks.at(i);
        joined += b.source;
        QCOMPARE(b.continues, i > 0);
        QVERIFY2(b.source.size() < MarkdownBlocks::HardLimit + 200, qPrintable(QString::number(b.source.size())));
        QCOMPARE(b.source.count(QLatin1Char('*')) % 2, 0);
        QCOMPARE(b.source.count(QLatin1Char('`')) % 2, 0);
        QCOMPARE(b.source.count(QLatin1Char('[')), b.source.count(QLatin1Char(']')));
        if (i > 0)
            QVERIFY2(b.source.at(0).isLetter(), qPrintable(b.source.left(20)));
    }
    QCOMPARE(joined, text);
    // With line breaks the cuts come at line ends instead.
    QString lines;
    for (int i = 0; i < 80; ++i)
        lines += QStringLiteral("Line %1 of a long paragraph with single line breaks.\n").arg(i);
    const QList<MarkdownBlock> byLine = MarkdownBlocks::split(lines);
    QVERIFY(byLine.size() >= 2);
    for (const MarkdownBlock &b : byLine)
        QVERIFY(b.source.endsWith(QLatin1Char('\n')));
    // Lists, tables and quotes are never cut.
    const QString list = QStringLiteral("- item. Another sentence here. ").repeated(200);
    QCOMPARE(MarkdownBlocks::split(list).size(), 1);
}

void TestMarkdownBlocks::longAnswerStreamsInPieces()
{
    QString full = QString::fromUtf8(sampleAnswer);
    for (int i = 0; i < 40; ++i)
        full += QStringLiteral("Sentence %1 goes on. **Bold bit.** And `x.y` too. ").arg(i);
    full += QStringLiteral("\n\nEnd.");
    QList<MarkdownBlock> running;
    const QList<MarkdownBlock> final = MarkdownBlocks::split(full);
    for (int n = 1; n <= full.size(); n += 3) {
        const QString prefix = full.left(n);
        running = MarkdownBlocks::splitAppended(running, prefix);
        const QList<MarkdownBlock> fresh = MarkdownBlocks::split(prefix);
        QVERIFY2(running == fresh, qPrintable(QStringLiteral("at %1").arg(n)));
        for (int i = 0; i + 1 < fresh.size(); ++i)
            QVERIFY2(fresh.at(i) == final.at(i), qPrintable(QStringLiteral("block %1 changed after %2").arg(i).arg(n)));
    }
}

void TestMarkdownBlocks::hardLineBreaks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("single break kept") << QStringLiteral("a\nb") << QStringLiteral("a  \nb");
    QTest::newRow("paragraph break untouched") << QStringLiteral("a\n\nb") << QStringLiteral("a\n\nb");
    QTest::newRow("already hard") << QStringLiteral("a  \nb\\\nc") << QStringLiteral("a  \nb\\\nc");
    QTest::newRow("table rows untouched")
        << QStringLiteral("| a |\n|---|\n| 1 |") << QStringLiteral("| a |\n|---|\n| 1 |");
    QTest::newRow("line before a table") << QStringLiteral("x\n| a |\n|---|") << QStringLiteral("x\n| a |\n|---|");
    QTest::newRow("setext heading") << QStringLiteral("Title\n===\ntext") << QStringLiteral("Title\n===  \ntext");
    QTest::newRow("atx heading") << QStringLiteral("# H\ntext") << QStringLiteral("# H\ntext");
    QTest::newRow("code inside a list item untouched")
        << QStringLiteral("1. x\n   ```\n   a\n   b\n   ```\n   y\n   z")
        << QStringLiteral("1. x\n   ```\n   a\n   b\n   ```\n   y  \n   z");
    QTest::newRow("line before a fence") << QStringLiteral("x\n```\ny\n```") << QStringLiteral("x\n```\ny\n```");
    QTest::newRow("list items") << QStringLiteral("- a\n- b") << QStringLiteral("- a  \n- b");
}

void TestMarkdownBlocks::hardLineBreaks()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownBlocks::withHardLineBreaks(text), expected);
}

QTEST_GUILESS_MAIN(TestMarkdownBlocks)
#include "tst_markdown_blocks.moc"
