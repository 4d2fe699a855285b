// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Saju API error bodies through ApiErrorParser::fromHttp (see FuzzErrorCommon.h).
#include "FuzzErrorCommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sajudesk::fuzz::runErrorParser(sajudesk::ApiError::Service::Saju, data, size);
    return 0;
}
