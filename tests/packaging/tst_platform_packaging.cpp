// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows and macOS packaging files, checked where they can be on Linux: the .ico and .icns hold the
// committed PNGs at the right sizes, the Info.plist template is a well-formed plist naming the bundle,
// its icon and Korean, and the Windows resource script names the icon and the version.
#include <QFile>
#include <QHash>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSize pngSize(const QByteArray &data)
{
    if (!data.startsWith("\x89PNG\r\n\x1a\n") || data.size() < 24)
        return {};
    return QSize(int(qFromBigEndian<quint32>(data.constData() + 16)),
                 int(qFromBigEndian<quint32>(data.constData() + 20)));
}

/// Top-level <dict> of a plist: key -> string value, or "true"/"false", or the array's strings joined by ','.
QHash<QString, QString> readPlist(const QByteArray &xmlText, QString *error)
{
    QHash<QString, QString> out;
    QXmlStreamReader xml(xmlText);
    QString key;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QString name = xml.name().toString();
            if (name == QLatin1String("key")) {
                key = xml.readElementText();
                --depth;
            } else if (name == QLatin1String("string") && depth == 3) {
                out.insert(key, xml.readElementText());
                --depth;
            } else if ((name == QLatin1String("true") || name == QLatin1String("false")) && depth == 3) {
                out.insert(key, name);
            } else if (name == QLatin1String("string") && depth == 4) {
                QString &list = out[key];
                list += (list.isEmpty() ? QString() : QStringLiteral(",")) + xml.readElementText();
                --depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

const QList<int> kIcoSizes{16, 24, 32, 48, 64, 128, 256};

} // namespace

class TstPlatformPackaging : public QObject
{
    Q_OBJECT
private slots:
    void icoHoldsEverySize();
    void icnsHoldsItsEntries();
    void infoPlistTemplate();
    void windowsResourceScript();
};

void TstPlatformPackaging::icoHoldsEverySize()
{
    const QByteArray ico = readAll(QStringLiteral(SAJUDESK_ICON_DIR "/sajudesk.ico"));
    QVERIFY(ico.size() > 6);
    QCOMPARE(qFromLittleEndian<quint16>(ico.constData() + 2), quint16(1)); // icon, not cursor
    const int count = qFromLittleEndian<quint16>(ico.constData() + 4);
    QCOMPARE(count, int(kIcoSizes.size()));
    for (int i = 0; i < count; ++i) {
        const char *entry = ico.constData() + 6 + 16 * i;
        const int width = quint8(entry[0]) == 0 ? 256 : quint8(entry[0]);
        const quint32 length = qFromLittleEndian<quint32>(entry + 8);
        const quint32 offset = qFromLittleEndian<quint32>(entry + 12);
        QVERIFY(offset + length <= quint32(ico.size()));
        const QByteArray png = ico.mid(offset, length);
        QCOMPARE(width, kIcoSizes.at(i));
        QCOMPARE(pngSize(png), QSize(width, width));
        // The same image as the committed PNG of that size.
        QCOMPARE(png, readAll(QStringLiteral(SAJUDESK_ICON_DIR "/png/sajudesk-%1.png").arg(width)));
    }
}

void TstPlatformPackaging::icnsHoldsItsEntries()
{
    const QByteArray icns = readAll(QStringLiteral(SAJUDESK_ICON_DIR "/sajudesk.icns"));
    QVERIFY(icns.startsWith("icns"));
    QCOMPARE(qFromBigEndian<quint32>(icns.constData() + 4), quint32(icns.size()));
    QHash<QByteArray, QSize> entries;
    for (qsizetype at = 8; at + 8 <= icns.size();) {
        const QByteArray type = icns.mid(at, 4);
        const quint32 length = qFromBigEndian<quint32>(icns.constData() + at + 4);
        QVERIFY(length > 8 && at + length <= quint32(icns.size()));
        entries.insert(type, pngSize(icns.mid(at + 8, length - 8)));
        at += length;
    }
    const QHash<QByteArray, QSize> expected{{"icp4", {16, 16}},   {"icp5", {32, 32}},   {"icp6", {64, 64}},
                                            {"ic07", {128, 128}}, {"ic08", {256, 256}}, {"ic11", {32, 32}},
                                            {"ic12", {64, 64}},   {"ic13", {256, 256}}};
    QCOMPARE(entries, expected);
}

void TstPlatformPackaging::infoPlistTemplate()
{
    // Fill the ${MACOSX_BUNDLE_*} values as CMake does from SajuDeskPlatforms.cmake.
    QByteArray text = readAll(QStringLiteral(SAJUDESK_SOURCE_DIR "/packaging/macos/Info.plist.in"));
    QVERIFY(!text.isEmpty());
    const QHash<QByteArray, QByteArray> values{{"MACOSX_BUNDLE_EXECUTABLE_NAME", "sajudesk"},
                                               {"MACOSX_BUNDLE_GUI_IDENTIFIER", "io.github.sajudesk.sajudesk"},
                                               {"MACOSX_BUNDLE_BUNDLE_NAME", "SajuDesk"},
                                               {"MACOSX_BUNDLE_ICON_FILE", "sajudesk.icns"},
                                               {"MACOSX_BUNDLE_SHORT_VERSION_STRING", SAJUDESK_PROJECT_VERSION},
                                               {"MACOSX_BUNDLE_BUNDLE_VERSION", SAJUDESK_PROJECT_VERSION},
                                               {"MACOSX_BUNDLE_COPYRIGHT", "SajuDesk contributors"}};
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace("${" + it.key() + "}", it.value());
    QVERIFY2(!text.contains("${"), "a ${…} the bundle properties do not set");
    QString error;
    const QHash<QString, QString> plist = readPlist(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(plist.value(QStringLiteral("CFBundleIdentifier")), QStringLiteral("io.github.sajudesk.sajudesk"));
    QCOMPARE(plist.value(QStringLiteral("CFBundleExecutable")), QStringLiteral("sajudesk"));
    QCOMPARE(plist.value(QStringLiteral("CFBundleIconFile")), QStringLiteral("sajudesk.icns"));
    QCOMPARE(plist.value(QStringLiteral("CFBundleShortVersionString")), QStringLiteral(SAJUDESK_PROJECT_VERSION));
    QCOMPARE(plist.value(QStringLiteral("CFBundlePackageType")), QStringLiteral("APPL"));
    QCOMPARE(plist.value(QStringLiteral("CFBundleLocalizations")), QStringLiteral("en,ko"));
    QCOMPARE(plist.value(QStringLiteral("NSHighResolutionCapable")), QStringLiteral("true"));
    QVERIFY(!plist.value(QStringLiteral("LSMinimumSystemVersion")).isEmpty());
}

void TstPlatformPackaging::windowsResourceScript()
{
    const QByteArray rc = readAll(QStringLiteral(SAJUDESK_SOURCE_DIR "/packaging/windows/sajudesk.rc.in"));
    QVERIFY(rc.contains("ICON \"@SAJUDESK_ICO_FILE@\""));
    QVERIFY(rc.contains("VS_VERSION_INFO VERSIONINFO"));
    QVERIFY(rc.contains("\"FileVersion\", \"@PROJECT_VERSION@\\0\""));
    const QByteArray cmake = readAll(QStringLiteral(SAJUDESK_SOURCE_DIR "/packaging/cmake/SajuDeskPlatforms.cmake"));
    QVERIFY(cmake.contains("sajudesk.ico") && cmake.contains("MACOSX_BUNDLE_INFO_PLIST"));
}

QTEST_GUILESS_MAIN(TstPlatformPackaging)
#include "tst_platform_packaging.moc"
