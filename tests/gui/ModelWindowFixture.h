// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by tst_conversation_settings and tst_model_picker: the whole window on the loopback
// server, conversations written before it opens, and helpers that act like a user.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ModelPicker.h"
#include "chat/ChatDefaults.h"
#include "chat/ChatPane.h"
#include "chat/ConversationModel.h"
#include "chat/ConversationSettingsBar.h"
#include "chat/ConversationStore.h"
#include "chat/ModelPickerPopup.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"
#include "demo/FakeResponse.h"
#include "runyour/ModelsRequest.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <functional>

namespace sajudesk::guitest {
inline const QString haiku = QStringLiteral("anthropic/claude-haiku-4-5");
inline const QString gpt41 = QStringLiteral("openai/gpt-4.1");
inline const QString gemini = QStringLiteral("gemini/gemini-3.5-flash");
inline const QString chatPath = QStringLiteral("/v1/chat/completions");

/// Base of the two test classes (their slots call these).
class ModelWindowTest : public QObject
{
protected:
    void setUpCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        initCore();
        useTestSettings();
        registerApiErrorMetaType();
        m_languages = new LanguageManager(this);
    }
    void setUp()
    {
        QSettings().clear();
        m_languages->setLanguage(QStringLiteral("en"));
    }
    void tearDown()
    {
        m_window.reset();
        m_env.reset();
    }

    void makeWindow(bool withKeys = true, const std::function<void(FakeApiConfig &)> &configure = {})
    {
        if (!m_env) {
            m_env = std::make_unique<Environment>();
            if (configure)
                configure(m_env->server.config());
            QVERIFY(m_env->start(withKeys, false));
        }
        m_window = std::make_unique<MainWindow>(m_languages, m_env->services.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QString saveConversation(const ChatSettings &settings, const QString &question)
    {
        Conversation c = Conversation::create(settings);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        c.messages.append(ChatMessage::create(ChatMessage::Role::User, question, now));
        ChatMessage answer = ChatMessage::create(ChatMessage::Role::Assistant, QStringLiteral("답변"), now);
        answer.model = settings.model;
        c.messages.append(answer);
        ConversationStore(m_env->services->conversationsDirectory()).save(c);
        return c.id;
    }

    void sendText(const QString &text)
    {
        const int before = m_env->server.requestCount(chatPath);
        commitText(child<QWidget>("chatInput"), text);
        QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
        QTRY_COMPARE(m_env->server.requestCount(chatPath), before + 1);
        QTRY_VERIFY(!pane()->isBusy());
    }

    QJsonObject lastChatBody() const
    {
        return QJsonDocument::fromJson(m_env->server.requests(chatPath).last().body).object();
    }

    void openPopup()
    {
        QTest::mouseClick(child<QComboBox>("chatModelComboBox"), Qt::LeftButton);
        QTRY_VERIFY(picker()->popup()->isVisible());
    }

    template <typename T>
    T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("missing child %s", name);
        return w;
    }
    ModelPicker *picker() const { return m_window->modelPicker(); }
    ChatPane *pane() const { return m_window->chatPane(); }

    LanguageManager *m_languages = nullptr;
    std::unique_ptr<Environment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace sajudesk::guitest
