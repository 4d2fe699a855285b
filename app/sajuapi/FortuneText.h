// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QString>
#include <QStringList>

/// Plain text for what the Saju API sends, in the UI language (installed translator + the
/// given locale). The service names the five elements in English (`earth`) and yin/yang in
/// Korean (`양`); these helpers show either in the language of the UI. Used by the CLI's text
/// output and the chat context; the fortune view uses them for fields it has no card for.
namespace sajudesk::FortuneText {

/// Index 0..4 (wood, fire, earth, metal, water) of an element however the service spells it:
/// "earth", "Earth", "토", "土", "토(土)". -1 when it is not an element.
int elementIndex(const QString &value);
/// Translated element name: English "Earth", Korean "토(土)". Other text is returned as it is.
QString elementName(const QString &value);
/// Same, by index 0..4.
QString elementName(int index);
/// "양"/"yang" → "Yang" / "양"; "음"/"yin" → "Yin" / "음". Other text as it is.
QString yinYangName(const QString &value);

/// Translated title of a section ("character", "tendency", "fortune").
QString sectionTitle(const QString &section);
/// Translated label of a field the service is known to send ("riskTolerance" → "Risk
/// tolerance", "deficiency" → "Lacking element"); an unknown key is returned as it is.
QString fieldLabel(const QString &key);
/// One value for display: elements and yin/yang by their key or value translated, numbers per
/// `locale`, booleans yes/no, null "-"; arrays and objects as compact JSON.
QString valueText(const QString &key, const QJsonValue &value, const QLocale &locale = QLocale());

/// "cached · fetched 5/2/26, 12:04 PM" / "저장된 운세 · 26. 5. 2. 오후 12:04에 받음": the mark of an
/// answer served from the FortuneCache, with `fetchedAt` (UTC) in local time per `locale`.
QString cachedNote(const QDateTime &fetchedAt, const QLocale &locale = QLocale());

/// Every field of `object` as "Label: value" lines (in key order, as QJsonObject keeps them),
/// each starting with `indent` spaces. An object or array item whose fields are all plain
/// values stays on one line ("- Element: Wood, Trait: 꾸준함"; {"element":"earth"} is just
/// "Earth"); deeper ones are indented by two more spaces. Empty objects and arrays are left out.
QStringList lines(const QJsonObject &object, int indent = 0, const QLocale &locale = QLocale());

} // namespace sajudesk::FortuneText
