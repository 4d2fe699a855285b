// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace sajudesk {

/// An inline bar that explains what is missing (usually an API key) with a button to open
/// Settings > API Keys and, when no key is set at all, one to try demo mode. Never a dialog.
class KeyNotice : public QFrame
{
    Q_OBJECT
public:
    /// `prefix` namespaces the child objectNames, e.g. "chat" → chatNoticeLabel, chatOpenKeysButton.
    explicit KeyNotice(const QString &prefix, QWidget *parent = nullptr);

    void setMessage(const QString &text);
    QString message() const;
    void setDemoOffered(bool offered);

signals:
    void openKeysRequested();
    void tryDemoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label;
    QPushButton *m_openKeysButton;
    QPushButton *m_demoButton;
};

} // namespace sajudesk
