// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/RemoteRequest.h"

#include "net/ApiCall.h"

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

void RemoteRequest::retryNow()
{
    if (m_call)
        m_call->retryNow();
}

} // namespace sajudesk
