// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationList.h"

#include "ClearButton.h"
#include "chat/ConversationDelegate.h"
#include "chat/ConversationFilterModel.h"
#include "chat/ConversationListModel.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sajudesk {

namespace {

constexpr int undoMs = 10000; // long enough to notice a slip, short enough not to linger
ConversationList::FileDialog s_fileDialog;

QAction *makeAction(QObject *parent, const char *name)
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1String(name));
    return action;
}

} // namespace

ConversationList::ConversationList(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_undoBar(new QWidget(this))
    , m_undoLabel(new QLabel(m_undoBar))
    , m_undoButton(new QPushButton(m_undoBar))
    , m_undoTimer(new QTimer(this))
    , m_newButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_moreButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("conversationListPanel"));
    m_search->setObjectName(QStringLiteral("conversationSearchEdit"));
    m_view->setObjectName(QStringLiteral("conversationList"));
    m_undoBar->setObjectName(QStringLiteral("conversationUndoBar"));
    m_undoButton->setObjectName(QStringLiteral("conversationUndoButton"));
    m_undoTimer->setObjectName(QStringLiteral("conversationUndoTimer"));
    m_newButton->setObjectName(QStringLiteral("newConversationButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteConversationButton"));
    m_moreButton->setObjectName(QStringLiteral("conversationMoreButton"));
    enableClearButtonWithText(m_search);
    m_search->installEventFilter(this);
    m_view->setItemDelegate(new ConversationDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    m_undoLabel->setWordWrap(true);
    m_undoBar->hide();
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(undoMs);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred); // its menu arrow stays whole
    // U+2026, not U+22EF: the default sans font (DejaVu Sans) has it, so no fallback font is loaded.
    m_moreButton->setText(QStringLiteral("…"));
    setMinimumWidth(150);

    // Actions of the context menu and the … menu; found by objectName in tests.
    auto *rename = makeAction(this, "renameConversationAction");
    auto *suggest = makeAction(this, "suggestTitleAction");
    auto *pin = makeAction(this, "pinConversationAction");
    auto *exportMd = makeAction(this, "exportMarkdownAction");
    auto *exportJson = makeAction(this, "exportJsonAction");
    auto *import = makeAction(this, "importConversationsAction");
    auto *remove = makeAction(this, "deleteConversationsAction");
    connect(rename, &QAction::triggered, this, [this] { editTitle(currentId()); });
    connect(suggest, &QAction::triggered, this, [this] {
        if (!currentId().isEmpty())
            emit suggestTitleRequested(currentId());
    });
    connect(pin, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.isEmpty())
            return;
        // One state for the whole selection: pin all unless every one is pinned already.
        bool allPinned = true;
        for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
            allPinned = allPinned && index.data(ConversationListModel::PinnedRole).toBool();
        emit pinRequested(ids, !allPinned);
    });
    connect(exportMd, &QAction::triggered, this,
            [this] { emit exportRequested(selectedIds(), ConversationExport::Format::Markdown); });
    connect(exportJson, &QAction::triggered, this,
            [this] { emit exportRequested(selectedIds(), ConversationExport::Format::Json); });
    connect(import, &QAction::triggered, this, &ConversationList::importRequested);
    connect(remove, &QAction::triggered, this, [this] { emit deleteRequested(selectedIds()); });
    auto *more = new QMenu(m_moreButton);
    more->addAction(import);
    more->addAction(exportMd);
    more->addAction(exportJson);
    m_moreButton->setMenu(more);

    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(4, 2, 0, 2);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(m_undoButton, 0, Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_undoBar);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_moreButton);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ConversationList::searchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_view->model() && m_view->model()->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_view->model()->index(0, 0));
        }
    });
    connect(m_view, &QListView::customContextMenuRequested, this, &ConversationList::showContextMenu);
    connect(m_newButton, &QPushButton::clicked, this, &ConversationList::newRequested);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { emit deleteRequested(selectedIds()); });
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        hideUndo();
        emit undoRequested();
    });
    connect(m_undoTimer, &QTimer::timeout, this, &ConversationList::hideUndo);
    retranslateUi();
}

void ConversationList::setModel(ConversationFilterModel *filter)
{
    m_filter = filter;
    m_view->setModel(filter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_settingCurrent && current.isValid())
            onActivated(current);
    });
}

void ConversationList::onActivated(const QModelIndex &index)
{
    const QString id = idAt(index);
    if (m_filter && m_filter->isFiltering())
        emit hitOpened(id, index.data(ConversationFilterModel::HitMessageIdRole).toString());
    else
        emit currentChanged(id);
}

QString ConversationList::idAt(const QModelIndex &index) const
{
    return index.data(ConversationListModel::IdRole).toString();
}

void ConversationList::setCurrentId(const QString &id)
{
    if (!m_filter)
        return;
    m_settingCurrent = true;
    QModelIndex found;
    for (int row = 0; !id.isEmpty() && row < m_filter->rowCount(); ++row) {
        if (idAt(m_filter->index(row, 0)) == id) {
            found = m_filter->index(row, 0);
            break;
        }
    }
    if (found.isValid()) {
        // Already current: a multi-selection the user is making stays as it is.
        if (m_view->currentIndex() != found)
            m_view->selectionModel()->setCurrentIndex(found, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(found);
    } else {
        m_view->selectionModel()->clear();
    }
    m_settingCurrent = false;
}

QString ConversationList::currentId() const
{
    return idAt(m_view->currentIndex());
}

QStringList ConversationList::selectedIds() const
{
    QStringList ids;
    if (!m_view->selectionModel())
        return ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(idAt(index));
    if (ids.isEmpty() && m_view->currentIndex().isValid())
        ids.append(currentId());
    return ids;
}

int ConversationList::count() const
{
    return m_view->model() ? m_view->model()->rowCount() : 0;
}

void ConversationList::setDeleteEnabled(bool enabled)
{
    m_deleteButton->setEnabled(enabled);
}

void ConversationList::editTitle(const QString &id)
{
    setCurrentId(id);
    if (m_view->currentIndex().isValid())
        m_view->edit(m_view->currentIndex());
}

void ConversationList::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ConversationList::showUndo(const QString &text)
{
    m_undoLabel->setText(text);
    m_undoBar->show();
    m_undoTimer->start();
}

void ConversationList::hideUndo()
{
    m_undoTimer->stop();
    m_undoBar->hide();
}

bool ConversationList::isUndoShown() const
{
    return !m_undoBar->isHidden();
}

void ConversationList::setFileDialogForTesting(FileDialog dialog)
{
    s_fileDialog = std::move(dialog);
}

QString ConversationList::askFile(bool save, const QString &suggested)
{
    if (s_fileDialog)
        return s_fileDialog(this, save, suggested);
    if (save)
        return QFileDialog::getSaveFileName(this, tr("Export Conversations"), suggested);
    return QFileDialog::getOpenFileName(this, tr("Import Conversations"), QString(),
                                        tr("Conversations (*.json);;All files (*)"));
}

void ConversationList::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        if (!m_view->selectionModel()->isSelected(index))
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        const bool several = selectedIds().size() > 1;
        auto *pin = findChild<QAction *>(QStringLiteral("pinConversationAction"));
        pin->setText(index.data(ConversationListModel::PinnedRole).toBool() ? tr("Unpin") : tr("Pin"));
        if (!several) {
            menu.addAction(findChild<QAction *>(QStringLiteral("renameConversationAction")));
            menu.addAction(findChild<QAction *>(QStringLiteral("suggestTitleAction")));
        }
        menu.addAction(pin);
        menu.addSeparator();
        menu.addAction(findChild<QAction *>(QStringLiteral("exportMarkdownAction")));
        menu.addAction(findChild<QAction *>(QStringLiteral("exportJsonAction")));
        menu.addSeparator();
        menu.addAction(findChild<QAction *>(QStringLiteral("deleteConversationsAction")));
    } else {
        menu.addAction(findChild<QAction *>(QStringLiteral("importConversationsAction")));
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool ConversationList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::FocusIn) {
        // The user went there (not a window that was activated): reading every file is worth it.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::MouseFocusReason || reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason
            || reason == Qt::ShortcutFocusReason)
            emit searchFocused();
    }
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Down && count() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_view->model()->index(0, 0));
            return true;
        }
        if (watched == m_view && key->matches(QKeySequence::Delete)) { // the title editor keeps its own Delete
            emit deleteRequested(selectedIds());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationList::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search conversations"));
    m_search->setToolTip(tr("Search titles and messages (Ctrl+F); Esc clears"));
    m_newButton->setText(tr("New"));
    m_newButton->setToolTip(tr("Start a new conversation (Ctrl+N)"));
    m_deleteButton->setText(tr("Delete"));
    m_deleteButton->setToolTip(tr("Delete the selected conversations (Delete); Undo brings them back"));
    m_moreButton->setToolTip(tr("Import and export"));
    m_undoButton->setText(tr("Undo"));
    m_view->setAccessibleName(tr("Conversations"));
    findChild<QAction *>(QStringLiteral("renameConversationAction"))->setText(tr("Rename\tF2"));
    findChild<QAction *>(QStringLiteral("suggestTitleAction"))->setText(tr("Suggest Title"));
    findChild<QAction *>(QStringLiteral("pinConversationAction"))->setText(tr("Pin"));
    findChild<QAction *>(QStringLiteral("exportMarkdownAction"))->setText(tr("Export as Markdown…"));
    findChild<QAction *>(QStringLiteral("exportJsonAction"))->setText(tr("Export as JSON…"));
    findChild<QAction *>(QStringLiteral("importConversationsAction"))->setText(tr("Import…"));
    findChild<QAction *>(QStringLiteral("deleteConversationsAction"))->setText(tr("Delete\tDel"));
}

void ConversationList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sajudesk
