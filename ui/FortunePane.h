// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace sajudesk {

/// The saju / fortune area: birth form, local four-pillar preview and the fortune result.
class FortunePane : public QWidget
{
    Q_OBJECT
public:
    explicit FortunePane(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_titleLabel;
};

} // namespace sajudesk
