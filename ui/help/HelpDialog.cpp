// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/HelpDialog.h"

#include "WindowGeometry.h"
#include "core/LanguageManager.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sajudesk {

namespace {
constexpr int anchorRole = Qt::UserRole;

// The anchor a heading block carries (set by guide::apply), empty for other blocks.
QString blockAnchor(const QTextBlock &block)
{
    if (block.blockFormat().headingLevel() == 0)
        return {};
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QStringList names = it.fragment().charFormat().anchorNames();
        if (!names.isEmpty())
            return names.first();
    }
    return {};
}
} // namespace

HelpDialog::HelpDialog(LanguageManager *languages, QWidget *parent)
    : QDialog(parent)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("helpDialog"));
    m_contents = new QTreeWidget(this);
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setHeaderHidden(true);
    m_contents->setColumnCount(1);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    // Links are ours to follow: "#id" stays in the guide, web addresses go to the browser, nothing else.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDocumentMargin(12);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("helpFindEdit"));
    m_find->setClearButtonEnabled(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("helpStatusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *findAction = new QAction(this);
    findAction->setShortcuts(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    auto *nextAction = new QAction(this);
    nextAction->setShortcuts(QKeySequence::FindNext);
    nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(nextAction, &QAction::triggered, this, [this] { findNext(false); });
    auto *previousAction = new QAction(this);
    previousAction->setShortcuts(QKeySequence::FindPrevious);
    previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previousAction, &QAction::triggered, this, [this] { findNext(true); });
    addActions({findAction, nextAction, previousAction});
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(false); });

    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpDialog::followLink);
    connect(m_browser, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        // The address of a web link while the pointer is on it, as browsers show it.
        m_status->setText(url.scheme().startsWith(QLatin1String("http")) ? url.toString() : QString());
    });
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this, &HelpDialog::syncContents);
    connect(m_contents, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showSection(item->data(0, anchorRole).toString()); });
    connect(m_contents, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { showSection(item->data(0, anchorRole).toString()); });
    if (m_languages)
        connect(m_languages, &LanguageManager::languageChanged, this, &HelpDialog::loadGuide);

    m_splitter = new QSplitter(this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_contents);
    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_find);
    rightLayout->addWidget(m_browser, 1);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);

    const QScreen *screen = parent ? parent->screen() : this->screen();
    resize(windowgeometry::initial(screen->availableGeometry(), QSize(980, 700), QSize(520, 400)).size());
    m_splitter->setSizes({width() / 4, width() * 3 / 4});
    retranslateUi();
    loadGuide();
}

QString HelpDialog::wantedLanguage() const
{
    if (m_languages && !m_languages->effectiveLanguage().isEmpty())
        return m_languages->effectiveLanguage();
    return QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

void HelpDialog::loadGuide()
{
    const QString language = guide::languages().contains(wantedLanguage()) ? wantedLanguage() : QStringLiteral("en");
    if (language == m_language)
        return;
    // The same ids in both languages: the reader stays at the section they were reading.
    const QString section = m_language.isEmpty() ? QString() : currentSection();
    m_source = guide::load(language);
    m_language = language;
    guide::apply(m_browser->document(), m_source);

    m_contents->clear();
    QTreeWidgetItem *parent = nullptr;
    for (const guide::Heading &heading : std::as_const(m_source.headings)) {
        if (heading.level < 2 || heading.level > 3 || heading.anchor.isEmpty())
            continue;
        QTreeWidgetItem *item =
            heading.level == 2 || !parent ? new QTreeWidgetItem(m_contents) : new QTreeWidgetItem(parent);
        if (heading.level == 2)
            parent = item;
        item->setText(0, heading.title);
        item->setData(0, anchorRole, heading.anchor);
    }
    m_contents->expandAll();
    // The reader left the cursor at the end, and the view would follow it there when shown.
    m_browser->moveCursor(QTextCursor::Start);
    if (section.isEmpty() || !showSection(section)) {
        m_browser->verticalScrollBar()->setValue(0);
        m_contents->setCurrentItem(m_contents->topLevelItem(0));
    }
}

bool HelpDialog::showSection(const QString &anchor)
{
    if (anchor.isEmpty() || !guide::documentAnchors(m_browser->document()).contains(anchor))
        return false;
    m_browser->scrollToAnchor(anchor);
    // Selected here, not by syncContents(): near the end the view cannot scroll the heading to the top.
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        if ((*it)->data(0, anchorRole).toString() == anchor) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentItem(*it);
            m_contents->scrollToItem(*it);
            break;
        }
    }
    return true;
}

QString HelpDialog::currentSection() const
{
    const QTextDocument *document = m_browser->document();
    const int top = m_browser->verticalScrollBar()->value() + 2;
    QString current;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QString anchor = blockAnchor(block);
        if (anchor.isEmpty())
            continue;
        if (!current.isEmpty() && document->documentLayout()->blockBoundingRect(block).top() > top)
            break;
        current = anchor;
    }
    return current;
}

void HelpDialog::syncContents()
{
    const QScrollBar *bar = m_browser->verticalScrollBar();
    if (bar->value() == bar->maximum() && m_contents->currentItem())
        return; // at the end the last sections share the view; keep the one the user picked
    const QString section = currentSection();
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        if ((*it)->data(0, anchorRole).toString() == section) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentItem(*it);
            break;
        }
    }
}

void HelpDialog::followLink(const QUrl &url)
{
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        if (!showSection(url.fragment()))
            m_status->setText(tr("This part of the guide is missing: %1").arg(url.fragment()));
        return;
    }
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http") && scheme != QLatin1String("mailto"))
        return; // the guide links nowhere else; a stray file: or app link is not followed
    const bool opened = QDesktopServices::openUrl(url);
    if (!opened)
        m_status->setText(tr("No web browser could be opened. The address is %1").arg(url.toString()));
    emit externalLinkActivated(url, opened);
}

void HelpDialog::findNext(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Go round once from the other end, as browsers do.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    m_status->setText(found ? QString() : tr("“%1” is not in the guide.").arg(text));
}

void HelpDialog::retranslateUi()
{
    setWindowTitle(tr("SajuDesk User Guide"));
    m_contents->setAccessibleName(tr("Contents"));
    m_browser->setAccessibleName(tr("User guide"));
    m_find->setPlaceholderText(
        tr("Find in the guide (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_find->setAccessibleName(tr("Find in the guide"));
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        loadGuide();
    }
    QDialog::changeEvent(event);
}

} // namespace sajudesk
