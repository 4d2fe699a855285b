// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared set-up for GUI tests: a loopback FakeApiServer, an in-memory key store with test keys,
// AppServices pointed at both, a private data directory, and Hangul typing the way an IME does it
// (QTest::keyClicks cannot type Hangul).

#include "AppServices.h"
#include "demo/FakeApiServer.h"
#include "keys/KeyManager.h"
#include "keys/MemoryKeyStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace sajudesk::guitest {

inline const QString runYourKey = QStringLiteral("runyour-v1-11111111-2222-4333-8444-555555555555-guitestkey");
inline const QString sajuKey = QStringLiteral("bs_test_guitest_key_0123456789");

/// Commits `text` into `widget` as an input method would (works for Hangul).
inline void commitText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

/// Keeps the tests' QSettings apart from a real installation and from each other: ctest runs GUI
/// tests in parallel, and two processes rewriting one settings file lose each other's values.
inline void useTestSettings()
{
    QCoreApplication::setApplicationName(QStringLiteral("SajuDesk-guitest-")
                                         + QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    QSettings().clear();
}

struct Environment
{
    QTemporaryDir dataDir;
    MemoryKeyStore store;
    FakeApiServer server;
    std::unique_ptr<AppServices> services;

    /// Starts the server and the services; `withKeys` stores both test keys first.
    bool start(bool withKeys = true, bool demo = false)
    {
        if (!dataDir.isValid() || !server.start())
            return false;
        if (withKeys) {
            store.write(ApiKeyStore::Service::RunYour, runYourKey, &store, [](const ApiKeyStore::WriteResult &) {});
            store.write(ApiKeyStore::Service::Saju, sajuKey, &store, [](const ApiKeyStore::WriteResult &) {});
        }
        AppOptions options;
        options.demo = demo;
        options.runYourUrl = server.runYourBaseUrl().toString();
        options.sajuUrl = server.sajuBaseUrl().toString();
        options.dataDirectory = dataDir.path();
        options.keyStore = &store;
        services = std::make_unique<AppServices>(options);
        services->start();
        return QTest::qWaitFor([this] { return services->keys()->isLoaded(); }, 5000);
    }
};

} // namespace sajudesk::guitest
