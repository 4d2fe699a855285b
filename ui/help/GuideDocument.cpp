// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/GuideDocument.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace sajudesk::guide {

QStringList languages()
{
    return {QStringLiteral("ko"), QStringLiteral("en")};
}

QString resourcePath(const QString &language)
{
    const QString shipped = languages().contains(language) ? language : QStringLiteral("en");
    return QStringLiteral(":/help/guide_%1.md").arg(shipped);
}

Source load(const QString &language)
{
    QFile file(resourcePath(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(QString::fromUtf8(file.readAll()));
}

Source parse(const QString &markdown)
{
    static const QRegularExpression headingLine(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*\\{#([A-Za-z0-9_-]+)\\}\\s*$"));
    static const QRegularExpression plainHeading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*$"));
    static const QRegularExpression link(QStringLiteral("\\]\\(([^)\\s]+)\\)"));
    Source source;
    QStringList lines = markdown.split(QLatin1Char('\n'));
    bool inFence = false;
    for (QString &line : lines) {
        if (line.trimmed().startsWith(QStringLiteral("```"))) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        if (const auto match = headingLine.match(line); match.hasMatch()) {
            source.headings.append({int(match.capturedLength(1)), match.captured(2), match.captured(3)});
            line = match.captured(1) + QLatin1Char(' ') + match.captured(2);
        } else if (const auto plain = plainHeading.match(line); plain.hasMatch()) {
            source.headings.append({int(plain.capturedLength(1)), plain.captured(2), QString()});
        }
        for (auto it = link.globalMatch(line); it.hasNext();) {
            const QString target = it.next().captured(1);
            if (target.startsWith(QLatin1Char('#')))
                source.internalLinks << target.mid(1);
            else
                source.externalLinks << target;
        }
    }
    source.markdown = lines.join(QLatin1Char('\n'));
    return source;
}

void apply(QTextDocument *document, const Source &source)
{
    document->setMarkdown(source.markdown, QTextDocument::MarkdownDialectGitHub);
    // Qt's reader makes one block per heading line, in order: the n-th heading block is headings[n].
    int index = 0;
    for (QTextBlock block = document->begin(); block.isValid() && index < source.headings.size();
         block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        const QString anchor = source.headings.at(index++).anchor;
        if (anchor.isEmpty())
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({anchor});
        cursor.mergeCharFormat(format);
    }
}

QStringList documentAnchors(const QTextDocument *document)
{
    QStringList anchors;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor()) {
                for (const QString &name : format.anchorNames()) {
                    if (!anchors.contains(name))
                        anchors << name;
                }
            }
        }
    }
    return anchors;
}

} // namespace sajudesk::guide
