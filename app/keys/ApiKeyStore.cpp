// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/ApiKeyStore.h"

#include <QCoreApplication>

namespace sajudesk {

ApiKeyStore::ApiKeyStore(QObject *parent)
    : QObject(parent)
{}

ApiKeyStore::~ApiKeyStore() = default;

QString ApiKeyStore::entryName(Service service)
{
    return service == Service::RunYour ? QStringLiteral("runyour-api-key") : QStringLiteral("saju-api-key");
}

QString ApiKeyStore::displayName(Service service)
{
    return service == Service::RunYour ? QCoreApplication::translate("ApiKeyStore", "RunYour AI")
                                       : QCoreApplication::translate("ApiKeyStore", "Saju API");
}

ApiError::Service ApiKeyStore::toApiService(Service service)
{
    return service == Service::RunYour ? ApiError::Service::RunYour : ApiError::Service::Saju;
}

QString ApiKeyStore::serviceId(Service service)
{
    return service == Service::RunYour ? QStringLiteral("runyour") : QStringLiteral("saju");
}

bool ApiKeyStore::serviceFromId(const QString &id, Service *service)
{
    if (id == QLatin1String("runyour")) {
        *service = Service::RunYour;
        return true;
    }
    if (id == QLatin1String("saju")) {
        *service = Service::Saju;
        return true;
    }
    return false;
}

} // namespace sajudesk
