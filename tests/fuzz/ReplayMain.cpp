// SPDX-License-Identifier: GPL-3.0-or-later
// Stand-alone driver for builds without libFuzzer (gcc, the ASan CI build): runs every file of
// the given corpus directories (or single files) once through LLVMFuzzerTestOneInput, so CI
// replays the saved corpus and any crash or sanitizer report fails the test.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        QStringList paths;
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                paths.append(it.next());
            paths.sort(); // deterministic order makes a failure reproducible
        } else {
            paths.append(arg);
        }
        for (const QString &path : std::as_const(paths)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 2;
            }
            const QByteArray bytes = f.readAll();
            // A copy in a buffer of exactly the right size lets ASan catch reads past the end.
            QByteArray exact(bytes.constData(), bytes.size());
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(exact.constData()), size_t(exact.size()));
            ++files;
        }
    }
    std::printf("replayed %d inputs\n", files);
    return files > 0 ? 0 : 1;
}
