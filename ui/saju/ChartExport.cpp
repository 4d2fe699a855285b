// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/ChartExport.h"

#include "core/BuildInfo.h"
#include "saju/ChartText.h"
#include "saju/ElementStyle.h"
#include "saju/SajuFormat.h"
#include "saju/SajuSession.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QWidget>

namespace sajudesk::ChartExport {

using namespace saju;

namespace {

constexpr PillarPosition kOrder[] = {PillarPosition::Hour, PillarPosition::Day, PillarPosition::Month,
                                     PillarPosition::Year};

QString headerLine(const SajuSession &s)
{
    const BirthFields &f = s.fields();
    QStringList parts;
    if (!f.name.trimmed().isEmpty())
        parts << f.name.trimmed();
    if (f.gender != Gender::Unknown)
        parts << SajuFormat::genderLabel(f.gender);
    parts << SajuFormat::birthText(f) << SajuFormat::placeText(f);
    return parts.join(QStringLiteral(" · "));
}

QString tileCell(Element e, const QString &glyph, const QString &caption)
{
    return QStringLiteral("<td align='center' bgcolor='%1' style='color:%2; padding:4px 10px'>"
                          "<span style='font-size:22pt'>%3</span><br/><span style='font-size:9pt'>%4</span></td>")
        .arg(elementFill(e).name(), elementInk(e).name(), glyph.toHtmlEscaped(), caption.toHtmlEscaped());
}

QString smallPillarCells(const Pillar &p)
{
    return QStringLiteral("<span style='background-color:%1; color:%2'>&#160;%3&#160;</span>"
                          "<span style='background-color:%4; color:%5'>&#160;%6&#160;</span>")
        .arg(elementFill(stemElement(p.stem)).name(), elementInk(stemElement(p.stem)).name(), stemHanja(p.stem),
             elementFill(branchElement(p.branch)).name(), elementInk(branchElement(p.branch)).name(),
             branchHanja(p.branch));
}

} // namespace

QStringList formats()
{
    return {QStringLiteral("txt"), QStringLiteral("json"), QStringLiteral("png"), QStringLiteral("pdf")};
}

QString text(const SajuSession &s)
{
    const SajuChart *chart = s.chart();
    if (!chart)
        return QString();
    return headerLine(s) + QLatin1Char('\n')
           + chartText(*chart, SajuFormat::birthLine(s.fields()), s.annualLuck(), s.monthlyLuck(),
                       QCoreApplication::translate("ChartExport", "Luck pillars (대운): no gender chosen."));
}

QJsonObject json(const SajuSession &s)
{
    const SajuChart *chart = s.chart();
    if (!chart)
        return QJsonObject();
    const BirthFields &f = s.fields();
    QJsonObject o = chart->toJson();
    o.insert(QStringLiteral("input"), SajuFormat::birthLine(f));
    o.insert(QStringLiteral("name"), f.name.trimmed());
    QJsonObject settings{
        {QStringLiteral("calendar"),
         f.calendar == CalendarKind::Lunar ? QStringLiteral("lunar") : QStringLiteral("solar")},
        {QStringLiteral("leapMonth"), f.calendar == CalendarKind::Lunar && f.leapMonth},
        {QStringLiteral("date"), f.date.trimmed()},
        {QStringLiteral("time"),
         f.timeKnown ? QJsonValue(
             QStringLiteral("%1:%2").arg(f.hour, 2, 10, QLatin1Char('0')).arg(f.minute, 2, 10, QLatin1Char('0')))
                     : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("city"), f.city.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.city)},
        {QStringLiteral("longitude"), f.longitude},
        {QStringLiteral("zi"), ziRuleName(f.zi)},
        {QStringLiteral("gender"),
         f.gender == Gender::Unknown ? QJsonValue(QJsonValue::Null) : QJsonValue(genderName(f.gender))},
        {QStringLiteral("luckRounding"), luckRoundingName(f.rounding)},
        {QStringLiteral("engine"), QStringLiteral("SajuDesk %1").arg(QLatin1String(buildinfo::versionString))}};
    o.insert(QStringLiteral("settings"), settings);
    return o;
}

QString html(const SajuSession &s)
{
    const SajuChart *chart = s.chart();
    if (!chart)
        return QString();
    const QString heads[] = {
        QCoreApplication::translate("ChartExport", "Hour"), QCoreApplication::translate("ChartExport", "Day"),
        QCoreApplication::translate("ChartExport", "Month"), QCoreApplication::translate("ChartExport", "Year")};
    QString head, gods, stems, branches, branchGods, hidden, stages;
    for (int i = 0; i < 4; ++i) {
        const ChartColumn &col = chart->column(kOrder[i]);
        head += QStringLiteral("<th>%1</th>").arg(heads[i].toHtmlEscaped());
        if (!col.present) {
            const QString dash = QStringLiteral("<td align='center'>–</td>");
            gods += dash;
            stems += dash;
            branches += dash;
            branchGods += dash;
            hidden += dash;
            stages += dash;
            continue;
        }
        gods += QStringLiteral("<td align='center'>%1</td>")
                    .arg((col.stemGod ? tenGodDisplayName(*col.stemGod)
                                      : QCoreApplication::translate("ChartExport", "Day master"))
                             .toHtmlEscaped());
        stems += tileCell(stemElement(col.pillar.stem), stemHanja(col.pillar.stem), stemCaption(col.pillar.stem));
        branches += tileCell(branchElement(col.pillar.branch), branchHanja(col.pillar.branch),
                             branchCaption(col.pillar.branch));
        branchGods +=
            QStringLiteral("<td align='center'>%1</td>").arg(tenGodDisplayName(col.branchGod).toHtmlEscaped());
        hidden += QStringLiteral("<td align='center'>%1<br/>%2</td>").arg(col.hidden.hanja(), col.hidden.hangul());
        stages += QStringLiteral("<td align='center'>%1</td>").arg(twelveStageDisplayName(col.stage).toHtmlEscaped());
    }
    auto row = [](const QString &label, const QString &cells) {
        return QStringLiteral("<tr><td align='right' style='color:#555555; padding-right:8px'>%1</td>%2</tr>")
            .arg(label.toHtmlEscaped(), cells);
    };
    QString page = QStringLiteral("<h2>%1</h2>").arg(headerLine(s).toHtmlEscaped());
    page += QStringLiteral("<table cellspacing='4'><tr><th></th>%1</tr>").arg(head);
    page += row(QCoreApplication::translate("ChartExport", "Ten god"), gods)
            + row(QCoreApplication::translate("ChartExport", "Stem"), stems)
            + row(QCoreApplication::translate("ChartExport", "Branch"), branches)
            + row(QCoreApplication::translate("ChartExport", "Ten god"), branchGods)
            + row(QCoreApplication::translate("ChartExport", "Hidden stems"), hidden)
            + row(QCoreApplication::translate("ChartExport", "12 stages"), stages);
    page += QStringLiteral("</table>");

    const FourPillars &p = chart->pillars;
    QStringList counts;
    for (int e = 0; e < 5; ++e)
        counts << QStringLiteral("%1 %2")
                      .arg(elementDisplayName(static_cast<Element>(e)))
                      .arg(chart->elementCounts[std::size_t(e)]);
    page += QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
                .arg(QCoreApplication::translate("ChartExport", "Day master: %1 (%2)")
                         .arg(stemHanja(p.day.stem), p.dayMasterName())
                         .toHtmlEscaped(),
                     QCoreApplication::translate("ChartExport", "Void (공망): %1")
                         .arg(branchHanja(chart->voidBranches[0]) + branchHanja(chart->voidBranches[1]))
                         .toHtmlEscaped(),
                     QCoreApplication::translate("ChartExport", "Five elements: %1")
                         .arg(counts.join(QStringLiteral(", ")))
                         .toHtmlEscaped());
    if (chart->luck) {
        QString ages, pillars;
        for (auto it = chart->luck->pillars.rbegin(); it != chart->luck->pillars.rend(); ++it) {
            ages += QStringLiteral("<td align='center'>%1</td>").arg(it->age);
            pillars += QStringLiteral("<td align='center'>%1<br/>%2</td>")
                           .arg(smallPillarCells(it->pillar), it->pillar.hangul());
        }
        page +=
            QStringLiteral("<h3>%1</h3><table cellspacing='4'><tr>%2</tr><tr>%3</tr></table>")
                .arg(QCoreApplication::translate("ChartExport", "Luck pillars (대운)").toHtmlEscaped(), ages, pillars);
    }
    QString years, yearPillars;
    const QVector<LuckPeriod> annual = s.annualLuck();
    for (auto it = annual.crbegin(); it != annual.crend(); ++it) {
        years += QStringLiteral("<td align='center'>%1</td>").arg(it->year);
        yearPillars += QStringLiteral("<td align='center'>%1</td>").arg(smallPillarCells(it->pillar));
    }
    page +=
        QStringLiteral("<h3>%1</h3><table cellspacing='4'><tr>%2</tr><tr>%3</tr></table>")
            .arg(QCoreApplication::translate("ChartExport", "Yearly luck (세운)").toHtmlEscaped(), years, yearPillars);
    QString trace;
    for (const TraceEntry &e : chart->trace)
        trace += QStringLiteral("<li><b>%1</b>: %2 — %3</li>")
                     .arg(traceStepLabel(e.step).toHtmlEscaped(), e.value.toHtmlEscaped(), e.note.toHtmlEscaped());
    page += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                .arg(QCoreApplication::translate("ChartExport", "How this was calculated").toHtmlEscaped(), trace);
    page += QStringLiteral("<p style='color:#555555; font-size:8pt'>%1</p>")
                .arg(QStringLiteral("SajuDesk %1").arg(QLatin1String(buildinfo::versionString)));
    return QStringLiteral("<html><body>%1</body></html>").arg(page);
}

QImage image(QWidget *chartArea)
{
    if (!chartArea)
        return QImage();
    const qreal scale = 2.0;
    QImage img(chartArea->size() * scale, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(scale);
    img.fill(chartArea->palette().color(QPalette::Window));
    QPainter painter(&img);
    chartArea->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return img;
}

QString suggestedFileName(const SajuSession &s, const QString &format)
{
    QString name = s.fields().name.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    if (name.isEmpty())
        name = QStringLiteral("saju");
    return QStringLiteral("%1-%2.%3").arg(name, s.fields().date.trimmed(), format);
}

bool save(const QString &format, const QString &path, const SajuSession &s, QWidget *chartArea, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!s.chart())
        return fail(
            QCoreApplication::translate("ChartExport", "There is no chart to export: the birth data is not complete."));
    if (format == QLatin1String("pdf")) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        // QPrinter writes in place; a temporary name keeps a failed run from leaving half a PDF.
        const QString temporary = path + QStringLiteral(".part");
        printer.setOutputFileName(temporary);
        print(&printer, s);
        QFile::remove(path);
        if (!QFile::exists(temporary) || !QFile::rename(temporary, path)) {
            QFile::remove(temporary);
            return fail(QCoreApplication::translate("ChartExport", "The PDF could not be written to %1.").arg(path));
        }
        return true;
    }
    QByteArray bytes;
    if (format == QLatin1String("txt")) {
        bytes = text(s).toUtf8();
    } else if (format == QLatin1String("json")) {
        bytes = QJsonDocument(json(s)).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("png")) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image(chartArea).save(&buffer, "PNG"))
            return fail(QCoreApplication::translate("ChartExport", "The image could not be made."));
    } else {
        return fail(QCoreApplication::translate("ChartExport", "Unknown export format “%1”.").arg(format));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(
            QCoreApplication::translate("ChartExport", "%1 could not be written: %2").arg(path, file.errorString()));
    return true;
}

void print(QPrinter *printer, const SajuSession &s)
{
    QTextDocument document;
    document.setHtml(html(s));
    document.print(printer);
}

} // namespace sajudesk::ChartExport
