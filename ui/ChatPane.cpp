// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatPane.h"

#include "AppServices.h"
#include "ChatSession.h"
#include "KeyNotice.h"
#include "chat/ConversationAutosaver.h"
#include "chat/ConversationStore.h"
#include "core/Logging.h"
#include "errors/RetryBanner.h"
#include "keys/KeyManager.h"

#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputMethod>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace sajudesk {

namespace {
bool s_confirmOverride = false;
bool s_confirmAnswer = true;
constexpr int flushIntervalMs = 40; // deltas are batched: at most ~25 layout passes a second
constexpr int inlineMessageMs = 8000;

QTextCharFormat plainFormat()
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Normal);
    format.setFontItalic(false);
    return format;
}
} // namespace

ChatPane::ChatPane(QWidget *parent)
    : QWidget(parent)
    , m_flushTimer(new QTimer(this))
    , m_inlineTimer(new QTimer(this))
    , m_list(new QListWidget(this))
    , m_newButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_notice(new KeyNotice(QStringLiteral("chat"), this))
    , m_transcript(new QTextBrowser(this))
    , m_retryBanner(new RetryBanner(QStringLiteral("chat"), this))
    , m_statusLabel(new QLabel(this))
    , m_retryAnswerButton(new QPushButton(this))
    , m_busyIndicator(new QProgressBar(this))
    , m_input(new QPlainTextEdit(this))
    , m_sendButton(new QPushButton(this))
    , m_stopButton(new QPushButton(this))
    , m_hintLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("chatPane"));
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_newButton->setObjectName(QStringLiteral("newConversationButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteConversationButton"));
    m_transcript->setObjectName(QStringLiteral("chatTranscript"));
    m_statusLabel->setObjectName(QStringLiteral("chatStatusLabel"));
    m_retryAnswerButton->setObjectName(QStringLiteral("retryAnswerButton"));
    m_busyIndicator->setObjectName(QStringLiteral("chatBusyIndicator"));
    m_input->setObjectName(QStringLiteral("chatInput"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_hintLabel->setObjectName(QStringLiteral("chatHintLabel"));

    m_list->setMinimumWidth(160);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_transcript->setOpenExternalLinks(true);
    m_transcript->setMinimumHeight(160);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->hide();
    m_retryAnswerButton->hide();
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumHeight(6);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->hide();
    m_input->setTabChangesFocus(true);
    m_input->setMinimumHeight(56);
    m_input->installEventFilter(this);
    m_stopButton->hide();
    m_sendButton->setDefault(false);
    QFont hintFont = m_hintLabel->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    m_hintLabel->setFont(hintFont);
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_deleteButton);
    leftLayout->addLayout(listButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    // Transcript above, composer below; the user can drag the border between them.
    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_transcript, 1);
    upperLayout->addWidget(m_busyIndicator);
    upperLayout->addWidget(m_retryBanner);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_retryAnswerButton, 0, Qt::AlignTop);
    upperLayout->addLayout(statusRow);
    auto *composer = new QWidget(this);
    auto *composerLayout = new QVBoxLayout(composer);
    composerLayout->setContentsMargins(0, 0, 0, 0);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    auto *sendColumn = new QVBoxLayout;
    sendColumn->addStretch(1);
    sendColumn->addWidget(m_sendButton);
    sendColumn->addWidget(m_stopButton);
    inputRow->addLayout(sendColumn);
    composerLayout->addLayout(inputRow, 1);
    composerLayout->addWidget(m_hintLabel);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("chatComposerSplitter"));
    vertical->addWidget(upper);
    vertical->addWidget(composer);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 0);
    vertical->setChildrenCollapsible(false);
    vertical->setSizes({520, 110});
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(vertical, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("chatSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 780});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_input, m_sendButton);
    setTabOrder(m_sendButton, m_stopButton);
    setTabOrder(m_stopButton, m_transcript);
    setTabOrder(m_transcript, m_list);
    setTabOrder(m_list, m_newButton);
    setTabOrder(m_newButton, m_deleteButton);
    setFocusProxy(m_input);

    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(flushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &ChatPane::flushDeltas);
    m_inlineTimer->setSingleShot(true);
    connect(m_inlineTimer, &QTimer::timeout, m_statusLabel, &QWidget::hide);

    connect(m_list, &QListWidget::currentRowChanged, this, &ChatPane::selectConversation);
    connect(m_newButton, &QPushButton::clicked, this, &ChatPane::newConversation);
    connect(m_deleteButton, &QPushButton::clicked, this, &ChatPane::deleteCurrentConversation);
    connect(m_sendButton, &QPushButton::clicked, this, &ChatPane::send);
    connect(m_stopButton, &QPushButton::clicked, this, &ChatPane::stop);
    connect(m_retryAnswerButton, &QPushButton::clicked, this, &ChatPane::retryLastAnswer);
    connect(m_notice, &KeyNotice::openKeysRequested, this, &ChatPane::openKeysRequested);
    connect(m_notice, &KeyNotice::tryDemoRequested, this, &ChatPane::tryDemoRequested);
    connect(m_retryBanner, &RetryBanner::retryNowRequested, this, [this] {
        if (m_session)
            m_session->retryNow();
    });
    connect(m_retryBanner, &RetryBanner::cancelRequested, this, &ChatPane::stop);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        if (Conversation *c = current()) {
            const QString text = m_input->toPlainText();
            if (c->draft != text) {
                c->draft = text;
                scheduleDraftSave();
            }
        }
        updateButtons();
    });

    retranslateUi();
    updateNotice();
    updateButtons();
    renderTranscript();
}

ChatPane::~ChatPane()
{
    if (m_session)
        m_session->cancel();
    if (m_autosaver)
        m_autosaver->flush(); // while m_store still exists
}

void ChatPane::setDeleteConfirmationForTesting(bool enabled, bool answer)
{
    s_confirmOverride = enabled;
    s_confirmAnswer = answer;
}

void ChatPane::setServices(AppServices *services)
{
    m_services = services;
    if (services) {
        if (m_autosaver) {
            m_autosaver->flush();
            delete m_autosaver;
        }
        m_store = std::make_unique<ConversationStore>(services->conversationsDirectory());
        m_autosaver = new ConversationAutosaver(m_store.get(), this);
        connect(m_autosaver, &ConversationAutosaver::saveFailed, this, &ChatPane::onSaveFailed);
        connect(m_autosaver, &ConversationAutosaver::saveRecovered, this,
                [this] { showInline(tr("Saved: the conversation is on disk again."), false); });
        QStringList problems, notices;
        m_conversations = m_store->loadAll(&problems, &notices);
        for (const QString &problem : std::as_const(problems)) {
            ApiError error = ApiError::local(ApiError::Service::Local, QString(), ApiErrorCode::InvalidInput, problem);
            error.code = QStringLiteral("damaged_conversation");
            emit errorOccurred(error);
        }
        for (const QString &notice : std::as_const(notices)) {
            ApiError error = ApiError::local(ApiError::Service::Local, QString(), ApiErrorCode::InvalidInput, notice);
            error.code = QStringLiteral("newer_format");
            error.hint = tr("Open it with the newer SajuDesk to continue it; this version only shows it.");
            emit errorOccurred(error);
        }
        connect(services, &AppServices::configChanged, this, &ChatPane::updateNotice);
        connect(services, &AppServices::keyStatusChanged, this, &ChatPane::updateNotice);
    }
    refreshList();
    if (!m_conversations.isEmpty())
        m_list->setCurrentRow(0);
    else
        selectConversation(-1);
    updateNotice();
}

void ChatPane::setModel(const QString &modelId)
{
    m_model = modelId;
    updateButtons();
}

bool ChatPane::isBusy() const
{
    return m_session != nullptr;
}

Conversation ChatPane::currentConversation() const
{
    const int i = indexOf(m_currentId);
    return i >= 0 ? m_conversations.at(i) : Conversation();
}

int ChatPane::indexOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < m_conversations.size(); ++i) {
        if (m_conversations.at(i).id == id)
            return i;
    }
    return -1;
}

Conversation *ChatPane::current()
{
    const int i = indexOf(m_currentId);
    return i >= 0 ? &m_conversations[i] : nullptr;
}

Conversation *ChatPane::target()
{
    const int i = indexOf(m_targetId);
    return i >= 0 ? &m_conversations[i] : nullptr;
}

namespace {
// Nothing worth keeping: not written, so "New" does not litter the disk.
bool isBlank(const Conversation &c)
{
    return c.messages.isEmpty() && c.draft.trimmed().isEmpty() && c.settings.systemPrompt.isEmpty();
}
} // namespace

// ---- saving (ConversationAutosaver decides when; these only say what changed) -----------

namespace {
// A blank conversation is written only when it is on disk already (its draft was cleared).
bool worthWriting(const Conversation &c, const ConversationStore *store)
{
    return store && (!isBlank(c) || QFile::exists(store->pathFor(c.id)));
}
} // namespace

void ChatPane::saveConversation(const QString &id)
{
    const int i = indexOf(id);
    if (i >= 0 && m_autosaver && worthWriting(m_conversations.at(i), m_store.get()))
        m_autosaver->stateChanged(m_conversations.at(i));
}

void ChatPane::scheduleDraftSave()
{
    if (const Conversation *c = current(); c && m_autosaver && worthWriting(*c, m_store.get()))
        m_autosaver->draftChanged(*c);
}

void ChatPane::onSaveFailed(const QString &conversationId, const QString &message)
{
    Q_UNUSED(conversationId)
    ApiError error = ApiError::local(ApiError::Service::Local, QString(), ApiErrorCode::InvalidInput, message);
    error.code = QStringLiteral("save_failed");
    error.hint = tr("Free some disk space, or check that the folder can be written to. SajuDesk saves the "
                    "conversation again on its own.");
    emit errorOccurred(error);
    showInline(message, true);
}

bool ChatPane::hasUnsavedChanges() const
{
    return m_autosaver && m_autosaver->hasUnsavedChanges();
}

QString ChatPane::unsavedChangesError() const
{
    return m_autosaver ? m_autosaver->lastError() : QString();
}

void ChatPane::prepareToQuit()
{
    if (m_session) {
        flushDeltas();
        ChatSession *session = m_session;
        const QString partial = session->partialText();
        session->cancel();
        if (Conversation *c = target(); c && !c->messages.isEmpty()) {
            ChatMessage &answer = c->messages.last();
            if (partial.isEmpty()) {
                c->messages.removeLast();
            } else {
                answer.content = partial;
                answer.state = ChatMessage::State::Stopped;
                answer.errorCode = QString::fromLatin1(ApiErrorCode::Cancelled);
            }
        }
        saveConversation(m_targetId);
        finishSession();
    }
    if (!current() && !m_input->toPlainText().trimmed().isEmpty()) {
        // Text typed before any conversation existed is kept as the draft of a new one.
        Conversation c = Conversation::create(ChatSettings{m_model, {}, {}, {}, true});
        c.draft = m_input->toPlainText();
        m_conversations.prepend(c);
        m_currentId = c.id;
        scheduleDraftSave();
    }
    if (m_autosaver)
        m_autosaver->flush();
}

// ---- conversation list ------------------------------------------------------------------

void ChatPane::refreshList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Conversation &c : std::as_const(m_conversations)) {
        auto *item = new QListWidgetItem(c.title.isEmpty() ? tr("New conversation") : c.title, m_list);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(QLocale().toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat));
    }
    const int row = indexOf(m_currentId);
    m_list->setCurrentRow(row);
    updateButtons();
}

void ChatPane::selectConversation(int row)
{
    const QString id = row >= 0 && row < m_conversations.size() ? m_conversations.at(row).id : QString();
    if (id == m_currentId && !id.isEmpty())
        return;
    flushDeltas();
    m_currentId = id;
    {
        const QSignalBlocker blocker(m_input);
        const Conversation *c = current();
        m_input->setPlainText(c ? c->draft : QString());
        m_input->moveCursor(QTextCursor::End);
        m_input->setReadOnly(c && c->readOnly); // never saved by this version: nothing to type
    }
    updateInputPlaceholder();
    m_statusLabel->hide();
    renderTranscript();
    updateButtons();
}

void ChatPane::setInputText(const QString &text)
{
    m_input->setPlainText(text);
}

bool ChatPane::openConversation(const QString &id)
{
    const int row = indexOf(id);
    if (row < 0)
        return false;
    m_list->setCurrentRow(row);
    return true;
}

QWidget *ChatPane::transcriptViewport() const
{
    return m_transcript->viewport();
}

qsizetype ChatPane::shownAnswerLength() const
{
    if (m_streamStart < 0)
        return -1;
    return m_transcript->document()->characterCount() - 1 - m_streamStart;
}

void ChatPane::newConversation()
{
    Conversation c = Conversation::create(ChatSettings{m_model, {}, {}, {}, true});
    m_conversations.prepend(c);
    m_currentId.clear();
    refreshList();
    m_list->setCurrentRow(0);
    selectConversation(0);
    m_input->setFocus();
}

void ChatPane::startSeededConversation(const QString &title, const QString &context, const QString &draft)
{
    Conversation c = Conversation::create(ChatSettings{m_model, {}, {}, {}, true});
    c.title = title;
    c.settings.systemPrompt = context;
    c.draft = draft;
    m_conversations.prepend(c);
    saveConversation(c.id);
    m_currentId.clear();
    refreshList();
    m_list->setCurrentRow(0);
    selectConversation(0);
    m_input->setFocus();
}

void ChatPane::deleteCurrentConversation()
{
    const int i = indexOf(m_currentId);
    if (i < 0 || (m_session && m_targetId == m_currentId))
        return;
    const QString title = m_conversations.at(i).title.isEmpty() ? tr("New conversation") : m_conversations.at(i).title;
    bool confirmed = s_confirmAnswer;
    if (!s_confirmOverride) {
        confirmed = QMessageBox::question(this, tr("Delete Conversation"),
                                          tr("Delete the conversation “%1”? This cannot be undone.").arg(title),
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                    == QMessageBox::Yes;
    }
    if (!confirmed)
        return;
    QString problem;
    if (m_autosaver)
        m_autosaver->discard(m_currentId); // a pending draft must not bring it back
    if (m_store && !m_store->remove(m_currentId, &problem)) {
        showInline(tr("The conversation could not be deleted: %1").arg(problem), true);
        return;
    }
    m_conversations.removeAt(i);
    m_currentId.clear();
    refreshList();
    const int next = m_conversations.isEmpty() ? -1 : std::min<int>(i, m_conversations.size() - 1);
    m_list->setCurrentRow(next);
    selectConversation(next);
}

// ---- sending ----------------------------------------------------------------------------

void ChatPane::send()
{
    if (m_session)
        return;
    // A syllable still being composed by the Hangul IME belongs to the message.
    QGuiApplication::inputMethod()->commit();
    const QString text = m_input->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_input->setFocus();
        return; // nothing to send: no request, no error
    }
    if (!m_services || !m_services->hasKey(AppServices::Service::RunYour)) {
        updateNotice();
        showInline(tr("Chat needs a RunYour AI key. Your text is kept."), true);
        return;
    }
    if (m_model.isEmpty()) {
        showInline(tr("No chat model is selected yet. Pick one in the toolbar (or refresh the list)."), true);
        return;
    }
    if (!current())
        newConversation();
    Conversation *c = current();
    if (!c)
        return;
    if (c->readOnly) {
        showInline(tr("This conversation was saved by a newer version of SajuDesk and can only be read here. Start "
                      "a new conversation to continue."),
                   true);
        return;
    }
    const ChatMessage user = ChatMessage::create(ChatMessage::Role::User, text, QDateTime::currentDateTimeUtc());
    c->messages.append(user);
    c->settings.model = m_model;
    if (c->title.isEmpty())
        c->title = c->suggestedTitle();
    c->draft.clear();
    m_sentPrompt = text;
    {
        const QSignalBlocker blocker(m_input);
        m_input->clear();
    }
    appendMessageToTranscript(user, false);
    if (QListWidgetItem *item = m_list->item(indexOf(m_currentId)))
        item->setText(c->title);
    startAnswer();
}

void ChatPane::startAnswer()
{
    Conversation *c = current();
    if (!c || !m_services)
        return;
    QList<ChatSession::Turn> turns;
    if (!c->settings.systemPrompt.trimmed().isEmpty())
        turns.append({ChatSession::Role::System, c->settings.systemPrompt});
    for (const ChatMessage &m : std::as_const(c->messages)) {
        // Unfinished answers are shown but never sent back as if the model had said them; nor is
        // a message this version does not understand.
        if (m.role == ChatMessage::Role::System || m.state != ChatMessage::State::Complete || !m.isUnderstood())
            continue;
        turns.append(
            {m.role == ChatMessage::Role::User ? ChatSession::Role::User : ChatSession::Role::Assistant, m.content});
    }
    ChatMessage answer = ChatMessage::create(ChatMessage::Role::Assistant, QString(), QDateTime::currentDateTimeUtc());
    answer.state = ChatMessage::State::Streaming;
    answer.model = m_model;
    c->messages.append(answer);
    c->updatedAt = QDateTime::currentDateTimeUtc();
    m_targetId = c->id;
    appendMessageToTranscript(answer, true);

    auto *session = new ChatSession(m_services, m_model, turns, this);
    m_session = session;
    connect(session, &ChatSession::textDelta, this, &ChatPane::onDelta);
    connect(session, &ChatSession::completed, this, &ChatPane::onCompleted);
    connect(session, &ChatSession::failed, this, &ChatPane::onFailed);
    connect(session, &ChatSession::attemptStarted, m_retryBanner, &RetryBanner::hideBanner);
    connect(session, &ChatSession::retryScheduled, this,
            [this, session](int attempt, qint64 delayMs, const ApiError &error) {
                m_retryBanner->showCountdown(attempt, session->maxAttempts(), delayMs, error);
            });
    m_statusLabel->hide();
    m_retryAnswerButton->hide();
    updateButtons();
    // Written before the request goes out: the prompt survives a crash or kill at any moment.
    if (m_autosaver)
        m_autosaver->messageSent(*c);
    session->start();
}

void ChatPane::onDelta(const QString &text)
{
    if (Conversation *c = target(); c && !c->messages.isEmpty()) {
        c->messages.last().content += text;
        if (m_autosaver)
            m_autosaver->streamProgress(*c); // written at most every 2 s
        emit answerTextReceived(c->messages.last().content.size());
    }
    if (m_targetId == m_currentId) {
        m_pendingDeltas += text;
        if (!m_flushTimer->isActive())
            m_flushTimer->start();
    }
    m_retryBanner->hideBanner();
}

void ChatPane::flushDeltas()
{
    m_flushTimer->stop();
    if (m_pendingDeltas.isEmpty() || m_streamStart < 0)
        return;
    const bool follow = transcriptAtBottom();
    QTextCursor cursor(m_transcript->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_pendingDeltas, plainFormat());
    m_pendingDeltas.clear();
    if (follow)
        m_transcript->verticalScrollBar()->setValue(m_transcript->verticalScrollBar()->maximum());
}

void ChatPane::onCompleted(const QString &text, const QString &model)
{
    flushDeltas();
    if (Conversation *c = target(); c && !c->messages.isEmpty()) {
        ChatMessage &answer = c->messages.last();
        answer.content = text;
        answer.state = ChatMessage::State::Complete;
        if (!model.isEmpty())
            answer.model = model;
        c->updatedAt = QDateTime::currentDateTimeUtc();
        if (m_targetId == m_currentId)
            replaceStreamingRegion(answer);
    }
    saveConversation(m_targetId);
    finishSession();
}

void ChatPane::onFailed(const ApiError &error, const QString &partial)
{
    flushDeltas();
    Conversation *c = target();
    const bool authFailure = m_services && m_services->reportFailure(error);
    emit errorOccurred(error);
    if (c && !c->messages.isEmpty()) {
        if (!partial.isEmpty()) {
            // Keep what arrived, clearly marked, with a Retry action.
            ChatMessage &answer = c->messages.last();
            answer.content = partial;
            answer.state = ChatMessage::State::Interrupted;
            answer.errorCode = error.code;
            if (m_targetId == m_currentId)
                replaceStreamingRegion(answer);
            showInline(tr("The answer was interrupted: %1").arg(error.userMessage()), true);
        } else {
            // Nothing arrived: take the turn back and give the text back to the input box.
            c->messages.removeLast();
            if (!c->messages.isEmpty() && c->messages.last().role == ChatMessage::Role::User)
                c->messages.removeLast();
            if (m_targetId == m_currentId) {
                restoreDraft(m_sentPrompt);
                renderTranscript();
            } else {
                c->draft = c->draft.isEmpty() ? m_sentPrompt : m_sentPrompt + QLatin1Char('\n') + c->draft;
            }
            QString text = error.userMessage();
            if (const QString hint = error.userHint(); !hint.isEmpty())
                text += QLatin1Char(' ') + hint;
            showInline(tr("Not sent: %1 Your text is back in the input box.").arg(text), true);
        }
    }
    if (authFailure)
        updateNotice();
    saveConversation(m_targetId);
    finishSession();
}

void ChatPane::restoreDraft(const QString &prompt)
{
    const QString now = m_input->toPlainText();
    m_input->setPlainText(now.trimmed().isEmpty() ? prompt : prompt + QLatin1Char('\n') + now);
    m_input->moveCursor(QTextCursor::End);
}

void ChatPane::finishSession()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
    }
    m_session = nullptr;
    m_streamStart = -1;
    m_pendingDeltas.clear();
    m_retryBanner->hideBanner();
    m_targetId.clear();
    m_sentPrompt.clear();
    updateButtons();
    refreshList();
    emit answerFinished();
}

void ChatPane::stop()
{
    if (!m_session)
        return;
    flushDeltas();
    const QString partial = m_session->partialText();
    m_session->cancel();
    Conversation *c = target();
    if (c && !c->messages.isEmpty()) {
        if (partial.isEmpty()) {
            c->messages.removeLast();
            if (!c->messages.isEmpty() && c->messages.last().role == ChatMessage::Role::User)
                c->messages.removeLast();
            if (m_targetId == m_currentId) {
                restoreDraft(m_sentPrompt);
                renderTranscript();
            }
            showInline(tr("Stopped before an answer arrived. Your text is back in the input box."), false);
        } else {
            ChatMessage &answer = c->messages.last();
            answer.content = partial;
            answer.state = ChatMessage::State::Stopped;
            answer.errorCode = QString::fromLatin1(ApiErrorCode::Cancelled);
            if (m_targetId == m_currentId)
                replaceStreamingRegion(answer);
            showInline(tr("Stopped. The partial answer is kept."), false);
        }
    }
    saveConversation(m_targetId);
    finishSession();
}

void ChatPane::retryLastAnswer()
{
    Conversation *c = current();
    if (m_session || !c || c->messages.isEmpty())
        return;
    const ChatMessage &last = c->messages.last();
    if (last.role != ChatMessage::Role::Assistant || last.state == ChatMessage::State::Complete)
        return;
    if (!m_services || !m_services->hasKey(AppServices::Service::RunYour) || m_model.isEmpty()) {
        updateNotice();
        return;
    }
    c->messages.removeLast();
    renderTranscript();
    m_sentPrompt.clear();
    startAnswer();
}

void ChatPane::showInline(const QString &text, bool isError)
{
    m_statusLabel->setText(text);
    m_statusLabel->setForegroundRole(isError ? QPalette::BrightText : QPalette::WindowText);
    QPalette pal = m_statusLabel->palette();
    pal.setColor(QPalette::WindowText, isError ? QColor(0xb0, 0x20, 0x20) : palette().color(QPalette::WindowText));
    m_statusLabel->setPalette(pal);
    m_statusLabel->setForegroundRole(QPalette::WindowText);
    m_statusLabel->show();
    m_inlineTimer->start(inlineMessageMs);
}

// ---- state of the chrome ----------------------------------------------------------------

void ChatPane::updateNotice()
{
    if (!m_services) {
        m_notice->setMessage(tr("Chat is not connected to any service."));
        m_notice->setDemoOffered(false);
        m_notice->show();
        return;
    }
    if (m_services->isDemo()) {
        m_notice->hide();
        return;
    }
    if (!m_services->hasKey(AppServices::Service::RunYour)) {
        m_notice->setMessage(tr("Chat needs a RunYour AI API key (runyour-v1-…). Add it in Settings › API Keys, "
                                "or try demo mode with sample answers."));
        m_notice->setDemoOffered(!m_services->hasAnyKey());
        m_notice->show();
        return;
    }
    if (m_services->keys()->authState(AppServices::Service::RunYour) == KeyManager::AuthState::Rejected) {
        m_notice->setMessage(tr("RunYour AI rejected the key. Enter a new key in Settings › API Keys."));
        m_notice->setDemoOffered(false);
        m_notice->show();
        return;
    }
    m_notice->hide();
}

void ChatPane::updateButtons()
{
    const bool busy = m_session != nullptr;
    m_sendButton->setVisible(!busy);
    m_stopButton->setVisible(busy);
    m_busyIndicator->setVisible(busy);
    m_sendButton->setEnabled(!m_input->isReadOnly() && !m_input->toPlainText().trimmed().isEmpty());
    m_deleteButton->setEnabled(!m_currentId.isEmpty() && !(busy && m_targetId == m_currentId));
    const Conversation c = currentConversation();
    const bool canRetry = !busy && !c.messages.isEmpty() && c.messages.last().role == ChatMessage::Role::Assistant
                          && c.messages.last().state != ChatMessage::State::Complete;
    m_retryAnswerButton->setVisible(canRetry);
}

void ChatPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateNotice();
        if (!m_session)
            renderTranscript();
        refreshList();
    }
    QWidget::changeEvent(event);
}

void ChatPane::updateInputPlaceholder()
{
    m_input->setPlaceholderText(m_input->isReadOnly()
                                    ? tr("This conversation was saved by a newer version of SajuDesk and can "
                                         "only be read here.")
                                    : tr("Ask anything… (Ctrl+Enter to send)"));
}

void ChatPane::retranslateUi()
{
    updateInputPlaceholder();
    m_input->setAccessibleName(tr("Message"));
    m_sendButton->setText(tr("Send"));
    m_sendButton->setToolTip(tr("Send the message (Ctrl+Enter)"));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setToolTip(tr("Stop the answer (Esc)"));
    m_newButton->setText(tr("New"));
    m_newButton->setToolTip(tr("Start a new conversation (Ctrl+N)"));
    m_deleteButton->setText(tr("Delete"));
    m_deleteButton->setToolTip(tr("Delete the selected conversation"));
    m_list->setAccessibleName(tr("Conversations"));
    m_transcript->setAccessibleName(tr("Transcript"));
    m_retryAnswerButton->setText(tr("Retry"));
    m_retryAnswerButton->setToolTip(tr("Ask for this answer again"));
    m_hintLabel->setText(tr("Ctrl+Enter sends · Enter starts a new line"));
    m_busyIndicator->setAccessibleName(tr("Waiting for the answer"));
}

bool ChatPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_session) {
            stop();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---- transcript -------------------------------------------------------------------------

bool ChatPane::transcriptAtBottom() const
{
    const QScrollBar *bar = m_transcript->verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

QString ChatPane::headerText(const ChatMessage &message) const
{
    if (!message.isUnderstood())
        return tr("Message");
    switch (message.role) {
    case ChatMessage::Role::User:
        return tr("You");
    case ChatMessage::Role::Assistant:
        return message.model.isEmpty() ? tr("Assistant") : tr("Assistant · %1").arg(message.model);
    case ChatMessage::Role::System:
    case ChatMessage::Role::Unknown:
        break;
    }
    return tr("Context");
}

QString ChatPane::markerText(const ChatMessage &message) const
{
    switch (message.state) {
    case ChatMessage::State::Stopped:
        return tr("[Incomplete — stopped before the answer finished. Use Retry to ask again.]");
    case ChatMessage::State::Interrupted:
        return tr("[Incomplete — the connection ended before the answer finished. Use Retry to ask again.]");
    case ChatMessage::State::Failed:
        return tr("[Failed — no answer arrived.]");
    case ChatMessage::State::Streaming:
    case ChatMessage::State::Complete:
        break;
    }
    return QString();
}

void ChatPane::renderTranscript()
{
    m_transcript->clear();
    m_streamStart = -1;
    m_pendingDeltas.clear();
    const Conversation *c = current();
    QTextDocument *doc = m_transcript->document();
    doc->setDocumentMargin(10);
    if (!c || (c->messages.isEmpty() && c->settings.systemPrompt.isEmpty())) {
        QTextCursor cursor(doc);
        QTextCharFormat hint = plainFormat();
        hint.setForeground(palette().color(QPalette::PlaceholderText));
        cursor.insertText(tr("Type a message below and press Ctrl+Enter to send it."), hint);
        m_transcript->document()->setModified(false);
        m_transcript->setProperty("placeholderShown", true);
        return;
    }
    m_transcript->setProperty("placeholderShown", false);
    if (!c->settings.systemPrompt.isEmpty()) {
        ChatMessage context;
        context.role = ChatMessage::Role::System;
        context.content = c->settings.systemPrompt;
        appendMessageToTranscript(context, false);
    }
    const bool streamingHere = m_session && m_targetId == m_currentId;
    for (int i = 0; i < c->messages.size(); ++i) {
        const bool streaming = streamingHere && i == c->messages.size() - 1;
        appendMessageToTranscript(c->messages.at(i), streaming);
    }
    m_transcript->verticalScrollBar()->setValue(m_transcript->verticalScrollBar()->maximum());
}

void ChatPane::appendMessageToTranscript(const ChatMessage &message, bool streaming)
{
    QTextDocument *doc = m_transcript->document();
    if (m_transcript->property("placeholderShown").toBool()) {
        m_transcript->clear();
        m_transcript->setProperty("placeholderShown", false);
    }
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat headerBlock;
    headerBlock.setTopMargin(doc->isEmpty() ? 0 : 12);
    headerBlock.setBottomMargin(2);
    QTextCharFormat headerChars = plainFormat();
    headerChars.setFontWeight(QFont::Bold);
    const QColor accent = message.role == ChatMessage::Role::User     ? QColor(0x2a, 0x5d, 0xb0)
                          : message.role == ChatMessage::Role::System ? QColor(0x6a, 0x6a, 0x6a)
                                                                      : QColor(0x1e, 0x7a, 0x4a);
    headerChars.setForeground(accent);
    if (doc->isEmpty())
        cursor.setBlockFormat(headerBlock);
    else
        cursor.insertBlock(headerBlock, headerChars);
    cursor.insertText(headerText(message), headerChars);

    cursor.insertBlock(QTextBlockFormat(), plainFormat());
    if (!message.isUnderstood()) {
        // Kept in the file unchanged (ChatMessage::raw); shown, never silently dropped.
        QTextCharFormat placeholder = plainFormat();
        placeholder.setFontItalic(true);
        placeholder.setForeground(palette().color(QPalette::PlaceholderText));
        cursor.insertText(tr("[A message this version of SajuDesk cannot show. It is kept unchanged.]"), placeholder);
        return;
    }
    if (streaming) {
        m_streamStart = cursor.position();
        if (!message.content.isEmpty())
            cursor.insertText(message.content, plainFormat());
        return;
    }
    if (message.role == ChatMessage::Role::Assistant && !message.content.isEmpty())
        cursor.insertMarkdown(message.content, QTextDocument::MarkdownDialectGitHub);
    else
        cursor.insertText(message.content, plainFormat());
    if (const QString marker = markerText(message); !marker.isEmpty()) {
        QTextCharFormat markerChars = plainFormat();
        markerChars.setFontItalic(true);
        markerChars.setForeground(QColor(0xb0, 0x5a, 0x00));
        cursor.insertBlock(QTextBlockFormat(), markerChars);
        cursor.insertText(marker, markerChars);
    }
}

void ChatPane::replaceStreamingRegion(const ChatMessage &message)
{
    if (m_streamStart < 0)
        return;
    const bool follow = transcriptAtBottom();
    QTextCursor cursor(m_transcript->document());
    cursor.setPosition(m_streamStart);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    // Rendered once as Markdown when the answer ends; while streaming it was plain text.
    if (!message.content.isEmpty())
        cursor.insertMarkdown(message.content, QTextDocument::MarkdownDialectGitHub);
    if (const QString marker = markerText(message); !marker.isEmpty()) {
        QTextCharFormat markerChars = plainFormat();
        markerChars.setFontItalic(true);
        markerChars.setForeground(QColor(0xb0, 0x5a, 0x00));
        cursor.insertBlock(QTextBlockFormat(), markerChars);
        cursor.insertText(marker, markerChars);
    }
    m_streamStart = -1;
    if (follow)
        m_transcript->verticalScrollBar()->setValue(m_transcript->verticalScrollBar()->maximum());
}

} // namespace sajudesk
