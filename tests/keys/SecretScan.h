// SPDX-License-Identifier: GPL-3.0-or-later
// The leak test's scanner: finds any 12-character piece of a secret in the files under a folder
// and in captured log lines.
#pragma once

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sajudesk::test {

struct Finding
{
    QString where;
    QString secretName;
};

/// Every 12-character window of every secret, as UTF-8 and as UTF-16LE bytes.
inline QList<Finding> scanForSecrets(const QHash<QString, QString> &secrets, const QString &root,
                                     const QStringList &lines, int *filesScanned)
{
    QList<Finding> findings;
    struct Needle
    {
        QString name;
        QString text;
        QByteArray utf8;
        QByteArray utf16;
    };
    QList<Needle> needles;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const QString &secret = it.value();
        for (qsizetype i = 0; i + 12 <= secret.size(); ++i) {
            const QString window = secret.mid(i, 12);
            const QByteArray utf16(reinterpret_cast<const char *>(window.utf16()), window.size() * 2);
            needles.append({it.key(), window, window.toUtf8(), utf16});
        }
    }
    *filesScanned = 0;
    // Regular files only: the wrapper's runtime dir holds sockets that cannot be read.
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            findings.append({QStringLiteral("unreadable file ") + path, QStringLiteral("(scan error)")});
            continue;
        }
        ++*filesScanned;
        const QByteArray data = f.readAll();
        for (const Needle &n : std::as_const(needles)) {
            if (data.contains(n.utf8) || data.contains(n.utf16)) {
                findings.append({QStringLiteral("file ") + path, n.name});
                break;
            }
        }
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        for (const Needle &n : std::as_const(needles)) {
            if (lines.at(i).contains(n.text)) {
                findings.append({QStringLiteral("log line %1").arg(i), n.name});
                break;
            }
        }
    }
    return findings;
}

} // namespace sajudesk::test
