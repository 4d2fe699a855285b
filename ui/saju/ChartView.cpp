// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/ChartView.h"

#include "saju/ChartExtras.h"
#include "saju/ChartTiles.h"
#include "saju/ElementStyle.h"
#include "saju/SajuFormat.h"
#include "saju/SajuSession.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShowEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace sajudesk {

using namespace saju;

namespace {

// The Korean 만세력 order, left to right.
constexpr PillarPosition kOrder[] = {PillarPosition::Hour, PillarPosition::Day, PillarPosition::Month,
                                     PillarPosition::Year};
enum Row { StemGodRow, StemRow, BranchRow, BranchGodRow, HiddenRow, StageRow };

QLabel *cellLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString hiddenTooltip(const ChartColumn &col)
{
    QStringList parts;
    for (int i = 0; i < col.hidden.count; ++i) {
        const int stem = col.hidden.stems[std::size_t(i)];
        parts << QStringLiteral("%1 %2(%3) %4")
                     .arg(hiddenRoleHangul(col.hidden.roleAt(i)), stemHanja(stem), stemHangul(stem),
                          tenGodDisplayName(col.hiddenGods[std::size_t(i)]));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ChartView::ChartView(SajuSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_area(new QWidget(this))
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_grid(new QWidget(this))
    , m_markLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_elementsTitle(new QLabel(this))
    , m_bars(new ElementBars(this))
    , m_time(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_boundaries(new BoundaryView(this))
    , m_trace(new TraceView(this))
    , m_exportButton(new QPushButton(this))
    , m_printButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("chartView"));
    m_area->setObjectName(QStringLiteral("chartArea"));
    m_title->setObjectName(QStringLiteral("chartTitleLabel"));
    m_empty->setObjectName(QStringLiteral("chartEmptyLabel"));
    m_grid->setObjectName(QStringLiteral("chartGrid"));
    m_markLabel->setObjectName(QStringLiteral("pillarErrorLabel"));
    m_summary->setObjectName(QStringLiteral("chartSummaryLabel"));
    m_bars->setObjectName(QStringLiteral("elementBars"));
    m_time->setObjectName(QStringLiteral("chartTimeLabel"));
    m_notes->setObjectName(QStringLiteral("chartNotesLabel"));
    m_boundaries->setObjectName(QStringLiteral("boundaryView"));
    m_trace->setObjectName(QStringLiteral("traceView"));
    m_exportButton->setObjectName(QStringLiteral("exportChartButton"));
    m_printButton->setObjectName(QStringLiteral("printChartButton"));

    for (QLabel *label : {m_title, m_empty, m_markLabel, m_summary, m_time, m_notes}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_title->setTextFormat(Qt::RichText);
    m_notes->setTextFormat(Qt::RichText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_markLabel->hide();
    QFont small = m_time->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_time->setFont(small);
    m_time->setForegroundRole(QPalette::PlaceholderText);

    auto *menu = new QMenu(m_exportButton);
    const char *formats[] = {"txt", "json", "png", "pdf"};
    for (const char *format : formats) {
        QAction *action = menu->addAction(QString());
        action->setObjectName(QStringLiteral("exportChart_%1").arg(QLatin1String(format)));
        action->setData(QLatin1String(format));
        connect(action, &QAction::triggered, this, [this, action] { emit exportRequested(action->data().toString()); });
    }
    m_exportButton->setMenu(menu);
    connect(m_printButton, &QPushButton::clicked, this, &ChartView::printRequested);

    buildGrid(m_grid);
    auto *areaLayout = new QVBoxLayout(m_area);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    areaLayout->addWidget(m_title);
    areaLayout->addWidget(m_grid);
    areaLayout->addWidget(m_markLabel);
    areaLayout->addWidget(m_summary);
    areaLayout->addWidget(m_elementsTitle);
    areaLayout->addWidget(m_bars);
    areaLayout->addWidget(m_time);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_printButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_area);
    layout->addWidget(m_notes);
    layout->addWidget(m_boundaries);
    layout->addWidget(m_trace);

    connect(m_session, &SajuSession::chartChanged, this, &ChartView::refresh);
    connect(m_session, &SajuSession::fieldsChanged, this, &ChartView::refresh);
    retranslateUi();
    refresh();
}

ChartView::~ChartView() = default;

void ChartView::buildGrid(QWidget *host)
{
    auto *grid = new QGridLayout(host);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    for (int r = 0; r < 6; ++r) {
        m_rowLabels[r] = new QLabel(host);
        m_rowLabels[r]->setForegroundRole(QPalette::PlaceholderText);
        m_rowLabels[r]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rowLabels[r]->setWordWrap(true); // "Hidden stems" on two lines in a narrow window
        grid->addWidget(m_rowLabels[r], r + 1, 0);
    }
    for (int i = 0; i < 4; ++i) {
        const QString pos = pillarPositionName(kOrder[i]);
        m_heads[i] = cellLabel(host, QStringLiteral("pillarHeader_") + pos);
        QFont bold = m_heads[i]->font();
        bold.setBold(true);
        m_heads[i]->setFont(bold);
        m_stemGods[i] = cellLabel(host, QStringLiteral("stemGod_") + pos);
        m_stems[i] = new GlyphTile(host);
        m_stems[i]->setObjectName(QStringLiteral("stemTile_") + pos);
        m_branches[i] = new GlyphTile(host);
        m_branches[i]->setObjectName(QStringLiteral("branchTile_") + pos);
        m_branchGods[i] = cellLabel(host, QStringLiteral("branchGod_") + pos);
        m_hidden[i] = cellLabel(host, QStringLiteral("hiddenStems_") + pos);
        m_stages[i] = cellLabel(host, QStringLiteral("twelveStage_") + pos);
        grid->addWidget(m_heads[i], 0, i + 1);
        grid->addWidget(m_stemGods[i], StemGodRow + 1, i + 1);
        grid->addWidget(m_stems[i], StemRow + 1, i + 1);
        grid->addWidget(m_branches[i], BranchRow + 1, i + 1);
        grid->addWidget(m_branchGods[i], BranchGodRow + 1, i + 1);
        grid->addWidget(m_hidden[i], HiddenRow + 1, i + 1);
        grid->addWidget(m_stages[i], StageRow + 1, i + 1);
        grid->setColumnStretch(i + 1, 1);
    }
}

QString ChartView::pillarsText() const
{
    const SajuChart *chart = m_session->chart();
    if (!chart)
        return QString();
    QStringList parts{chart->pillars.year.hanja(), chart->pillars.month.hanja(), chart->pillars.day.hanja()};
    if (chart->hasHour())
        parts << chart->pillars.hour.hanja();
    return parts.join(QLatin1Char(' '));
}

void ChartView::refresh()
{
    // Drawn only when it can be seen (not at start-up, before the tab is opened); showEvent()
    // and ensureUpToDate() catch up.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    redraw();
}

void ChartView::redraw()
{
    m_stale = false;
    const SajuChart *chart = m_session->chart();
    m_area->setVisible(chart != nullptr);
    m_exportButton->setEnabled(chart != nullptr);
    m_printButton->setEnabled(chart != nullptr);
    m_empty->setVisible(chart == nullptr);
    m_boundaries->setChart(chart);
    m_trace->setChart(chart);
    if (!chart) {
        m_notes->hide();
        m_empty->setText(tr("Enter a valid birth date and the chart appears here."));
        return;
    }
    showChart(*chart);
}

void ChartView::ensureUpToDate()
{
    if (m_stale)
        redraw();
}

void ChartView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        redraw();
}

void ChartView::showChart(const SajuChart &chart)
{
    const BirthFields &f = m_session->fields();
    const QString name = f.name.trimmed().isEmpty() ? tr("No name") : f.name.trimmed();
    QStringList facts;
    if (f.gender != Gender::Unknown)
        facts << SajuFormat::genderLabel(f.gender);
    facts << SajuFormat::birthText(f);
    if (f.calendar == CalendarKind::Lunar)
        facts << tr("solar %1").arg(chart.pillars.civilDate.toString());
    facts << SajuFormat::placeText(f);
    m_title->setText(
        QStringLiteral("<b>%1</b> · %2").arg(name.toHtmlEscaped(), facts.join(QStringLiteral(" · ")).toHtmlEscaped()));

    const QString heads[] = {tr("Hour"), tr("Day"), tr("Month"), tr("Year")};
    const QColor error = errorColor(palette());
    for (int i = 0; i < 4; ++i) {
        const PillarPosition pos = kOrder[i];
        const ChartColumn &col = chart.column(pos);
        const bool marked = !m_markMessage.isEmpty() && m_markedPillar == pillarPositionName(pos);
        m_heads[i]->setText(marked ? QStringLiteral("⚠ ") + heads[i] : heads[i]);
        QPalette pal = m_heads[i]->palette();
        pal.setColor(QPalette::WindowText, marked ? error : palette().color(QPalette::WindowText));
        m_heads[i]->setPalette(pal);
        if (!col.present) {
            m_stemGods[i]->setText(QStringLiteral("–"));
            m_stems[i]->setUnknown();
            m_branches[i]->setUnknown();
            for (QLabel *l : {m_branchGods[i], m_hidden[i], m_stages[i]})
                l->setText(QStringLiteral("–"));
            m_hidden[i]->setToolTip(QString());
            m_stems[i]->setToolTip(tr("Birth time unknown: no hour pillar"));
            continue;
        }
        m_stems[i]->setToolTip(QString());
        m_stemGods[i]->setText(col.stemGod ? tenGodDisplayName(*col.stemGod) : tr("Day master"));
        m_stems[i]->setGlyph(stemElement(col.pillar.stem), stemHanja(col.pillar.stem), stemCaption(col.pillar.stem));
        m_branches[i]->setGlyph(branchElement(col.pillar.branch), branchHanja(col.pillar.branch),
                                branchCaption(col.pillar.branch));
        m_branches[i]->setBadge(pos != PillarPosition::Day && chart.isVoid(col.pillar.branch) ? tr("Void") : QString());
        m_branchGods[i]->setText(tenGodDisplayName(col.branchGod));
        m_hidden[i]->setText(col.hidden.hanja() + QLatin1Char('\n') + col.hidden.hangul());
        m_hidden[i]->setToolTip(hiddenTooltip(col));
        m_stages[i]->setText(twelveStageDisplayName(col.stage));
    }
    m_markLabel->setVisible(!m_markMessage.isEmpty());

    const FourPillars &p = chart.pillars;
    const int dm = p.day.stem;
    const QString voids = branchHanja(chart.voidBranches[0]) + branchHanja(chart.voidBranches[1]);
    const QString voidsHangul = branchHangul(chart.voidBranches[0]) + branchHangul(chart.voidBranches[1]);
    m_summary->setText(
        tr("Day master: %1 (%2), element %3").arg(stemHanja(dm), p.dayMasterName(), elementShortName(stemElement(dm)))
        + QStringLiteral(" · ") + tr("Void (공망): %1 (%2)").arg(voids, voidsHangul));
    m_bars->setCounts(chart.elementCounts);

    if (p.hasHour)
        m_time->setText(
            tr("Calculated for UTC %1 and local mean time %2 at %3.")
                .arg(formatUtcInstant(p.utc), formatLocalSeconds(p.lmtLocal), SajuFormat::longitude(p.longitude)));
    else
        m_time->setText(tr("Birth time unknown: year and month are read at 12:00 civil time (UTC %1); no hour "
                           "pillar.")
                            .arg(formatUtcInstant(p.utc)));

    const QStringList notes = notesFor(chart);
    QString html;
    for (const QString &note : notes)
        html += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
    m_notes->setText(html.isEmpty() ? QString() : QStringLiteral("<ul style='margin-left:-20px'>%1</ul>").arg(html));
    m_notes->setVisible(!html.isEmpty());
}

QStringList ChartView::notesFor(const SajuChart &chart) const
{
    const FourPillars &p = chart.pillars;
    QStringList notes;
    if (p.flags.testFlag(SajuFlag::TzGap))
        notes << tr("This clock time never existed in Korea (clocks jumped forward for daylight saving or a time "
                    "zone change); it was moved forward past the gap.");
    if (p.flags.testFlag(SajuFlag::TzOverlap))
        notes << tr("This clock time happened twice in Korea (clocks were turned back); the earlier of the two was "
                    "used.");
    if (p.flags.testFlag(SajuFlag::LmtEra))
        notes << tr("Before 1908-04-01 Korean clocks kept Seoul local mean time; the time was read that way.");
    return notes;
}

void ChartView::markPillar(const QString &position, const QString &message)
{
    m_markedPillar = position;
    m_markMessage = message;
    m_markLabel->setText(message);
    QPalette pal = m_markLabel->palette();
    pal.setColor(QPalette::WindowText, errorColor(palette()));
    m_markLabel->setPalette(pal);
    refresh();
    if (!message.isEmpty())
        focusPillar(position);
}

void ChartView::focusPillar(const QString &position)
{
    for (int i = 0; i < 4; ++i) {
        if (pillarPositionName(kOrder[i]) == position) {
            m_stems[i]->setFocusPolicy(Qt::StrongFocus);
            m_stems[i]->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_grid->setFocusPolicy(Qt::StrongFocus);
    m_grid->setFocus(Qt::OtherFocusReason);
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    } else if (event->type() == QEvent::PaletteChange) {
        refresh();
    }
    QWidget::changeEvent(event);
}

void ChartView::retranslateUi()
{
    const QString rows[] = {tr("Ten god"), tr("Stem"),         tr("Branch"),
                            tr("Ten god"), tr("Hidden stems"), tr("12 stages")};
    for (int r = 0; r < 6; ++r)
        m_rowLabels[r]->setText(rows[r]);
    m_elementsTitle->setText(tr("Five elements"));
    m_exportButton->setText(tr("E&xport"));
    m_exportButton->setToolTip(tr("Save this chart as text, JSON, an image or a PDF"));
    const QList<QAction *> actions = m_exportButton->menu()->actions();
    const QString labels[] = {tr("Text (Hanja and Hangul)…"), tr("JSON (chart and settings)…"), tr("Image (PNG)…"),
                              tr("PDF…")};
    for (int i = 0; i < actions.size() && i < 4; ++i)
        actions.at(i)->setText(labels[i]);
    m_printButton->setText(tr("Pr&int…"));
    m_printButton->setToolTip(tr("Print this chart"));
    m_grid->setAccessibleName(tr("Four pillars"));
}

} // namespace sajudesk
