// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace sajudesk::cli {

/// `sajudesk-cli chat [--model M] [--system S] [--no-stream] [--temperature T] [--max-tokens N]
/// ["prompt" | -]`: asks RunYour AI and streams the answer to stdout as it arrives. The prompt
/// comes from stdin when it is "-", or when it is absent and stdin is not a terminal.
int runChat(const QStringList &args);

} // namespace sajudesk::cli
