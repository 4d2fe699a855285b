// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

namespace sajudesk::fonts {

/// The few text styles every widget derives from its font. Each distinct size or weight is a
/// font-engine load (fontconfig match, FreeType face, HarfBuzz font: about half a millisecond,
/// twice for Korean text, which falls back to the CJK font), so the window uses these and no
/// one-off variants: headers, hints and footers share one small size, emphasis is always Bold.
inline QFont small(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, qRound(font.pixelSize() * 0.9)));
    return font;
}

inline QFont bold(QFont font)
{
    font.setWeight(QFont::Bold);
    return font;
}

inline QFont smallBold(const QFont &font)
{
    return bold(small(font));
}

} // namespace sajudesk::fonts
