// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace sajudesk::ChatIcons {

enum class Icon { Copy, Markdown, Edit, Regenerate, Previous, Next, Continue, Retry, Delete, Send, Stop, JumpDown };

/// The desktop theme's icon when it has one, else a bundled one drawn in the palette's button text
/// colour (so it suits light and dark themes; no image files, no SVG module needed).
QIcon icon(Icon which);

} // namespace sajudesk::ChatIcons
