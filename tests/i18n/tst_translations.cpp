// SPDX-License-Identifier: GPL-3.0-or-later
// Fails when a user-visible string has no finished Korean translation: it re-runs lupdate over
// the sources into a scratch catalogue and checks every message against translations/*.ts.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString translation;
    QStringList numerusForms;
    bool unfinished = false;
    bool numerus = false;
};

using Catalogue = QHash<QString, Message>; // key: context + '\x1f' + source

Catalogue readTs(const QString &path, QString *error)
{
    Catalogue out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message();
                source.clear();
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                                     || type == QLatin1String("obsolete");
                if (!current.numerus)
                    current.translation = xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.numerusForms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.insert(context + QChar(0x1f) + source, current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return out;
}

QString describe(const QString &key)
{
    const QStringList parts = key.split(QChar(0x1f));
    return QStringLiteral("[%1] \"%2\"").arg(parts.value(0), parts.value(1));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void catalogueIsComplete_data();
    void catalogueIsComplete();

private:
    QTemporaryDir m_scratch;
    Catalogue m_fresh;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    const QString freshTs = m_scratch.filePath(QStringLiteral("fresh.ts"));
    const QString root = QStringLiteral(SAJUDESK_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SAJUDESK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                   root + QStringLiteral("/app"), root + QStringLiteral("/ui"), QStringLiteral("-ts"), freshTs});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    QString error;
    m_fresh = readTs(freshTs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_fresh.size() > 20, "lupdate found suspiciously few strings");
}

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("tsFile");
    QTest::addColumn<bool>("requireFinished");
    // Korean must be complete; English is the source language and only needs every message present.
    QTest::newRow("korean") << QStringLiteral("sajudesk_ko.ts") << true;
    QTest::newRow("english") << QStringLiteral("sajudesk_en.ts") << false;
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, tsFile);
    QFETCH(bool, requireFinished);
    QString error;
    const Catalogue committed = readTs(QStringLiteral(SAJUDESK_SOURCE_DIR "/translations/") + tsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList problems;
    for (auto it = m_fresh.cbegin(); it != m_fresh.cend(); ++it) {
        const auto found = committed.constFind(it.key());
        if (found == committed.cend()) {
            problems << QStringLiteral("missing: ") + describe(it.key());
            continue;
        }
        if (!requireFinished)
            continue;
        const Message &msg = found.value();
        const bool empty = msg.numerus ? (msg.numerusForms.isEmpty() || msg.numerusForms.contains(QString()))
                                       : msg.translation.trimmed().isEmpty();
        if (msg.unfinished || empty)
            problems << QStringLiteral("unfinished: ") + describe(it.key());
    }
    if (!problems.isEmpty()) {
        const int shown = std::min<int>(30, problems.size());
        QFAIL(
            qPrintable(QStringLiteral("%1 problem(s) in %2 (run the update_translations target, then translate):\n  %3")
                           .arg(problems.size())
                           .arg(tsFile, problems.mid(0, shown).join(QStringLiteral("\n  ")))));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
