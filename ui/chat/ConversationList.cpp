// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationList.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sajudesk {

ConversationList::ConversationList(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_newButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("conversationListPanel"));
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_newButton->setObjectName(QStringLiteral("newConversationButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteConversationButton"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    setMinimumWidth(150);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_deleteButton);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        emit currentChanged(row >= 0 && row < m_entries.size() ? m_entries.at(row).id : QString());
    });
    connect(m_newButton, &QPushButton::clicked, this, &ConversationList::newRequested);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConversationList::deleteRequested);
    retranslateUi();
}

void ConversationList::setEntries(const QList<Entry> &entries, const QString &currentId)
{
    const QSignalBlocker blocker(m_list);
    m_entries = entries;
    m_list->clear();
    int current = -1;
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        auto *item = new QListWidgetItem(e.title.isEmpty() ? tr("New conversation") : e.title, m_list);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(QLocale().toString(e.updatedAt.toLocalTime(), QLocale::ShortFormat));
        if (e.id == currentId)
            current = i;
    }
    m_list->setCurrentRow(current);
}

QString ConversationList::currentId() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : QString();
}

int ConversationList::count() const
{
    return m_list->count();
}

void ConversationList::setDeleteEnabled(bool enabled)
{
    m_deleteButton->setEnabled(enabled);
}

void ConversationList::retranslateUi()
{
    m_newButton->setText(tr("New"));
    m_newButton->setToolTip(tr("Start a new conversation (Ctrl+N)"));
    m_deleteButton->setText(tr("Delete"));
    m_deleteButton->setToolTip(tr("Delete the selected conversation"));
    m_list->setAccessibleName(tr("Conversations"));
    for (int i = 0; i < m_list->count() && i < m_entries.size(); ++i) {
        if (m_entries.at(i).title.isEmpty())
            m_list->item(i)->setText(tr("New conversation"));
    }
}

void ConversationList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sajudesk
