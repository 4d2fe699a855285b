// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the key tests: synchronous wrappers over the async store (tests only)
// and long random keys with the right prefixes.

#include "keys/ApiKeyStore.h"

#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

namespace sajudesk::test {

inline ApiKeyStore::ReadResult readNow(ApiKeyStore &store, ApiKeyStore::Service service)
{
    ApiKeyStore::ReadResult result;
    result.status = ApiKeyStore::ReadStatus::Unavailable;
    result.message = QStringLiteral("test timed out waiting for the keychain");
    QEventLoop loop;
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    store.read(service, &loop, [&](const ApiKeyStore::ReadResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

inline ApiKeyStore::WriteResult writeNow(ApiKeyStore &store, ApiKeyStore::Service service, const QString &key)
{
    ApiKeyStore::WriteResult result;
    result.message = QStringLiteral("test timed out waiting for the keychain");
    QEventLoop loop;
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    store.write(service, key, &loop, [&](const ApiKeyStore::WriteResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

inline ApiKeyStore::WriteResult removeNow(ApiKeyStore &store, ApiKeyStore::Service service)
{
    ApiKeyStore::WriteResult result;
    result.message = QStringLiteral("test timed out waiting for the keychain");
    QEventLoop loop;
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    store.remove(service, &loop, [&](const ApiKeyStore::WriteResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

/// A key of the real shape: prefix + `length` random characters from [A-Za-z0-9_-].
inline QString randomKey(const QString &prefix, int length = 96)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    QString key = prefix;
    for (int i = 0; i < length; ++i)
        key += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return key;
}

} // namespace sajudesk::test
