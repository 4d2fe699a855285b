// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace sajudesk {

namespace saju {
struct SajuChart;
}
class GlyphTile;

/// The four pillars of a chart as small element tiles (hour → year, as the chart), with its
/// 대운수 below; pillars that differ from `reference` are marked. Used side by side for the two
/// candidate charts of a birth near a boundary.
class MiniChart : public QWidget
{
    Q_OBJECT
public:
    explicit MiniChart(QWidget *parent = nullptr);

    void setChart(const QString &title, const saju::SajuChart &chart, const saju::SajuChart &reference);
    /// "時 日 月 年" Hanja of the pillars shown, hour first ("?" for an unknown hour).
    QString pillarsText() const;

private:
    QLabel *m_title;
    QLabel *m_heads[4] = {};
    GlyphTile *m_stems[4] = {};
    GlyphTile *m_branches[4] = {};
    QLabel *m_luck;
};

/// Warnings for a birth within two minutes of a boundary (a 節 instant, an hour-branch edge,
/// the day change) or on the day of a 節 with the time unknown: what the boundary is, how far
/// the birth is from it, and both candidate charts side by side.
class BoundaryView : public QWidget
{
    Q_OBJECT
public:
    explicit BoundaryView(QWidget *parent = nullptr);

    /// Shows the chart's boundaries (in the UI language: call again after a language change);
    /// hides itself when there are none.
    void setChart(const saju::SajuChart *chart);
    /// The warning sentences shown, one per boundary.
    QStringList warnings() const { return m_warnings; }

private:
    QWidget *m_body = nullptr;
    QStringList m_warnings;
};

/// The collapsible "How this was calculated" box: the seven correction steps, each with its
/// value and note (CalculationTrace.h). Collapsed until the person opens it.
class TraceView : public QWidget
{
    Q_OBJECT
public:
    explicit TraceView(QWidget *parent = nullptr);

    /// Shows the chart's steps (in the UI language: call again after a language change).
    void setChart(const saju::SajuChart *chart);
    bool isExpanded() const;
    void setExpanded(bool expanded);
    /// The steps as plain text, one "label: value — note" line each.
    QString plainText() const { return m_plain; }

private:
    QToolButton *m_toggle;
    QLabel *m_body;
    QString m_plain;
};

} // namespace sajudesk
