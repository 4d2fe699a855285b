// SPDX-License-Identifier: GPL-3.0-or-later
// A short printable excerpt of an unreadable body (a proxy's HTML page, a truncated answer).
#include "net/ApiErrorParser.h"

#include <QRegularExpression>

namespace sajudesk::ApiErrorParser {

QString sanitizedSnippet(const QByteArray &body, int maxChars)
{
    if (maxChars <= 0)
        return {};
    // Look only at the head: the useful part of an error page ("502 Bad Gateway") is at the top
    // and sanitising megabytes would be wasted work.
    QString text = QString::fromUtf8(body.left(16 * 1024));
    static const QRegularExpression scriptOrStyle(QStringLiteral("<(script|style)\\b[^>]*>.*?</\\1\\s*>"),
                                                  QRegularExpression::CaseInsensitiveOption
                                                      | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>?"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.remove(scriptOrStyle);
    text.remove(tags);
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    QString clean;
    clean.reserve(text.size());
    for (QChar ch : std::as_const(text)) {
        // Control and format characters (incl. bidi overrides) could garble or spoof the UI.
        const auto cat = ch.category();
        if (ch.isSpace())
            clean.append(QLatin1Char(' '));
        else if (cat != QChar::Other_Control && cat != QChar::Other_Format && ch != QChar::ReplacementCharacter)
            clean.append(ch);
    }
    clean.replace(spaces, QStringLiteral(" "));
    clean = clean.trimmed();
    if (clean.size() > maxChars) {
        qsizetype cut = maxChars;
        if (clean.at(cut - 1).isHighSurrogate()) // never split a surrogate pair
            --cut;
        clean = clean.left(cut).trimmed() + QChar(0x2026);
    }
    return clean;
}

} // namespace sajudesk::ApiErrorParser
