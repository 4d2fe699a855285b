// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace sajudesk {

/// Lays its items out left to right at their size hints and starts a new line when the next one
/// does not fit. A row of options in a form field (Solar · Lunar · Leap month) then stays beside
/// its label in a narrow column, wrapping its own buttons, instead of the whole field dropping
/// under the label (QFormLayout::WrapLongRows wraps a row whose field's minimum width does not fit).
class FlowLayout : public QLayout
{
    Q_OBJECT
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;
    Q_DISABLE_COPY(FlowLayout)

    void addItem(QLayoutItem *item) override;
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    /// As wide as the widest item: narrower, an item would be cut off.
    QSize minimumSize() const override;
    /// Everything on one line.
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Lays the items out in `rect` (only measures unless `apply`); returns the height used.
    int place(const QRect &rect, bool apply) const;
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};

} // namespace sajudesk
