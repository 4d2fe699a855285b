// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/RemoteRequest.h"

#include "core/Logging.h"
#include "net/ApiCall.h"

#include <QTimer>

namespace sajudesk {

void RemoteRequest::cancel()
{
    if (m_call) {
        m_call->cancel();
        m_call->deleteLater();
        m_call = nullptr;
    }
    m_cancelled = true;
}

bool RemoteRequest::passesLocalChecks(const ApiError &localError, const QString &prefixWarning,
                                      const std::function<void(const ApiError &)> &fail)
{
    if (localError.isError()) {
        QTimer::singleShot(0, this, [fail, localError] { fail(localError); });
        return false;
    }
    if (!prefixWarning.isEmpty()) {
        qCWarning(lcNet).noquote() << prefixWarning; // the warning names the service, never the key
        emit keyWarning(prefixWarning);
    }
    return true;
}

void RemoteRequest::retryNow()
{
    if (m_call)
        m_call->retryNow();
}

} // namespace sajudesk
