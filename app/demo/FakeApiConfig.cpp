// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/FakeApiConfig.h"

namespace sajudesk {

FakeApiConfig::FakeApiConfig()
    : runYourModels{QStringLiteral("openai/gpt-5.2"),
                    QStringLiteral("openai/gpt-4.1"),
                    QStringLiteral("openai/gpt-5.4-mini"),
                    QStringLiteral("anthropic/claude-sonnet-4-6"),
                    QStringLiteral("anthropic/claude-haiku-4-5"),
                    QStringLiteral("gemini/gemini-3.5-flash"),
                    QStringLiteral("upstage/solar-pro2")}
{}

FakeApiConfig FakeApiConfig::demo()
{
    FakeApiConfig c;
    c.eventDelayMs = 60;
    c.sajuRateLimitPerMinute = 60;
    return c;
}

} // namespace sajudesk
