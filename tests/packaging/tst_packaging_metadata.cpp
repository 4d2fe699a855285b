// SPDX-License-Identifier: GPL-3.0-or-later
// The .desktop file, the AppStream metainfo and the Debian files agree with each other and with the code:
// binary names, app id, icon name, WM class, version, and a Korean text beside every English one.
#include "core/CoreLibrary.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kAppId = QStringLiteral("io.github.sajudesk.sajudesk");

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Keys of the [Desktop Entry] group, localized ones as "Name[ko]".
QHash<QString, QString> desktopEntry()
{
    QHash<QString, QString> entry;
    bool inGroup = false;
    const QStringList lines = readText(QStringLiteral(SAJUDESK_DESKTOP_FILE)).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('['))) {
            inGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (inGroup && eq > 0 && !line.startsWith(QLatin1Char('#')))
            entry.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return entry;
}

struct Metainfo
{
    QString id;
    QString launchable;
    QStringList binaries;
    QStringList releaseVersions;
    QStringList releaseDates;
    int englishDescriptionItems = 0;
    int koreanDescriptionItems = 0;
    QString error;
};

Metainfo readMetainfo()
{
    Metainfo info;
    QFile file(QStringLiteral(SAJUDESK_METAINFO_FILE));
    if (!file.open(QIODevice::ReadOnly)) {
        info.error = file.errorString();
        return info;
    }
    QXmlStreamReader xml(&file);
    QStringList path;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        const QString parent = path.isEmpty() ? QString() : path.constLast();
        const bool inMainDescription = path.size() >= 2 && path.at(1) == QLatin1String("description");
        const bool korean = xml.attributes().value(QLatin1String("xml:lang")) == QLatin1String("ko");
        path.append(name);
        if (name == QLatin1String("release")) {
            info.releaseVersions.append(xml.attributes().value(QLatin1String("version")).toString());
            info.releaseDates.append(xml.attributes().value(QLatin1String("date")).toString());
        } else if (inMainDescription && (name == QLatin1String("p") || name == QLatin1String("li"))) {
            ++(korean ? info.koreanDescriptionItems : info.englishDescriptionItems);
        } else if (path.size() == 2 && name == QLatin1String("id")) {
            info.id = xml.readElementText();
            path.removeLast();
        } else if (name == QLatin1String("launchable")) {
            info.launchable = xml.readElementText();
            path.removeLast();
        } else if (parent == QLatin1String("provides") && name == QLatin1String("binary")) {
            info.binaries.append(xml.readElementText());
            path.removeLast();
        }
    }
    if (xml.hasError())
        info.error = xml.errorString();
    return info;
}

} // namespace

class TstPackagingMetadata : public QObject
{
    Q_OBJECT

private slots:
    void desktopFileNamedForAppId();
    void desktopEntryMatchesCode();
    void desktopKeyTranslated_data();
    void desktopKeyTranslated();
    void metainfoMatchesDesktopFileAndTargets();
    void metainfoReleaseIsProjectVersion();
    void metainfoDescriptionTranslated();
    void debianFilesCarryProjectVersion_data();
    void debianFilesCarryProjectVersion();
    void metainfoHasLinksAndRating_data();
    void metainfoHasLinksAndRating();
    void keywordsOnlyForFeaturesThatExist_data();
    void keywordsOnlyForFeaturesThatExist();
};

void TstPackagingMetadata::desktopFileNamedForAppId()
{
    QCOMPARE(QFileInfo(QStringLiteral(SAJUDESK_DESKTOP_FILE)).fileName(), kAppId + QLatin1String(".desktop"));
    QCOMPARE(QFileInfo(QStringLiteral(SAJUDESK_METAINFO_FILE)).fileName(), kAppId + QLatin1String(".metainfo.xml"));
}

void TstPackagingMetadata::desktopEntryMatchesCode()
{
    const QHash<QString, QString> entry = desktopEntry();
    QVERIFY2(!entry.isEmpty(), "no [Desktop Entry] group");
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral(SAJUDESK_GUI_BINARY));
    // Icon name the package installs under share/icons/hicolor/<size>/apps/.
    QCOMPARE(entry.value(QStringLiteral("Icon")), QStringLiteral("sajudesk"));
    QVERIFY(QFileInfo::exists(QStringLiteral(SAJUDESK_ICON_DIR "/sajudesk.svg")));
    // Qt's X11 WM_CLASS class is the application name set by initCore(); docks group windows by it.
    sajudesk::initCore();
    QCOMPARE(entry.value(QStringLiteral("StartupWMClass")), QCoreApplication::applicationName());
}

void TstPackagingMetadata::desktopKeyTranslated_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("Name") << QStringLiteral("Name");
    QTest::newRow("GenericName") << QStringLiteral("GenericName");
    QTest::newRow("Comment") << QStringLiteral("Comment");
    QTest::newRow("Keywords") << QStringLiteral("Keywords");
}

void TstPackagingMetadata::desktopKeyTranslated()
{
    QFETCH(QString, key);
    const QHash<QString, QString> entry = desktopEntry();
    QVERIFY2(!entry.value(key).isEmpty(), qPrintable(key + QLatin1String(" is missing")));
    const QString korean = entry.value(key + QLatin1String("[ko]"));
    QVERIFY2(!korean.isEmpty(), qPrintable(key + QLatin1String("[ko] is missing")));
    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    QVERIFY2(korean.contains(hangul), qPrintable(key + QLatin1String("[ko] has no Hangul: ") + korean));
}

void TstPackagingMetadata::metainfoMatchesDesktopFileAndTargets()
{
    const Metainfo info = readMetainfo();
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(info.id, kAppId);
    QCOMPARE(info.launchable, QFileInfo(QStringLiteral(SAJUDESK_DESKTOP_FILE)).fileName());
    QCOMPARE(info.binaries, QStringList({QStringLiteral(SAJUDESK_GUI_BINARY), QStringLiteral(SAJUDESK_CLI_BINARY)}));
}

void TstPackagingMetadata::metainfoReleaseIsProjectVersion()
{
    const Metainfo info = readMetainfo();
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QVERIFY(!info.releaseVersions.isEmpty());
    // AppStream lists releases newest first; the newest must be what CMake builds.
    QCOMPARE(info.releaseVersions.constFirst(), QStringLiteral(SAJUDESK_PROJECT_VERSION));
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    for (const QString &date : info.releaseDates)
        QVERIFY2(isoDate.match(date).hasMatch(), qPrintable(QLatin1String("bad release date: ") + date));
}

void TstPackagingMetadata::metainfoDescriptionTranslated()
{
    const Metainfo info = readMetainfo();
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QVERIFY(info.englishDescriptionItems > 0);
    QCOMPARE(info.koreanDescriptionItems, info.englishDescriptionItems);
}

void TstPackagingMetadata::debianFilesCarryProjectVersion_data()
{
    const QString version = QStringLiteral(SAJUDESK_PROJECT_VERSION);
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("changelog") << QStringLiteral("changelog") << QStringLiteral("sajudesk (%1-").arg(version);
    QTest::newRow("sajudesk.1") << QStringLiteral("sajudesk.1") << QStringLiteral("\"SajuDesk %1\"").arg(version);
    QTest::newRow("sajudesk-cli.1") << QStringLiteral("sajudesk-cli.1")
                                    << QStringLiteral("\"SajuDesk %1\"").arg(version);
}

void TstPackagingMetadata::debianFilesCarryProjectVersion()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString text = readText(QStringLiteral(SAJUDESK_DEB_DIR "/") + file);
    QVERIFY2(!text.isEmpty(), qPrintable(file + QLatin1String(" is missing or empty")));
    QVERIFY2(text.contains(expected), qPrintable(file + QLatin1String(" does not mention ") + expected));
}

void TstPackagingMetadata::metainfoHasLinksAndRating_data()
{
    QTest::addColumn<QString>("needle");
    QTest::newRow("homepage") << QStringLiteral("<url type=\"homepage\">https://");
    QTest::newRow("bug tracker") << QStringLiteral("<url type=\"bugtracker\">https://");
    QTest::newRow("content rating") << QStringLiteral("<content_rating type=\"oars-1.1\">");
    QTest::newRow("releases") << QStringLiteral("<releases>");
}

void TstPackagingMetadata::metainfoHasLinksAndRating()
{
    QFETCH(QString, needle);
    QVERIFY2(readText(QStringLiteral(SAJUDESK_METAINFO_FILE)).contains(needle), qPrintable(needle));
}

void TstPackagingMetadata::keywordsOnlyForFeaturesThatExist_data()
{
    // Search words for features SajuDesk does not have; a user searching for them would be misled.
    QTest::addColumn<QString>("word");
    QTest::newRow("궁합 (compatibility)") << QStringLiteral("궁합");
    QTest::newRow("compatibility") << QStringLiteral("compatibility");
    QTest::newRow("tarot") << QStringLiteral("tarot");
    QTest::newRow("타로") << QStringLiteral("타로");
}

void TstPackagingMetadata::keywordsOnlyForFeaturesThatExist()
{
    QFETCH(QString, word);
    const QHash<QString, QString> entry = desktopEntry();
    for (const QString &key : {QStringLiteral("Keywords"), QStringLiteral("Keywords[ko]")})
        QVERIFY2(!entry.value(key).contains(word, Qt::CaseInsensitive), qPrintable(key + QLatin1String(": ") + word));
    const QString metainfo = readText(QStringLiteral(SAJUDESK_METAINFO_FILE));
    const QString keywords =
        metainfo.section(QStringLiteral("<keywords>"), 1).section(QStringLiteral("</keywords>"), 0, 0);
    QVERIFY(!keywords.isEmpty());
    QVERIFY2(!keywords.contains(word, Qt::CaseInsensitive), qPrintable(QLatin1String("metainfo keyword: ") + word));
}

QTEST_GUILESS_MAIN(TstPackagingMetadata)
#include "tst_packaging_metadata.moc"
