// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextDocument;

namespace sajudesk::guide {

/// A heading of the user guide: "## Chat {#chat}" gives level 2, title "Chat", anchor "chat".
struct Heading
{
    int level = 0;
    QString title;
    QString anchor;
};

/// The guide's Markdown with the "{#id}" heading ids taken out (Qt's Markdown reader knows none), the
/// headings in order, and the "#id" targets of its internal links.
struct Source
{
    QString markdown;
    QList<Heading> headings;
    QStringList internalLinks;
    QStringList externalLinks;
};

/// The languages the guide is written in ("ko", "en").
QStringList languages();
/// The embedded guide for `language` (":/help/guide_ko.md"), English for any other language.
QString resourcePath(const QString &language);
/// Reads the embedded guide for `language`.
Source load(const QString &language);
/// Splits `markdown` into the parts above. Headings inside code fences are text, not headings.
Source parse(const QString &markdown);
/// Sets `source` as the contents of `document` and makes each heading an anchor named by its id, so
/// that QTextBrowser::scrollToAnchor() and "#id" links reach it.
void apply(QTextDocument *document, const Source &source);
/// The anchor names a document carries (to check that every heading got its anchor).
QStringList documentAnchors(const QTextDocument *document);

} // namespace sajudesk::guide
