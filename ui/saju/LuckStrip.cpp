// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/LuckStrip.h"

#include "ThemeColors.h"
#include "saju/ElementStyle.h"
#include "saju/SajuSession.h"
#include "saju/SolarTerms.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShowEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace sajudesk {

using namespace saju;

namespace {

constexpr int kTile = 38;

QFont scaled(const QFont &font, qreal factor)
{
    QFont f = font;
    f.setPointSizeF(font.pointSizeF() * factor);
    return f;
}

} // namespace

// ---- LuckCell -------------------------------------------------------------------------------

LuckCell::LuckCell(QWidget *parent)
    : QAbstractButton(parent)
{
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void LuckCell::setPeriod(const QString &label, const Pillar &pillar, const QString &stemGod, const QString &branchGod)
{
    m_label = label;
    m_pillar = pillar;
    m_stemGod = stemGod;
    m_branchGod = branchGod;
    setText(label + QLatin1Char(' ') + pillar.hanja());
    setAccessibleName(
        QStringLiteral("%1: %2 %3, %4 / %5").arg(label, pillar.hanja(), pillar.hangul(), stemGod, branchGod));
    setToolTip(QStringLiteral("%1 %2 (%3)\n%4 / %5").arg(label, pillar.hanja(), pillar.hangul(), stemGod, branchGod));
    update();
}

void LuckCell::setCurrent(bool current)
{
    m_current = current;
    update();
}

QSize LuckCell::sizeHint() const
{
    const QFontMetrics fm(font());
    const QFontMetrics small(scaled(font(), 0.8));
    const int width = std::max({kTile + 20, small.horizontalAdvance(m_stemGod) + 8,
                                small.horizontalAdvance(m_branchGod) + 8, fm.horizontalAdvance(m_label) + 14});
    return {std::min(width, 96), fm.height() + 2 * small.height() + 2 * kTile + 22};
}

void LuckCell::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath path;
    path.addRoundedRect(frame, 6, 6);
    if (isChecked()) {
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(55);
        p.fillPath(path, fill);
    }
    const bool strong = m_current || hasFocus();
    p.setPen(QPen(strong ? palette().color(QPalette::Highlight) : tileOutline(palette()), strong ? 2.5 : 1));
    p.drawPath(path);

    const QFontMetrics fm(font());
    const QFont smallFont = scaled(font(), 0.8);
    const QFontMetrics small(smallFont);
    int y = 4;
    QRect labelRect(2, y, width() - 4, fm.height());
    if (m_current) {
        // The period now in force: its label on the highlight colour.
        const int w = std::min(width() - 6, fm.horizontalAdvance(m_label) + 10);
        QPainterPath pill;
        pill.addRoundedRect(QRectF((width() - w) / 2.0, y, w, fm.height()), 4, 4);
        p.fillPath(pill,
                   theme::fillBehind(palette().color(QPalette::Highlight), palette().color(QPalette::HighlightedText)));
        p.setPen(palette().color(QPalette::HighlightedText));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
    } else {
        p.setPen(palette().color(QPalette::WindowText));
        p.setFont(font());
    }
    p.drawText(labelRect, Qt::AlignCenter, fm.elidedText(m_label, Qt::ElideRight, labelRect.width()));
    y += fm.height() + 3;

    p.setFont(smallFont);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(2, y, width() - 4, small.height()), Qt::AlignCenter,
               small.elidedText(m_stemGod, Qt::ElideRight, width() - 6));
    y += small.height() + 2;
    const int tileX = (width() - kTile) / 2;
    paintGlyphTile(p, QRect(tileX, y, kTile, kTile), stemElement(m_pillar.stem), stemHanja(m_pillar.stem), QString(),
                   font(), palette(), 1.5);
    y += kTile + 2;
    paintGlyphTile(p, QRect(tileX, y, kTile, kTile), branchElement(m_pillar.branch), branchHanja(m_pillar.branch),
                   QString(), font(), palette(), 1.5);
    y += kTile + 2;
    p.setFont(smallFont);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(2, y, width() - 4, small.height()), Qt::AlignCenter,
               small.elidedText(m_branchGod, Qt::ElideRight, width() - 6));
}

// ---- LuckStrip ------------------------------------------------------------------------------

LuckStrip::LuckStrip(SajuSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_luckTitle(new QLabel(this))
    , m_luckSummary(new QLabel(this))
    , m_annualTitle(new QLabel(this))
    , m_monthlyTitle(new QLabel(this))
    , m_thisYearButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("luckStrip"));
    m_luckSummary->setObjectName(QStringLiteral("luckSummaryLabel"));
    m_monthlyTitle->setObjectName(QStringLiteral("monthlyTitleLabel"));
    m_thisYearButton->setObjectName(QStringLiteral("thisYearButton"));
    m_luckSummary->setWordWrap(true);
    m_luckSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *title : {m_luckTitle, m_annualTitle, m_monthlyTitle}) {
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setWordWrap(true); // never wider than a narrow window
    }
    m_luckScroll = makeRow(m_luckHost, m_luckRow, QStringLiteral("luckRow"));
    m_annualScroll = makeRow(m_annualHost, m_annualRow, QStringLiteral("annualRow"));
    m_monthlyScroll = makeRow(m_monthlyHost, m_monthlyRow, QStringLiteral("monthlyRow"));

    auto *annualHead = new QHBoxLayout;
    annualHead->addWidget(m_annualTitle);
    annualHead->addStretch(1);
    annualHead->addWidget(m_thisYearButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_luckTitle);
    layout->addWidget(m_luckSummary);
    layout->addWidget(m_luckScroll);
    layout->addSpacing(6);
    layout->addLayout(annualHead);
    layout->addWidget(m_annualScroll);
    layout->addSpacing(6);
    layout->addWidget(m_monthlyTitle);
    layout->addWidget(m_monthlyScroll);

    connect(m_thisYearButton, &QPushButton::clicked, this,
            [this] { m_session->setSelectedYear(m_session->currentSajuYear()); });
    connect(m_session, &SajuSession::chartChanged, this, &LuckStrip::refresh);
    connect(m_session, &SajuSession::selectedYearChanged, this, &LuckStrip::refresh);
    retranslateUi();
    refresh();
}

QScrollArea *LuckStrip::makeRow(QWidget *&host, QHBoxLayout *&layout, const QString &name)
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(name + QStringLiteral("ScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    host = new QWidget(scroll);
    host->setObjectName(name);
    layout = new QHBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    // Right to left like the chart: the earliest period on the right.
    layout->setDirection(QBoxLayout::RightToLeft);
    scroll->setWidget(host);
    return scroll;
}

// A row is one cell high plus its scroll bar; the scroll area would otherwise guess.
static void fitRow(QScrollArea *scroll, QWidget *host)
{
    scroll->setFixedHeight(host->sizeHint().height() + scroll->horizontalScrollBar()->sizeHint().height() + 4);
}

void LuckStrip::clearRow(QHBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QString LuckStrip::luckSummary() const
{
    return m_luckSummary->text();
}

void LuckStrip::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const bool chart = m_session->chart() != nullptr;
    setVisible(chart);
    // Thirty-odd cells are built only when someone can see them (not at start-up, before the
    // tab is opened); showEvent() catches up.
    m_stale = chart && !isVisible();
    if (chart && !m_stale) {
        fillLuck();
        fillAnnual();
        fillMonthly();
    }
    m_refreshing = false;
}

void LuckStrip::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void LuckStrip::fillLuck()
{
    clearRow(m_luckRow);
    const SajuChart *chart = m_session->chart();
    if (!chart->luck) {
        m_luckSummary->setText(
            chart->luckStatus == LuckStatus::NoGender
                ? tr("Choose a gender in the form to see the luck pillars (대운): it decides their direction.")
                : tr("No luck pillars (대운): the solar term they start from lies outside 1900–2100."));
        m_luckScroll->hide();
        return;
    }
    const LuckCycle &l = *chart->luck;
    QString summary = tr("Direction %1, start age (대운수) %2: the first begins %3 y %4 m %5 d after birth (%6).")
                          .arg(luckDirectionDisplayName(l.direction))
                          .arg(l.startAge)
                          .arg(l.start.years)
                          .arg(l.start.months)
                          .arg(l.start.days)
                          .arg(l.startDate.toString());
    if (l.fromNoon)
        summary += QLatin1Char(' ') + tr("Birth time unknown: measured from 12:00.");
    m_luckSummary->setText(summary);
    m_luckScroll->show();
    const int current = m_session->currentLuckIndex();
    for (int i = 0; i < int(l.pillars.size()); ++i) {
        const LuckPillar &lp = l.pillars[std::size_t(i)];
        auto *cell = new LuckCell(m_luckHost);
        cell->setObjectName(QStringLiteral("luckPillar%1Button").arg(i));
        cell->setCheckable(false);
        cell->setPeriod(tr("Age %1").arg(lp.age), lp.pillar, tenGodDisplayName(lp.stemGod),
                        tenGodDisplayName(lp.branchGod));
        cell->setToolTip(cell->toolTip() + QLatin1Char('\n') + tr("From %1").arg(lp.year));
        cell->setCurrent(i == current);
        const int year = lp.year;
        connect(cell, &LuckCell::clicked, this, [this, year] { m_session->setSelectedYear(year); });
        m_luckRow->addWidget(cell);
        cell->show(); // now, not on the next event-loop turn: fitRow() measures it
    }
    m_luckRow->addStretch(1);
    fitRow(m_luckScroll, m_luckHost);
}

void LuckStrip::fillAnnual()
{
    clearRow(m_annualRow);
    if (!m_session->chart())
        return;
    const int current = m_session->currentSajuYear();
    LuckCell *selected = nullptr;
    for (const LuckPeriod &y : m_session->annualLuck()) {
        auto *cell = new LuckCell(m_annualHost);
        cell->setObjectName(QStringLiteral("annualLuck%1Button").arg(y.year));
        cell->setPeriod(QString::number(y.year), y.pillar, tenGodDisplayName(y.stemGod),
                        tenGodDisplayName(y.branchGod));
        if (y.hasInstants)
            cell->setToolTip(
                cell->toolTip() + QLatin1Char('\n')
                + tr("From %1 (立春)").arg(formatLocalSeconds(y.startUtc + koreaUtcOffsetAt(y.startUtc)).left(16)));
        cell->setCurrent(y.year == current);
        cell->setChecked(y.year == m_session->selectedYear());
        if (cell->isChecked())
            selected = cell;
        const int year = y.year;
        connect(cell, &LuckCell::clicked, this, [this, year] { m_session->setSelectedYear(year); });
        m_annualRow->addWidget(cell);
        cell->show();
    }
    m_annualRow->addStretch(1);
    fitRow(m_annualScroll, m_annualHost);
    m_thisYearButton->setEnabled(m_session->selectedYear() != current);
    if (selected) {
        // Layouts settle after this returns; then the chosen year can be scrolled into view.
        QTimer::singleShot(0, selected, [scroll = m_annualScroll, selected] { scroll->ensureWidgetVisible(selected); });
    }
}

void LuckStrip::fillMonthly()
{
    clearRow(m_monthlyRow);
    if (!m_session->chart())
        return;
    m_monthlyTitle->setText(
        tr("Monthly luck (월운) of %1, each month from its solar term").arg(m_session->selectedYear()));
    const int current = m_session->currentMonthIndex();
    for (const LuckPeriod &m : m_session->monthlyLuck()) {
        auto *cell = new LuckCell(m_monthlyHost);
        cell->setObjectName(QStringLiteral("monthlyLuck%1Button").arg(m.month));
        cell->setCheckable(false);
        QString label = tr("Month %1").arg(m.month);
        cell->setPeriod(label, m.pillar, tenGodDisplayName(m.stemGod), tenGodDisplayName(m.branchGod));
        if (m.hasInstants)
            cell->setToolTip(cell->toolTip() + QLatin1Char('\n')
                             + tr("From %1 (%2)")
                                   .arg(formatLocalSeconds(m.startUtc + koreaUtcOffsetAt(m.startUtc)).left(16),
                                        jieNameHanja(m.jie) + QLatin1Char(' ') + jieNameHangul(m.jie)));
        cell->setCurrent(m.month == current);
        m_monthlyRow->addWidget(cell);
        cell->show();
    }
    m_monthlyRow->addStretch(1);
    fitRow(m_monthlyScroll, m_monthlyHost);
}

void LuckStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

void LuckStrip::retranslateUi()
{
    m_luckTitle->setText(tr("Luck pillars (대운), ten years each"));
    m_annualTitle->setText(tr("Yearly luck (세운): choose a year to see its months"));
    m_thisYearButton->setText(tr("This year"));
    m_thisYearButton->setToolTip(tr("Show the yearly and monthly luck of the current year"));
}

} // namespace sajudesk
