// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/RetryPolicy.h"

namespace sajudesk {

bool RetryPolicy::isRetryable(const ApiError &)
{
    return false; // stub, replaced shortly
}

qint64 RetryPolicy::backoffDelayMs(int, double) const
{
    return baseDelayMs;
}

RetryPolicy::Decision RetryPolicy::decide(int, const ApiError &, bool, double) const
{
    return {};
}

RetryPolicy RetryPolicy::forService(ApiError::Service)
{
    return {};
}

} // namespace sajudesk
