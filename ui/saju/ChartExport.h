// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QJsonObject>
#include <QString>

class QPrinter;
class QWidget;

namespace sajudesk {

namespace saju {
class SajuSession;
}

/// A profile's chart as files: text (the `sajudesk-cli chart` layout, Hanja and Hangul), JSON
/// (the `chart --json` object plus the settings it was computed with), PNG (the chart as shown)
/// and PDF or paper (an HTML page with element-coloured pillars, printed through QPrinter).
/// Files are written with QSaveFile: a failed export never leaves half a file.
namespace ChartExport {

/// "txt", "json", "png", "pdf".
QStringList formats();
/// The text export (name line, then the chart with the shown 세운 and 월운).
QString text(const saju::SajuSession &session);
/// The JSON export: `chart --json` fields, "input", "name" and "settings".
QJsonObject json(const saju::SajuSession &session);
/// The printable page.
QString html(const saju::SajuSession &session);
/// `chartArea` rendered at twice its size (sharp on high-density screens and in documents).
QImage image(QWidget *chartArea);
/// "이서준-1992-08-26.json".
QString suggestedFileName(const saju::SajuSession &session, const QString &format);
/// Writes one format to `path`; false with a translated `error` when it could not.
bool save(const QString &format, const QString &path, const saju::SajuSession &session, QWidget *chartArea,
          QString *error);
/// Prints (or, for a PDF printer, writes) the page.
void print(QPrinter *printer, const saju::SajuSession &session);

} // namespace ChartExport
} // namespace sajudesk
