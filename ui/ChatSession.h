// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace sajudesk {

class AppServices;
class ChatRequest;

/// One chat answer being fetched for the chat pane: a thin adapter over ChatRequest that speaks
/// in plain roles and strings, so the pane never needs the RunYour wire types (it works with the
/// stored conversation model instead). Emits textDelta as text streams in, retryScheduled for the
/// countdown, then exactly one of completed / failed — nothing after cancel().
class ChatSession : public QObject
{
    Q_OBJECT
public:
    enum class Role { System, User, Assistant };
    struct Turn
    {
        Role role = Role::User;
        QString content;
    };

    ChatSession(AppServices *services, const QString &model, const QList<Turn> &turns, QObject *parent = nullptr);
    ~ChatSession() override;
    Q_DISABLE_COPY(ChatSession)

    int maxAttempts() const;
    bool isRunning() const;
    /// Text received so far.
    QString partialText() const { return m_text; }

public slots:
    void start();
    void cancel();
    void retryNow();

signals:
    void textDelta(const QString &text);
    void retryScheduled(int attempt, qint64 delayMs, const sajudesk::ApiError &error);
    void attemptStarted(int attempt);
    /// `model` as the server spelled it (may be empty).
    void completed(const QString &text, const QString &model);
    /// `partial` is whatever arrived before the failure (kept, marked incomplete by the pane).
    void failed(const sajudesk::ApiError &error, const QString &partial);

private:
    AppServices *m_services;
    QPointer<ChatRequest> m_request;
    QString m_text;
    int m_maxAttempts = 0;
};

} // namespace sajudesk
