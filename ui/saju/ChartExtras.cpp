// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/ChartExtras.h"

#include "ThemeColors.h"
#include "saju/ChartTiles.h"
#include "saju/ElementStyle.h"
#include "saju/SajuChart.h"
#include "saju/SolarTerms.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace sajudesk {

using namespace saju;

namespace {

constexpr PillarPosition kOrder[] = {PillarPosition::Hour, PillarPosition::Day, PillarPosition::Month,
                                     PillarPosition::Year};

QString koreanTime(std::int64_t utc)
{
    return formatLocalSeconds(utc + koreaUtcOffsetAt(utc));
}

bool samePillar(const SajuChart &a, const SajuChart &b, PillarPosition pos)
{
    const ChartColumn &x = a.column(pos), &y = b.column(pos);
    return x.present == y.present && (!x.present || x.pillar == y.pillar);
}

} // namespace

// ---- MiniChart ------------------------------------------------------------------------------

MiniChart::MiniChart(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_luck(new QLabel(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(3);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    grid->addWidget(m_title, 0, 0, 1, 4);
    for (int i = 0; i < 4; ++i) {
        m_heads[i] = new QLabel(this);
        m_heads[i]->setAlignment(Qt::AlignCenter);
        m_stems[i] = new GlyphTile(this);
        m_branches[i] = new GlyphTile(this);
        grid->addWidget(m_heads[i], 1, i);
        grid->addWidget(m_stems[i], 2, i);
        grid->addWidget(m_branches[i], 3, i);
    }
    m_luck->setWordWrap(true);
    grid->addWidget(m_luck, 4, 0, 1, 4);
}

void MiniChart::setChart(const QString &title, const SajuChart &chart, const SajuChart &reference)
{
    m_title->setText(title);
    const QString heads[] = {tr("Hour"), tr("Day"), tr("Month"), tr("Year")};
    for (int i = 0; i < 4; ++i) {
        const PillarPosition pos = kOrder[i];
        const ChartColumn &col = chart.column(pos);
        const bool differs = !samePillar(chart, reference, pos);
        // The pillars that change across the boundary are the ones to look at.
        m_heads[i]->setText(differs ? QStringLiteral("<b>%1 ●</b>").arg(heads[i].toHtmlEscaped())
                                    : heads[i].toHtmlEscaped());
        m_heads[i]->setToolTip(differs ? tr("Differs between the two charts") : QString());
        if (col.present) {
            m_stems[i]->setGlyph(stemElement(col.pillar.stem), stemHanja(col.pillar.stem),
                                 stemCaption(col.pillar.stem));
            m_branches[i]->setGlyph(branchElement(col.pillar.branch), branchHanja(col.pillar.branch),
                                    branchCaption(col.pillar.branch));
        } else {
            m_stems[i]->setUnknown();
            m_branches[i]->setUnknown();
        }
    }
    if (chart.luck)
        m_luck->setText(tr("Luck pillars from age %1 (%2)")
                            .arg(chart.luck->startAge)
                            .arg(luckDirectionDisplayName(chart.luck->direction)));
    else
        m_luck->clear();
    m_luck->setVisible(chart.luck.has_value());
}

QString MiniChart::pillarsText() const
{
    QStringList parts;
    for (int i = 0; i < 4; ++i)
        parts << (m_stems[i]->glyph().isEmpty() ? QStringLiteral("?") : m_stems[i]->glyph() + m_branches[i]->glyph());
    return parts.join(QLatin1Char(' '));
}

// ---- BoundaryView ---------------------------------------------------------------------------

BoundaryView::BoundaryView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    hide();
}

void BoundaryView::setChart(const SajuChart *chart)
{
    m_warnings.clear();
    delete m_body;
    m_body = nullptr;
    if (!chart || chart->boundaries.empty()) {
        hide();
        return;
    }
    m_body = new QFrame(this);
    m_body->setObjectName(QStringLiteral("boundaryFrame"));
    static_cast<QFrame *>(m_body)->setFrameShape(QFrame::StyledPanel);
    auto *column = new QVBoxLayout(m_body);
    const QColor caution = cautionColor(palette());
    int index = 0;
    for (const ChartBoundary &b : chart->boundaries) {
        const qint64 distance = qAbs(b.secondsFromBirth);
        const bool boundaryAfter = b.secondsFromBirth > 0;
        QString text;
        switch (b.kind) {
        case BoundaryKind::SolarTerm:
            text = (boundaryAfter ? tr("The birth is %n second(s) before the solar term %1 begins (%2 Korean time).",
                                       nullptr, int(distance))
                                  : tr("The birth is %n second(s) after the solar term %1 begins (%2 Korean time).",
                                       nullptr, int(distance)))
                       .arg(b.label + QLatin1Char('(') + jieNameHangul(jieIndexAt(b.utc)) + QLatin1Char(')'),
                            koreanTime(b.utc))
                   + QLatin1Char(' ')
                   + tr("A clock off by a minute or two changes the year or month pillar and the 대운, so both "
                        "charts are shown.");
            break;
        case BoundaryKind::HourBranch:
            text = (boundaryAfter ? tr("The birth is %n second(s) before the hour changes (%1, local mean time %2).",
                                       nullptr, int(distance))
                                  : tr("The birth is %n second(s) after the hour changes (%1, local mean time %2).",
                                       nullptr, int(distance)))
                       .arg(b.label, formatLocalSeconds(b.utc + chart->pillars.lmtOffset).mid(11, 8))
                   + QLatin1Char(' ') + tr("A minute or two changes the hour pillar, so both charts are shown.");
            break;
        case BoundaryKind::DayChange:
            text = (boundaryAfter ? tr("The birth is %n second(s) before the day changes at 00:00 local mean time.",
                                       nullptr, int(distance))
                                  : tr("The birth is %n second(s) after the day changes at 00:00 local mean time.",
                                       nullptr, int(distance)))
                   + QLatin1Char(' ') + tr("A minute or two changes the day pillar, so both charts are shown.");
            break;
        case BoundaryKind::SolarTermDay:
            text = tr("The birth time is unknown and the solar term %1 begins on this day at %2 Korean time: the "
                      "year and month pillars depend on whether the birth was before it. Enter the birth time "
                      "to decide.")
                       .arg(b.label, koreanTime(b.utc).mid(11, 5));
            break;
        }
        m_warnings << text;
        auto *label = new QLabel(text, m_body);
        label->setObjectName(QStringLiteral("boundaryWarning_%1").arg(index));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, caution);
        label->setPalette(pal);
        column->addWidget(label);

        // Chronological order: the side before the boundary on the left.
        const SajuChart &other = *b.other;
        const bool thisBefore = b.secondsFromBirth > 0;
        QString thisTitle, otherTitle;
        if (b.kind == BoundaryKind::SolarTermDay) {
            thisTitle = thisBefore ? tr("If born before %1 (shown above)").arg(b.label)
                                   : tr("If born at or after %1 (shown above)").arg(b.label);
            otherTitle = thisBefore ? tr("If born at or after %1").arg(b.label) : tr("If born before %1").arg(b.label);
        } else {
            thisTitle = tr("As entered (shown above)");
            otherTitle = tr("At %1").arg(b.otherTime.mid(11, 5));
        }
        auto *pair = new QHBoxLayout;
        auto *mine = new MiniChart(m_body);
        mine->setObjectName(QStringLiteral("boundaryThisChart_%1").arg(index));
        mine->setChart(thisTitle, *chart, other);
        auto *theirs = new MiniChart(m_body);
        theirs->setObjectName(QStringLiteral("boundaryOtherChart_%1").arg(index));
        theirs->setChart(otherTitle, other, *chart);
        pair->addWidget(thisBefore ? mine : theirs, 1);
        pair->addSpacing(12);
        pair->addWidget(thisBefore ? theirs : mine, 1);
        column->addLayout(pair);
        ++index;
    }
    layout()->addWidget(m_body);
    show();
}

// ---- TraceView ------------------------------------------------------------------------------

TraceView::TraceView(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_body(new QLabel(this))
{
    m_toggle->setObjectName(QStringLiteral("traceToggleButton"));
    m_body->setObjectName(QStringLiteral("traceLabel"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::RightArrow);
    m_body->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);
    connect(m_toggle, &QToolButton::toggled, this, &TraceView::setExpanded);
}

bool TraceView::isExpanded() const
{
    return m_toggle->isChecked();
}

void TraceView::setExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded)
        m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

void TraceView::setChart(const SajuChart *chart)
{
    m_toggle->setText(tr("How this was calculated"));
    m_toggle->setToolTip(tr("Every correction from the clock time you entered to the four pillars"));
    m_plain.clear();
    if (!chart) {
        m_body->clear();
        hide();
        return;
    }
    QString rows;
    QStringList lines;
    const QString muted = theme::mutedText(palette()).name();
    for (const TraceEntry &e : chart->trace) {
        const QString label = traceStepLabel(e.step);
        lines << label + QStringLiteral(": ") + e.value
                     + (e.note.isEmpty() ? QString() : QStringLiteral(" — ") + e.note);
        rows += QStringLiteral("<tr><td style='padding:2px 10px 2px 0; white-space:nowrap'><b>%1</b></td>"
                               "<td style='padding:2px 10px 2px 0; white-space:nowrap'>%2</td></tr>"
                               "<tr><td></td><td style='padding:0 0 6px 0; color:%4'>%3</td></tr>")
                    .arg(label.toHtmlEscaped(), e.value.toHtmlEscaped(), e.note.toHtmlEscaped(), muted);
    }
    m_plain = lines.join(QLatin1Char('\n'));
    m_body->setText(QStringLiteral("<table>%1</table>").arg(rows));
    show();
}

} // namespace sajudesk
