// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: RunYour AI error bodies through ApiErrorParser::fromHttp (see FuzzErrorCommon.h).
#include "FuzzErrorCommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sajudesk::fuzz::runErrorParser(sajudesk::ApiError::Service::RunYour, data, size);
    return 0;
}
