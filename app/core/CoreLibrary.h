// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sajudesk {

/// Registers the core's meta types once; every front end (GUI, CLI, tests) calls it at start-up.
void initCore();

} // namespace sajudesk
