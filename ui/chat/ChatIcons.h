// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace sajudesk::ChatIcons {

enum class Icon { Copy, Markdown, Edit, Regenerate, Previous, Next, Continue, Retry, Delete, Send, Stop, JumpDown };

/// A bundled icon drawn in the palette's button text colour (so it suits light and dark themes; no
/// image files, no SVG module needed). Not the desktop theme's: looking the names up in the icon
/// theme cost ~30 M instructions (8 ms) before the first frame on X11, and the same drawing on
/// every desktop keeps the transcript's toolbar consistent.
QIcon icon(Icon which);

} // namespace sajudesk::ChatIcons
