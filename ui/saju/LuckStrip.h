// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/Ganzhi.h"

#include <QAbstractButton>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace sajudesk {

namespace saju {
class SajuSession;
}

/// One period of the luck strip, drawn as a 만세력 prints it: the label (age, year or month)
/// on top, the stem's ten god, the stem and branch as element tiles, the branch's ten god.
/// Checkable (the 세운 year whose 월운 are open); the period now in force has a highlighted
/// outline and a "now" mark.
class LuckCell : public QAbstractButton
{
    Q_OBJECT
public:
    explicit LuckCell(QWidget *parent = nullptr);

    void setPeriod(const QString &label, const saju::Pillar &pillar, const QString &stemGod, const QString &branchGod);
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    QString label() const { return m_label; }
    saju::Pillar pillar() const { return m_pillar; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_label;
    saju::Pillar m_pillar;
    QString m_stemGod;
    QString m_branchGod;
    bool m_current = false;
};

/// 대운 (ten pillars with their start ages, the current one highlighted), 세운 (the selected
/// year ± 5) and 월운 (the twelve months of the selected year) of the session's chart, each a
/// row read right to left like the chart. Clicking a year opens its 월운; clicking a 대운
/// jumps to its first year.
///
/// Object names: luckPillar<0..9>Button (chronological), annualLuck<year>Button,
/// monthlyLuck<1..12>Button.
class LuckStrip : public QWidget
{
    Q_OBJECT
public:
    explicit LuckStrip(saju::SajuSession *session, QWidget *parent = nullptr);

    /// The line above the 대운 row (direction and start, or why there is no 대운).
    QString luckSummary() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void retranslateUi();
    void fillLuck();
    void fillAnnual();
    void fillMonthly();
    QScrollArea *makeRow(QWidget *&host, QHBoxLayout *&layout, const QString &name);
    void clearRow(QHBoxLayout *layout);

    saju::SajuSession *m_session;
    QLabel *m_luckTitle;
    QLabel *m_luckSummary;
    QLabel *m_annualTitle;
    QLabel *m_monthlyTitle;
    QPushButton *m_thisYearButton;
    QScrollArea *m_luckScroll;
    QScrollArea *m_annualScroll;
    QScrollArea *m_monthlyScroll;
    QWidget *m_luckHost = nullptr;
    QWidget *m_annualHost = nullptr;
    QWidget *m_monthlyHost = nullptr;
    QHBoxLayout *m_luckRow = nullptr;
    QHBoxLayout *m_annualRow = nullptr;
    QHBoxLayout *m_monthlyRow = nullptr;
    bool m_stale = false;
    bool m_refreshing = false;
};

} // namespace sajudesk
