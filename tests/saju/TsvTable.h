// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>
#include <QVector>

// Reads one of the reference .tsv tables: '#' comment lines, a header line, tab-separated rows.
//   TsvTable t(QStringLiteral(SAJUDESK_TEST_DATA_DIR "/reference-10k.tsv"));
//   for (const QStringList &row : t.rows) use(row[t.column("input")]);
struct TsvTable
{
    explicit TsvTable(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            QStringList cells = QString::fromUtf8(line).split(QLatin1Char('\t'));
            if (header.isEmpty())
                header = cells;
            else
                rows.append(cells);
        }
    }
    int column(const char *name) const { return static_cast<int>(header.indexOf(QLatin1String(name))); }

    QStringList header;
    QVector<QStringList> rows;
};
