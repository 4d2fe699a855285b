// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace sajudesk::emoji {

/// Rendered colour emoji kept between runs, as small PNGs in `<cache>/emoji/`.
///
/// Why: the first emoji a run draws loads the colour-emoji font (a 10 MB file, its fallback list
/// from fontconfig) and decodes the glyph's 136 px PNG strike four times (shaping, measuring,
/// drawing): ~5 M instructions per emoji, 16 M for the three in view of a restored conversation,
/// before the window's first frame. Reading a 1 KB PNG back costs a few hundred thousand.
///
/// The key covers what changes the picture: the sequence, its pixel size and device pixel ratio,
/// the Qt version and the fontconfig caches' modification times (installing or updating a font
/// rewrites them), so a new emoji font is never hidden behind old pictures.
class DiskCache
{
public:
    /// `directory` empty: QStandardPaths::CacheLocation + "/emoji".
    explicit DiskCache(QString directory = {});

    QString directory() const { return m_directory; }
    /// A null image when the picture is not cached (or its file is damaged).
    QImage load(const QString &sequence, int height, qreal dpr) const;
    /// Atomic (QSaveFile); a failure only means the emoji is rendered again next run.
    bool store(const QString &sequence, int height, qreal dpr, const QImage &image) const;
    QString pathFor(const QString &sequence, int height, qreal dpr) const;

    /// What the fontconfig caches look like now (see the class comment). Computed once per run.
    static QByteArray fontStamp();

private:
    QString m_directory;
};

} // namespace sajudesk::emoji
