// SPDX-License-Identifier: GPL-3.0-or-later
// The user guide as shipped (resources/help/guide_*.md, read from the embedded resource): both languages
// have the same sections with the same ids, every "#id" link has its target, web links are https, every
// heading becomes an anchor in the document, and no Markdown is left over as literal text (Korean
// particles right after a closing "**" are a classic way to lose the bold).
#include "help/GuideDocument.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace sajudesk;

class TestHelpGuide : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void guideIsComplete_data();
    void guideIsComplete();
    void sameSectionsInBothLanguages();
    void renderedWithoutLeftoverMarkdown_data();
    void renderedWithoutLeftoverMarkdown();
    void unknownLanguageFallsBackToEnglish();
};

void TestHelpGuide::parse_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("anchors");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("internal");
    QTest::addColumn<QStringList>("external");
    QTest::addColumn<QString>("cleaned");
    QTest::newRow("heading with id") << QStringLiteral("## Chat {#chat}\ntext") << QStringList{QStringLiteral("chat")}
                                     << QStringList{QStringLiteral("Chat")} << QStringList() << QStringList()
                                     << QStringLiteral("## Chat\ntext");
    QTest::newRow("Korean heading, spaces around the id")
        << QStringLiteral("### 대운, 세운, 월운   {#luck}  ") << QStringList{QStringLiteral("luck")}
        << QStringList{QStringLiteral("대운, 세운, 월운")} << QStringList() << QStringList()
        << QStringLiteral("### 대운, 세운, 월운");
    QTest::newRow("heading without id") << QStringLiteral("# Title") << QStringList{QString()}
                                        << QStringList{QStringLiteral("Title")} << QStringList() << QStringList()
                                        << QStringLiteral("# Title");
    QTest::newRow("hash in a code fence is no heading")
        << QStringLiteral("```\n# not a heading {#x}\n```") << QStringList() << QStringList() << QStringList()
        << QStringList() << QStringLiteral("```\n# not a heading {#x}\n```");
    QTest::newRow("links inside and outside")
        << QStringLiteral("See [Chat](#chat) and [GitHub](https://github.com/sajudesk/sajudesk).") << QStringList()
        << QStringList() << QStringList{QStringLiteral("chat")}
        << QStringList{QStringLiteral("https://github.com/sajudesk/sajudesk")}
        << QStringLiteral("See [Chat](#chat) and [GitHub](https://github.com/sajudesk/sajudesk).");
    QTest::newRow("an id needs the hash and braces")
        << QStringLiteral("## Chat {chat}") << QStringList{QString()} << QStringList{QStringLiteral("Chat {chat}")}
        << QStringList() << QStringList() << QStringLiteral("## Chat {chat}");
}

void TestHelpGuide::parse()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, anchors);
    QFETCH(QStringList, titles);
    QFETCH(QStringList, internal);
    QFETCH(QStringList, external);
    QFETCH(QString, cleaned);
    const guide::Source source = guide::parse(markdown);
    QStringList gotAnchors, gotTitles;
    for (const guide::Heading &heading : source.headings) {
        gotAnchors << heading.anchor;
        gotTitles << heading.title;
    }
    QCOMPARE(gotAnchors, anchors);
    QCOMPARE(gotTitles, titles);
    QCOMPARE(source.internalLinks, internal);
    QCOMPARE(source.externalLinks, external);
    QCOMPARE(source.markdown, cleaned);
}

void TestHelpGuide::guideIsComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : guide::languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestHelpGuide::guideIsComplete()
{
    QFETCH(QString, language);
    const guide::Source source = guide::load(language);
    QVERIFY2(source.headings.size() > 20, "the guide did not load from the resource");
    QStringList anchors;
    for (const guide::Heading &heading : source.headings) {
        QVERIFY2(!heading.anchor.isEmpty(), qPrintable(QStringLiteral("no {#id}: ") + heading.title));
        QVERIFY2(!anchors.contains(heading.anchor), qPrintable(QStringLiteral("id used twice: ") + heading.anchor));
        anchors << heading.anchor;
    }
    QVERIFY(!source.internalLinks.isEmpty());
    for (const QString &link : source.internalLinks)
        QVERIFY2(anchors.contains(link), qPrintable(QStringLiteral("link to a missing section: #") + link));
    for (const QString &link : source.externalLinks)
        QVERIFY2(link.startsWith(QLatin1String("https://")), qPrintable(link));

    QTextDocument document;
    guide::apply(&document, source);
    QCOMPARE(guide::documentAnchors(&document), anchors);
}

void TestHelpGuide::sameSectionsInBothLanguages()
{
    // Switching the language keeps the reader at the same section: the ids and their order must match.
    auto ids = [](const QString &language) {
        QStringList out;
        for (const guide::Heading &heading : guide::load(language).headings)
            out << QStringLiteral("%1:%2").arg(heading.level).arg(heading.anchor);
        return out;
    };
    QCOMPARE(ids(QStringLiteral("ko")), ids(QStringLiteral("en")));
    QCOMPARE(guide::load(QStringLiteral("ko")).internalLinks, guide::load(QStringLiteral("en")).internalLinks);
    QCOMPARE(guide::load(QStringLiteral("ko")).externalLinks, guide::load(QStringLiteral("en")).externalLinks);
}

void TestHelpGuide::renderedWithoutLeftoverMarkdown_data()
{
    guideIsComplete_data();
}

void TestHelpGuide::renderedWithoutLeftoverMarkdown()
{
    QFETCH(QString, language);
    QTextDocument document;
    guide::apply(&document, guide::load(language));
    static const QRegularExpression leftover(QStringLiteral("\\*|`|\\{#|\\]\\(|^#+ "));
    QStringList bad;
    for (const QString &line : document.toPlainText().split(QLatin1Char('\n'))) {
        if (leftover.match(line).hasMatch())
            bad << line;
    }
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("Markdown left as text:\n") + bad.join(QLatin1Char('\n'))));
    // The Korean guide is Korean: most of its letters are Hangul.
    if (language == QLatin1String("ko")) {
        const QString text = document.toPlainText();
        int hangul = 0, latin = 0;
        for (QChar c : text) {
            if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
                ++hangul;
            else if (c.isLetter() && c.unicode() < 0x80)
                ++latin;
        }
        QVERIFY2(hangul > 2 * latin, qPrintable(QStringLiteral("%1 Hangul, %2 Latin").arg(hangul).arg(latin)));
    }
}

void TestHelpGuide::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(guide::resourcePath(QStringLiteral("de")), QStringLiteral(":/help/guide_en.md"));
    QCOMPARE(guide::resourcePath(QStringLiteral("ko")), QStringLiteral(":/help/guide_ko.md"));
}

QTEST_MAIN(TestHelpGuide)
#include "tst_help_guide.moc"
