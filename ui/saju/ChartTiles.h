// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/Ganzhi.h"

#include <QWidget>

#include <array>
#include <optional>

namespace sajudesk {

/// One stem or branch of the chart: the Hanja large on its element's colour, the Hangul and
/// element small below, an optional badge (공망) in the corner. Without a glyph it is an empty
/// dashed tile with "?" (the hour of an unknown birth time).
class GlyphTile : public QWidget
{
    Q_OBJECT
public:
    explicit GlyphTile(QWidget *parent = nullptr);

    void setGlyph(saju::Element element, const QString &glyph, const QString &caption);
    void setUnknown();
    /// Small text in the top right corner (e.g. 공망), empty for none.
    void setBadge(const QString &badge);

    QString glyph() const { return m_glyph; }
    QString caption() const { return m_caption; }
    QString badge() const { return m_badge; }
    std::optional<saju::Element> element() const { return m_element; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<saju::Element> m_element;
    QString m_glyph;
    QString m_caption;
    QString m_badge;
};

/// The element counts as a small horizontal bar chart, one row per element in its colour.
class ElementBars : public QWidget
{
    Q_OBJECT
public:
    explicit ElementBars(QWidget *parent = nullptr);

    void setCounts(const std::array<int, 5> &counts);
    const std::array<int, 5> &counts() const { return m_counts; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateDescription();
    int labelWidth() const;

    std::array<int, 5> m_counts{};
};

} // namespace sajudesk
