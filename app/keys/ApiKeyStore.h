// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace sajudesk {

/// Where API keys live between sessions. Every operation is asynchronous: the callback runs
/// exactly once, always later from the event loop (never inside the call), and only while
/// `context` is alive. Operations on one store run one at a time in call order.
///
/// Usage:
///   store->read(ApiKeyStore::Service::Saju, this, [](const ApiKeyStore::ReadResult &r) {
///       if (r.status == ApiKeyStore::ReadStatus::Found) use(r.key);
///   });
///
/// Result messages come from the backend and never contain the key.
class ApiKeyStore : public QObject
{
    Q_OBJECT
public:
    enum class Service { RunYour, Saju };
    Q_ENUM(Service)

    enum class ReadStatus { Found, NotFound, Unavailable };
    Q_ENUM(ReadStatus)

    struct ReadResult
    {
        ReadStatus status = ReadStatus::NotFound;
        QString key;     ///< only for Found
        QString message; ///< only for Unavailable: why the keychain could not be used
    };

    struct WriteResult
    {
        bool ok = false; ///< false means the keychain was unavailable
        QString message; ///< only when !ok
    };

    using ReadCallback = std::function<void(const ReadResult &)>;
    using WriteCallback = std::function<void(const WriteResult &)>;

    explicit ApiKeyStore(QObject *parent = nullptr);
    ~ApiKeyStore() override;

    virtual void read(Service service, QObject *context, ReadCallback done) = 0;
    virtual void write(Service service, const QString &key, QObject *context, WriteCallback done) = 0;
    /// Removing a key that is not stored succeeds.
    virtual void remove(Service service, QObject *context, WriteCallback done) = 0;

    /// Name of the keychain entry for a service ("runyour-api-key", "saju-api-key").
    static QString entryName(Service service);
    /// Translated service name for display ("RunYour AI", "Saju API").
    static QString displayName(Service service);
    static ApiError::Service toApiService(Service service);
    static QString serviceId(Service service); ///< "runyour" / "saju" (CLI arguments)
    static bool serviceFromId(const QString &id, Service *service);

private:
    Q_DISABLE_COPY(ApiKeyStore)
};

} // namespace sajudesk
