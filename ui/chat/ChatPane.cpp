// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ChatPane.h"

#include "AppServices.h"
#include "KeyNotice.h"
#include "UiFonts.h"
#include "chat/ChatIcons.h"
#include "chat/ChatInput.h"
#include "chat/ConversationAutosaver.h"
#include "chat/ConversationFilterModel.h"
#include "chat/ConversationList.h"
#include "chat/ConversationModel.h"
#include "chat/ConversationSettingsBar.h"
#include "chat/ConversationStore.h"
#include "chat/TranscriptView.h"
#include "errors/RetryBanner.h"
#include "keys/KeyManager.h"
#include "runyour/ChatRequest.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sajudesk {

namespace {
bool s_editOverride = false;
bool s_editAnswer = true;
} // namespace

ChatPane::ChatPane(QWidget *parent)
    : QWidget(parent)
    , m_filter(new ConversationFilterModel(this))
    , m_progressTimer(new QTimer(this))
    , m_inlineTimer(new QTimer(this))
    , m_list(new ConversationList(this))
    , m_notice(new KeyNotice(QStringLiteral("chat"), this))
    , m_settingsBar(new ConversationSettingsBar(this))
    , m_transcript(new TranscriptView(this))
    , m_retryBanner(new RetryBanner(QStringLiteral("chat"), this))
    , m_statusLabel(new QLabel(this))
    , m_undoButton(new QPushButton(this))
    , m_continueButton(new QPushButton(this))
    , m_retryAnswerButton(new QPushButton(this))
    , m_busyIndicator(new QProgressBar(this))
    , m_editBar(new QWidget(this))
    , m_editLabel(new QLabel(m_editBar))
    , m_cancelEditButton(new QPushButton(m_editBar))
    , m_input(new ChatInput(this))
    , m_sendButton(new QPushButton(this))
    , m_stopButton(new QPushButton(this))
    , m_hintLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("chatPane"));
    m_controller = new ChatController(
        [this](const ChatParams &params, bool stream, QObject *parent) -> ChatRequest * {
            if (!m_services)
                return nullptr;
            const RunYourConfig config = m_services->runYourConfig();
            m_controller->setMaxAttempts(config.retryPolicy.maxAttempts);
            auto *request = new ChatRequest(m_services->http(), config, params, parent);
            request->setStreaming(stream);
            request->setModelCatalog(m_services->models());
            return request;
        },
        this);
    buildUi();
    connectController();
    retranslateUi();
    updateNotice();
    updateButtons();
}

ChatPane::~ChatPane()
{
    m_transcript->setModel(nullptr);
    if (m_autosaver) {
        m_autosaver->flush(); // while m_store still exists
        delete m_autosaver;
    }
}

void ChatPane::buildUi()
{
    m_statusLabel->setObjectName(QStringLiteral("chatStatusLabel"));
    m_undoButton->setObjectName(QStringLiteral("undoDeleteButton"));
    m_continueButton->setObjectName(QStringLiteral("continueAnswerButton"));
    m_retryAnswerButton->setObjectName(QStringLiteral("retryAnswerButton"));
    m_busyIndicator->setObjectName(QStringLiteral("chatBusyIndicator"));
    m_editBar->setObjectName(QStringLiteral("chatEditBar"));
    m_cancelEditButton->setObjectName(QStringLiteral("cancelEditButton"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_hintLabel->setObjectName(QStringLiteral("chatHintLabel"));

    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->hide();
    m_undoButton->hide();
    m_continueButton->hide();
    m_retryAnswerButton->hide();
    m_continueButton->setIcon(ChatIcons::icon(ChatIcons::Icon::Continue));
    // Natural size whatever else the row shows (a hidden status text used to let them stretch).
    for (QPushButton *b : {m_undoButton, m_continueButton, m_retryAnswerButton})
        b->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_retryAnswerButton->setIcon(ChatIcons::icon(ChatIcons::Icon::Retry));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumHeight(4);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->hide();
    m_sendButton->setIcon(ChatIcons::icon(ChatIcons::Icon::Send));
    m_stopButton->setIcon(ChatIcons::icon(ChatIcons::Icon::Stop));
    m_stopButton->hide();
    m_sendButton->setAutoDefault(false);
    // Clicking Send leaves the focus (and a syllable being composed) in the input box.
    m_sendButton->setFocusPolicy(Qt::TabFocus);
    m_stopButton->setFocusPolicy(Qt::TabFocus);
    m_hintLabel->setFont(fonts::small(m_hintLabel->font()));
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_editLabel->setWordWrap(true);
    m_editBar->hide();

    auto *editLayout = new QHBoxLayout(m_editBar);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(m_editLabel, 1);
    editLayout->addWidget(m_cancelEditButton, 0, Qt::AlignVCenter);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(4);
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_settingsBar);
    rightLayout->addWidget(m_transcript, 1);
    rightLayout->addWidget(m_busyIndicator);
    rightLayout->addWidget(m_retryBanner);
    // Buttons keep their natural size; the message takes the rest of the row.
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addStretch(0);
    statusRow->addWidget(m_undoButton, 0, Qt::AlignVCenter);
    statusRow->addWidget(m_continueButton, 0, Qt::AlignVCenter);
    statusRow->addWidget(m_retryAnswerButton, 0, Qt::AlignVCenter);
    rightLayout->addLayout(statusRow);
    rightLayout->addWidget(m_editBar);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    auto *sendColumn = new QVBoxLayout;
    sendColumn->addStretch(1);
    sendColumn->addWidget(m_sendButton);
    sendColumn->addWidget(m_stopButton);
    inputRow->addLayout(sendColumn);
    rightLayout->addLayout(inputRow);
    rightLayout->addWidget(m_hintLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("chatSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 800});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    setTabOrder(m_input, m_sendButton);
    setTabOrder(m_sendButton, m_stopButton);
    setTabOrder(m_stopButton, m_transcript);
    // From the transcript, Tab reaches the toolbar of the message the keyboard is on.
    QWidget *previous = m_transcript;
    const QList<QToolButton *> tools = m_transcript->actions()->findChildren<QToolButton *>();
    for (QToolButton *tool : tools) {
        setTabOrder(previous, tool);
        previous = tool;
    }
    setFocusProxy(m_input);

    // The autosaver keeps a copy of the conversation it is handed; handing it one per chunk would
    // make every chunk copy the whole answer (the copy detaches on the next append). Four times a
    // second is plenty for a writer that writes at most every two seconds.
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(250);
    connect(m_progressTimer, &QTimer::timeout, this, &ChatPane::handOverProgress);
    m_inlineTimer->setSingleShot(true);
    connect(m_inlineTimer, &QTimer::timeout, this, [this] {
        m_statusLabel->hide();
        m_undoButton->hide();
    });

    connectSidebar();
    connect(m_settingsBar, &ConversationSettingsBar::settingsEdited, this, &ChatPane::applySettingsEdit);
    connect(m_settingsBar, &ConversationSettingsBar::modelPickerRequested, this, &ChatPane::modelPickerRequested);
    connect(m_sendButton, &QPushButton::clicked, this, &ChatPane::send);
    connect(m_stopButton, &QPushButton::clicked, this, &ChatPane::stop);
    connect(m_retryAnswerButton, &QPushButton::clicked, this, &ChatPane::retryLastAnswer);
    connect(m_continueButton, &QPushButton::clicked, this, &ChatPane::continueLastAnswer);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        m_controller->undoDelete();
        m_undoButton->hide();
        m_statusLabel->hide();
    });
    connect(m_cancelEditButton, &QPushButton::clicked, this, &ChatPane::cancelEdit);
    connect(m_notice, &KeyNotice::openKeysRequested, this, &ChatPane::openKeysRequested);
    connect(m_notice, &KeyNotice::tryDemoRequested, this, &ChatPane::tryDemoRequested);
    connect(m_retryBanner, &RetryBanner::retryNowRequested, m_controller, &ChatController::retryNow);
    connect(m_retryBanner, &RetryBanner::cancelRequested, this, &ChatPane::stop);
    connect(m_input, &ChatInput::sendRequested, this, &ChatPane::send);
    connect(m_input, &ChatInput::stopRequested, this, [this] {
        if (isBusy())
            stop();
        else if (m_editRow >= 0)
            cancelEdit();
    });
    connect(m_input, &ChatInput::compositionChanged, this, &ChatPane::updateButtons);
    connect(m_input, &ChatInput::sendKeyChanged, this, &ChatPane::updateHint);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        if (m_current && m_editRow < 0 && m_current->conversation().draft != m_input->toPlainText()) {
            m_current->setDraft(m_input->toPlainText());
            saveDraftSoon();
        }
        updateButtons();
    });
    m_transcript->setActionAvailability([this](MessageAction action, int row) { return isAvailable(action, row); });
    connect(m_transcript, &TranscriptView::actionTriggered, this, &ChatPane::onAction);
}

void ChatPane::connectController()
{
    connect(m_controller, &ChatController::saveRequested, this, &ChatPane::persist);
    connect(m_controller, &ChatController::busyChanged, this, [this] {
        updateButtons();
        m_transcript->refreshActions();
    });
    connect(m_controller, &ChatController::retryScheduled, this,
            [this](int attempt, int maxAttempts, qint64 delayMs, const ApiError &error) {
                m_retryBanner->showCountdown(attempt, maxAttempts, delayMs, error);
            });
    connect(m_controller, &ChatController::answerTextReceived, this, [this](qsizetype length) {
        if (m_retryBanner->isVisible())
            m_retryBanner->hideBanner();
        if (m_busyIndicator->isVisible())
            m_busyIndicator->hide();
        emit answerTextReceived(length);
    });
    connect(m_controller, &ChatController::requestSucceeded, this, [this] {
        if (m_services)
            m_services->reportSuccess(ApiError::Service::RunYour);
    });
    connect(m_controller, &ChatController::requestFailed, this, [this](const ApiError &error) {
        if (m_services && m_services->reportFailure(error))
            updateNotice();
    });
    connect(m_controller, &ChatController::failed, this, &ChatPane::onFailed);
    connect(m_controller, &ChatController::promptReturned, this, &ChatPane::onPromptReturned);
    connect(m_controller, &ChatController::answerFinished, this, [this] {
        m_retryBanner->hideBanner();
        updateButtons();
        refreshList();
        emit answerFinished();
    });
    connect(m_controller, &ChatController::undoAvailableChanged, this, [this](bool available) {
        if (!available)
            m_undoButton->hide();
    });
}

// ---- state --------------------------------------------------------------------------------

bool ChatPane::isBusy() const
{
    return m_controller->isBusy();
}

Conversation ChatPane::currentConversation() const
{
    return m_current ? m_current->conversation() : Conversation();
}

void ChatPane::setModel(const QString &modelId)
{
    m_model = modelId;
    if (m_current && !modelId.isEmpty() && m_current->conversation().settings.model != modelId
        && !(isBusy() && m_controller->target() == m_current) && !m_current->isReadOnly()) {
        ChatSettings settings = m_current->conversation().settings;
        settings.model = modelId;
        m_current->setSettings(settings);
        saveDraftSoon();
    }
    updateButtons();
    if (!modelId.isEmpty())
        sendIfWaiting();
}

void ChatPane::setInputText(const QString &text)
{
    m_input->setPlainText(text);
}

bool ChatPane::openConversation(const QString &id)
{
    ConversationModel *model = load(id);
    if (!model)
        return false;
    select(model);
    return true;
}

QString ChatPane::transcriptText()
{
    return m_transcript->plainText();
}

QWidget *ChatPane::transcriptViewport() const
{
    return m_transcript->viewport();
}

qsizetype ChatPane::shownAnswerLength() const
{
    if (!isBusy() || m_controller->target() != m_current)
        return -1;
    return m_transcript->shownLength(m_controller->targetRow());
}

void ChatPane::setEditConfirmationForTesting(bool enabled, bool answer)
{
    s_editOverride = enabled;
    s_editAnswer = answer;
}

// ---- sending ------------------------------------------------------------------------------

void ChatPane::send()
{
    m_sendWhenReady.invalidate();
    m_input->commitComposition();
    const QString text = m_input->toPlainText();
    if (isBusy() || text.trimmed().isEmpty() || !canSendNow())
        return;
    if (!m_current)
        select(addConversation(Conversation::create(newConversationSettings()), true));
    bool started = false;
    if (m_editRow >= 0) {
        const int row = m_current->rowOfId(m_editMessageId);
        if (row < 0) {
            cancelEdit();
            return;
        }
        if (ChatController::editDropsLaterMessages(m_current, row)) {
            bool confirmed = s_editAnswer;
            if (!s_editOverride) {
                confirmed = QMessageBox::question(this, tr("Edit and Resend"),
                                                  tr("Sending the edited message removes the messages after it. "
                                                     "Continue?"),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                            == QMessageBox::Yes;
            }
            if (!confirmed)
                return;
        }
        started = m_controller->editAndResend(m_current, row, text, m_model);
        if (started) {
            m_editRow = -1;
            m_editMessageId.clear();
            m_editBar->hide();
        }
    } else {
        started = m_controller->send(m_current, text, m_model);
    }
    if (!started)
        return;
    {
        const QSignalBlocker blocker(m_input);
        m_input->clear();
    }
    m_current->setDraft(QString());
    m_statusLabel->hide();
    m_transcript->scrollToBottom();
    m_input->setFocus();
    updateButtons();
    refreshList();
}

void ChatPane::stop()
{
    if (!isBusy())
        return;
    ConversationModel *target = m_controller->target();
    const ChatMessage *answer = target ? target->messageAt(m_controller->targetRow()) : nullptr;
    const bool kept = answer && (!answer->content.isEmpty() || !answer->reasoning.isEmpty());
    const ChatController::Operation operation = m_controller->operation();
    m_controller->stop();
    if (operation == ChatController::Operation::Send || operation == ChatController::Operation::EditResend)
        showInline(kept ? tr("Stopped. The partial answer is kept.")
                        : tr("Stopped before an answer arrived. Your text is back in the input box."),
                   false);
    else
        showInline(kept ? tr("Stopped. The partial answer is kept.") : tr("Stopped. The answer is as it was."), false);
}

void ChatPane::retryLastAnswer()
{
    if (m_current && canSendNow())
        m_controller->retry(m_current, m_current->lastMessageRow(), m_model);
}

void ChatPane::continueLastAnswer()
{
    if (m_current && canSendNow())
        m_controller->continueAnswer(m_current, m_current->lastMessageRow(), m_model);
}

void ChatPane::onFailed(ConversationModel *model, const ApiError &error, ChatController::Operation operation, bool kept)
{
    emit errorOccurred(error);
    if (model != m_current)
        return;
    QString text = error.userMessage();
    if (const QString hint = error.userHint(); !hint.isEmpty())
        text += QLatin1Char(' ') + hint;
    if (kept)
        showInline(tr("The answer was interrupted: %1").arg(error.userMessage()), true);
    else if (operation == ChatController::Operation::Send || operation == ChatController::Operation::EditResend)
        showInline(tr("Not sent: %1 Your text is back in the input box.").arg(text), true);
    else
        showInline(tr("No new answer: %1 The earlier answer is unchanged.").arg(text), true);
}

void ChatPane::onPromptReturned(ConversationModel *model, const QString &text)
{
    if (model == m_current) {
        const QString now = m_input->toPlainText();
        m_input->setPlainText(now.trimmed().isEmpty() ? text : text + QLatin1Char('\n') + now);
        m_input->moveCursor(QTextCursor::End);
    } else if (model) {
        const QString draft = model->conversation().draft;
        model->setDraft(draft.isEmpty() ? text : text + QLatin1Char('\n') + draft);
        persist(model, ChatController::SaveReason::StateChanged);
    }
}

// ---- per-message actions ------------------------------------------------------------------

// ---- chrome -------------------------------------------------------------------------------

} // namespace sajudesk
