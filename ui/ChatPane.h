// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace sajudesk {

/// The chat area: transcript above, input box and Send below.
class ChatPane : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPane(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTextBrowser *m_transcript;
    QPlainTextEdit *m_input;
    QPushButton *m_sendButton;
    QLabel *m_statusLabel;
};

} // namespace sajudesk
