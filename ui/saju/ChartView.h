// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace sajudesk {

namespace saju {
class SajuSession;
struct SajuChart;
} // namespace saju
class BoundaryView;
class ElementBars;
class GlyphTile;
class TraceView;

/// The 만세력 chart of the session's person: the four pillars hour → year (the Korean order)
/// as element-coloured Hanja tiles with their Hangul, 십성 above the stems and below the
/// branches, the 지장간 and 12운성 rows, 공망 marked on the branches, the day master, the
/// element counts as bars, the UTC instant and local mean time used, cautions, the two
/// candidate charts near a boundary and the collapsible calculation trace. Export and Print
/// buttons sit in its header.
///
/// Object names for tests: pillarHeader_<pos>, stemGod_<pos>, stemTile_<pos>, branchTile_<pos>,
/// branchGod_<pos>, hiddenStems_<pos>, twelveStage_<pos> (pos = year, month, day, hour).
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(saju::SajuSession *session, QWidget *parent = nullptr);
    ~ChartView() override;

    /// "壬申 戊申 甲戌 丁卯" (year → hour), empty without a chart.
    QString pillarsText() const;
    /// The part saved as PNG and printed: title, pillars, summary (no buttons, no trace).
    QWidget *chartArea() const { return m_area; }
    TraceView *traceView() const { return m_trace; }
    BoundaryView *boundaryView() const { return m_boundaries; }

    /// Marks a pillar ("year", "month", "day", "hour") or, with an empty position, the whole
    /// chart, with the server's message beside it; focuses it. An empty message clears the mark.
    void markPillar(const QString &position, const QString &message);
    QString markedPillar() const { return m_markedPillar; }
    /// Brings the widgets up to date with the session now (they are refreshed lazily while
    /// hidden), e.g. before the chart area is rendered into an image.
    void ensureUpToDate();
    /// Focuses a pillar's stem tile ("year" … "hour"), or the chart for an empty position.
    void focusPillar(const QString &position);

signals:
    void exportRequested(const QString &format); ///< "txt", "json", "png", "pdf"
    void printRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildGrid(QWidget *host);
    void refresh();
    void redraw();
    void showChart(const saju::SajuChart &chart);
    void retranslateUi();
    QStringList notesFor(const saju::SajuChart &chart) const;

    saju::SajuSession *m_session;
    QWidget *m_area;
    QLabel *m_title;
    QLabel *m_empty;
    QWidget *m_grid;
    QLabel *m_rowLabels[6] = {};
    QLabel *m_heads[4] = {};
    QLabel *m_stemGods[4] = {};
    GlyphTile *m_stems[4] = {};
    GlyphTile *m_branches[4] = {};
    QLabel *m_branchGods[4] = {};
    QLabel *m_hidden[4] = {};
    QLabel *m_stages[4] = {};
    QLabel *m_markLabel;
    QLabel *m_summary;
    QLabel *m_elementsTitle;
    ElementBars *m_bars;
    QLabel *m_time;
    QLabel *m_notes;
    BoundaryView *m_boundaries;
    TraceView *m_trace;
    QPushButton *m_exportButton;
    QPushButton *m_printButton;
    QString m_markedPillar;
    QString m_markMessage;
    bool m_stale = false;
};

} // namespace sajudesk
