// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ApiError.h"

namespace sajudesk {

QString ApiError::userMessage() const
{
    return message;
}

QString ApiError::userHint() const
{
    return hint;
}

ApiError ApiError::local(Service service, const QString &endpoint, const char *code, const QString &message)
{
    ApiError e;
    e.service = service;
    e.kind = Kind::Input;
    e.endpoint = endpoint;
    e.code = QLatin1String(code);
    e.message = message;
    e.localTime = QDateTime::currentDateTimeUtc();
    return e;
}

void registerApiErrorMetaType()
{
    qRegisterMetaType<ApiError>("sajudesk::ApiError");
}

} // namespace sajudesk
