// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace sajudesk {

/// The saved conversations beside the transcript (most recent first) with New and Delete. It only
/// shows and selects; the pane owns the conversations. Issue 11 grows it (search, pins, trash).
class ConversationList : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        QString id;
        QString title; ///< empty: "New conversation"
        QDateTime updatedAt;
    };

    explicit ConversationList(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries, const QString &currentId);
    QString currentId() const;
    int count() const;
    void setDeleteEnabled(bool enabled);

signals:
    void currentChanged(const QString &id);
    void newRequested();
    void deleteRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QListWidget *m_list;
    QPushButton *m_newButton;
    QPushButton *m_deleteButton;
    QList<Entry> m_entries;
};

} // namespace sajudesk
